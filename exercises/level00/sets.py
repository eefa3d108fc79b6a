"""Level 0 — sets: union, intersection, differences and the Jaccard similarity.

A set is a collection without order or repetition. In NumPy a set of numbers is
best stored in its *canonical form*: a sorted 1-D array without duplicates
(``np.unique`` gives exactly that). Then

* ``A ∪ B`` (union) holds what is in ``A`` or in ``B``;
* ``A ∩ B`` (intersection) what is in both;
* ``A ∖ B`` (difference) what is in ``A`` but not in ``B``;
* ``A Δ B`` (symmetric difference) what is in exactly one of them,
  ``(A ∖ B) ∪ (B ∖ A)``.

In the running example, ``a`` and ``b`` are the ids of the movies two users
watched; ``A ∩ B`` is what they have in common. The Jaccard similarity
``|A ∩ B| / |A ∪ B|`` turns that into a number between 0 and 1, the simplest
"users like you also liked …" measure of a recommender.

Rules for this module: NumPy only; scikit-learn and SciPy are not allowed.
``set_ops`` may not call NumPy's ready-made set routines (``np.union1d``,
``np.intersect1d``, ``np.setdiff1d``, ``np.setxor1d``, ``np.isin``,
``np.in1d``): building them is the point. Never modify the arguments. Run
``mlgrade level00 sets`` to grade this file.
"""

import numpy as np


def set_ops(a, b):
    """Union, intersection, difference and symmetric difference of two sets of numbers.

    .. math::

        A ∪ B = \\{x : x ∈ A \\text{ or } x ∈ B\\}, \\qquad
        A ∩ B = \\{x : x ∈ A \\text{ and } x ∈ B\\},

        A ∖ B = \\{x : x ∈ A \\text{ and } x ∉ B\\}, \\qquad
        A Δ B = (A ∖ B) ∪ (B ∖ A)

    where ``A`` is the set of values in ``a`` and ``B`` the set of values in ``b``.
    The inputs are *not* sets yet: they may repeat values and come in any order.

    Parameters
    ----------
    a : ndarray of shape (n,)
        Numbers (e.g. integer movie ids), possibly repeated and unsorted; may be empty.
    b : ndarray of shape (m,)
        Likewise; ``n`` and ``m`` may differ.

    Returns
    -------
    union, intersection, difference, symmetric_difference : tuple of 4 ndarrays
        Each of shape (k,) for its own ``k`` (possibly 0), sorted increasingly,
        without duplicates, with the dtype of the inputs (integer ids stay
        integers). ``difference`` is ``A ∖ B`` (in ``a``, not in ``b``).

    Raises
    ------
    ValueError
        If ``a`` or ``b`` is not 1-D.

    Notes
    -----
    Banned: ``np.union1d``, ``np.intersect1d``, ``np.setdiff1d``, ``np.setxor1d``,
    ``np.isin`` and ``np.in1d``. Allowed and useful: ``np.unique`` (sorts and
    removes duplicates), ``np.concatenate``, ``np.sort``, ``np.searchsorted``
    (where a value would go in a sorted array: the value is present if it is
    found there), boolean masks. Do not sort ``a`` in place (``a.sort()``): it
    changes the caller's array. Floats are compared exactly; the inputs contain
    no NaN.

    Examples
    --------
    >>> union, inter, diff, sym = set_ops(np.array([3, 1, 3, 2]), np.array([2, 5]))
    >>> union, inter, diff, sym
    (array([1, 2, 3, 5]), array([2]), array([1, 3]), array([1, 3, 5]))
    """
    raise NotImplementedError


def jaccard(u, v):
    """Jaccard similarity of two users' liked movies, given as boolean vectors.

    .. math:: J(u, v) = \\frac{|U ∩ V|}{|U ∪ V|}, \\qquad U = \\{j : u_j\\}, \\; V = \\{j : v_j\\}

    In words: among the movies that at least one of the two users liked, the
    fraction that both liked. ``J = 1`` for identical tastes, ``0`` when nothing
    is shared. Movies that neither liked do not count at all. When neither user
    liked anything, ``|U ∪ V| = 0`` and the fraction is ``0/0``: define ``J = 0``.

    Parameters
    ----------
    u, v : ndarray of shape (n_movies,)
        ``u[j]`` is True if the first user liked movie ``j``; dtype bool, or
        integers 0/1.

    Returns
    -------
    similarity : float
        In ``[0, 1]``; ``0.0`` if both vectors are all False.

    Raises
    ------
    ValueError
        If ``u`` and ``v`` do not have the same shape.

    Notes
    -----
    Banned: scikit-learn (``sklearn.metrics.jaccard_score``) and SciPy
    (``scipy.spatial.distance.jaccard``, which is the *distance* ``1 - J``).
    With boolean arrays, ``u & v`` is the intersection and ``u | v`` the union;
    ``np.sum`` or ``np.count_nonzero`` counts the True entries (no loop over
    the movies needed). Check for the empty union *before* dividing: ``0 / 0``
    warns, and warnings are errors here.

    Examples
    --------
    >>> u = np.array([True, True, False, False])
    >>> v = np.array([True, False, True, False])
    >>> jaccard(u, v)       # one shared like out of three liked movies
    0.3333333333333333
    """
    raise NotImplementedError
