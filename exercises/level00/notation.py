"""Level 0 — notation as code: Σ (sums), Π (products) and argmax.

Math writes loops as symbols. ``Σ_{i=lo}^{hi} f(i)`` means "add up f(i) for every
integer i from lo to hi, both ends included"; ``Π`` does the same with
multiplication; ``argmax_i f(i)`` is the *set* of every i where f reaches its
largest value. In NumPy the whole index range is one array, ``f`` is applied to
all of it at once, and a reduction (``np.sum``, ``np.prod``) does the rest: no
Python loop over the terms.

In the running example, ``f`` could give the ratings of movies 0 … n-1: the total
rating is a Σ, and "the best movies" is an argmax set (there may be ties).

Rules for this module: NumPy only (no SciPy, no scikit-learn). ``argmax_set`` may
not call ``np.argmax`` or the ``.argmax()`` method (they return only the first
maximum). Never modify the arguments. Run ``mlgrade level00 notation`` to grade
this file.
"""

import numpy as np


def summation(f, lo, hi):
    """The sum ``Σ_{i=lo}^{hi} f(i)`` over the integers ``lo, lo + 1, …, hi``.

    .. math:: \\sum_{i=lo}^{hi} f(i) = f(lo) + f(lo + 1) + \\dots + f(hi)

    In words: evaluate ``f`` at every integer from ``lo`` to ``hi`` *inclusive*
    (both bounds are terms of the sum) and add the values. When ``hi < lo`` the
    range is empty and the sum is ``0`` (the empty sum: adding nothing to 0).

    Parameters
    ----------
    f : callable
        Vectorised: ``f(i)`` takes an ndarray of integer indices of shape (m,)
        and returns an ndarray of floats of shape (m,) (it also accepts a
        single number). Call it once, on all the indices.
    lo, hi : int
        First and last index, both included. They may be negative.

    Returns
    -------
    total : float
        The sum; ``0.0`` for an empty range.

    Raises
    ------
    ValueError
        If ``lo`` or ``hi`` is not an integer (Σ runs over integers).

    Notes
    -----
    ``np.arange(lo, hi)`` and ``range(lo, hi)`` stop *before* ``hi``: the upper
    bound of Σ is included. A Python loop calling ``f`` once per index is far
    too slow here (the suite times your function against a vectorised one):
    build the indices with ``np.arange`` and reduce with ``np.sum``.

    Examples
    --------
    >>> summation(lambda i: i, 1, 100)       # Gauss: n (n + 1) / 2
    5050.0
    >>> summation(lambda i: i ** 2, 1, 3)    # 1 + 4 + 9
    14.0
    >>> summation(lambda i: i, 5, 4)         # empty range
    0.0
    """
    raise NotImplementedError


def product(f, lo, hi):
    """The product ``Π_{i=lo}^{hi} f(i)`` over the integers ``lo, lo + 1, …, hi``.

    .. math:: \\prod_{i=lo}^{hi} f(i) = f(lo) \\cdot f(lo + 1) \\cdots f(hi)

    In words: Σ with multiplication instead of addition. Both bounds are
    included. The empty product (``hi < lo``) is ``1``, the number that changes
    nothing when you multiply by it; that is why ``0! = 1``. With ``f(i) = i``,
    ``Π_{i=1}^{n} i = n!``.

    Parameters
    ----------
    f : callable
        Vectorised, as in :func:`summation`: ``f(i)`` maps an ndarray of integer
        indices of shape (m,) to an ndarray of floats of shape (m,).
    lo, hi : int
        First and last index, both included.

    Returns
    -------
    result : float
        The product; ``1.0`` for an empty range.

    Raises
    ------
    ValueError
        If ``lo`` or ``hi`` is not an integer.

    Notes
    -----
    The factors may be negative or zero, so ``exp(Σ log f(i))`` is not a valid
    shortcut (``log`` of a negative number is undefined). Use ``np.prod`` on the
    whole array of values; no Python loop over the factors.

    Examples
    --------
    >>> product(lambda i: i, 1, 5)           # 5! = 120
    120.0
    >>> product(lambda i: i, 1, 0)           # 0! = 1, the empty product
    1.0
    """
    raise NotImplementedError


def argmax_set(f):
    """Every index where ``f`` attains its maximum, in increasing order.

    .. math:: \\operatorname{argmax}_i f_i = \\{\\, i : f_i = \\max_j f_j \\,\\}

    In words: first find the largest value ``m = max f``, then return every ``i``
    with ``f[i] == m`` exactly. argmax is a *set*: with ties it has several
    elements (several movies share the top rating), never none.

    Parameters
    ----------
    f : ndarray of shape (n,)
        Real values (ints or floats), ``n >= 1``; ``±inf`` are allowed.

    Returns
    -------
    indices : ndarray of int of shape (k,)
        The ``k >= 1`` indices attaining the maximum, increasing.

    Raises
    ------
    ValueError
        If ``f`` is empty (there is no maximum), contains NaN (NaN is not
        comparable, so "the largest value" is undefined) or is not 1-D.

    Notes
    -----
    Banned: ``np.argmax`` and ``f.argmax()``, which return only the *first*
    index of the maximum. Ties mean exact equality: ``0.1 + 0.2`` and ``0.3``
    differ in the last bit, so they are not a tie (no ``np.isclose``). Build a
    boolean mask and turn it into indices (``np.flatnonzero`` or ``np.nonzero``).

    Examples
    --------
    >>> argmax_set(np.array([3, 5, 1, 5]))
    array([1, 3])
    >>> argmax_set(np.array([-np.inf, -np.inf]))
    array([0, 1])
    """
    raise NotImplementedError
