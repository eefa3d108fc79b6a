"""Level 3 — functions of functions: composition, inverses and functions on a grid.

In Python, functions are values: they can be passed to other functions. This
module's exercises take a function ``f`` as an argument and do something with it
that the math of the chapter describes:

* **composition** ``(f ∘ g)(x) = f(g(x))`` — a neural network is a composition of
  layers;
* **inverse** ``f⁻¹(y)``, the ``x`` with ``f(x) = y`` — found numerically by bisection
  when no formula exists (e.g. quantiles from a cumulative distribution function);
* **a function of two variables on a grid** ``Z[i, j] = f(x_i, y_j)`` — what a
  contour plot of a loss surface shows.

Every ``f`` the grader passes is *vectorised*: called on an array it returns the
array of its values (like ``np.sin``); called on a float it returns a float.
Use that: one call on a whole array is far faster than one call per number.

Rules for this module: use NumPy only; SciPy (``scipy.optimize`` has ready-made
root finders such as ``brentq``, the oracle here) and scikit-learn are not
allowed. Never modify the arguments. Run ``mlgrade level03 higher_order`` to
grade this file.
"""

import numpy as np


def compose(fs, x):
    """Evaluate the composition of the functions ``fs`` at ``x``.

    .. math:: (f_1 ∘ f_2 ∘ \\dots ∘ f_k)(x) = f_1(f_2(\\dots f_k(x)))

    In words: the function written *last* is applied *first* — read from the
    inside out, as in ``f(g(x))``, where ``g`` sees ``x`` and ``f`` sees ``g(x)``.
    With no functions at all, the composition is the identity: it returns ``x``.

    Parameters
    ----------
    fs : sequence (list or tuple) of callables
        ``[f_1, f_2, ..., f_k]``, each vectorised. A function may change the
        shape of its input (e.g. map each row of a matrix to its length).
    x : float or ndarray
        The input of ``f_k``.

    Returns
    -------
    value : float or ndarray
        ``f_1(f_2(... f_k(x)))``: whatever ``f_1`` returns; ``x`` itself if ``fs``
        is empty.

    Notes
    -----
    Call each function once, on the whole array (not once per entry of ``x``).
    Do not reorder ``fs`` in place (``fs.reverse()`` changes the caller's list,
    and a tuple has no ``reverse``): iterate over ``reversed(fs)`` instead.

    Examples
    --------
    >>> compose([np.sqrt, np.abs], np.array([-4.0, 9.0]))   # sqrt(abs(x))
    array([2., 3.])
    >>> compose([lambda t: 2 * t, lambda t: t + 1], 3.0)     # 2 · (3 + 1)
    8.0
    >>> compose([], 5.0)
    5.0
    """
    raise NotImplementedError


def inverse_by_bisection(f, y, lo, hi, tol=1e-12):
    """Solve ``f(x) = y`` for ``x`` in ``[lo, hi]`` by bisection, for one ``y`` or many at once.

    For a continuous ``f`` that is monotone on ``[lo, hi]`` (increasing *or*
    decreasing), every ``y`` between ``f(lo)`` and ``f(hi)`` has exactly one
    ``x = f⁻¹(y)`` in ``[lo, hi]``. Bisection finds it: keep a bracket ``[a, b]``
    whose ends are on opposite sides of ``y``, i.e. ``f(a) - y`` and ``f(b) - y``
    differ in sign; evaluate ``f`` at the midpoint ``m``; keep the half where the
    sign still changes. Every step halves the bracket, and the root never leaves it.

    Parameters
    ----------
    f : callable
        Continuous and monotone on ``[lo, hi]``; vectorised.
    y : float or ndarray of any shape
        Target value(s). For an array, solve every entry; run all the bisections
        together, halving every bracket with whole-array operations (one call
        ``f(mid)`` per step for all entries).
    lo, hi : float
        The interval to search, ``lo < hi``.
    tol : float, default 1e-12
        Absolute accuracy: the answer must be within ``tol`` of the exact
        solution. Halve until the bracket is at most ``2 * tol`` wide and return
        its midpoint.

    Returns
    -------
    x : float or ndarray of the same shape as y
        ``f(x) = y`` up to ``tol`` in ``x``. A single number ``y`` gives a ``float``.

    Raises
    ------
    ValueError
        If ``lo >= hi``, or if some ``y`` is not between ``f(lo)`` and ``f(hi)``
        (``y = f(lo)`` or ``y = f(hi)`` is allowed). That is what happens for a
        ``y`` outside the range of ``f``, and for a non-monotone ``f`` such as
        ``x²`` on ``[-2, 2]``, where ``f(lo) = f(hi)`` brackets nothing.

    Notes
    -----
    Banned: ``scipy.optimize`` (and SciPy as a whole): its root finders are the
    oracle.

    Do not assume ``f`` is increasing: compare signs, or flip the problem when
    ``f(hi) < f(lo)``. Floating point cannot split an interval forever: once ``a``
    and ``b`` are neighbouring floats, the midpoint is ``a`` or ``b`` and the bracket
    stops shrinking. With ``tol = 0`` ("as accurate as floats allow"), a loop
    ``while b - a > 2 * tol`` never ends: cap the number of halvings (200 is
    plenty: each one gains a binary digit).

    Examples
    --------
    >>> x = inverse_by_bisection(lambda t: t ** 3, 8.0, 0.0, 5.0)   # the cube root of 8
    >>> abs(x - 2.0) <= 1e-12
    True
    >>> np.round(inverse_by_bisection(np.exp, np.array([1.0, np.e]), -1.0, 3.0), 9)   # log
    array([-0.,  1.])
    """
    raise NotImplementedError


def grid_eval(f, xs, ys):
    """Evaluate a function of two variables on the grid of all pairs ``(xs[i], ys[j])``.

    .. math:: Z_{ij} = f(x_i, y_j), \\qquad i = 0..n_x - 1, \\; j = 0..n_y - 1

    In words: row ``i`` of ``Z`` holds ``f`` along the line ``x = xs[i]``, column
    ``j`` holds ``f`` along ``y = ys[j]``. This is the table a contour plot of a
    loss surface is drawn from.

    Parameters
    ----------
    f : callable
        ``f(X, Y)`` takes two arrays of the same shape and returns the array of
        ``f`` at each pair of entries (it broadcasts like a NumPy ufunc).
    xs : ndarray of shape (n_x,)
    ys : ndarray of shape (n_y,)

    Returns
    -------
    Z : ndarray of shape (n_x, n_y)
        ``Z[i, j] = f(xs[i], ys[j])``.

    Notes
    -----
    ``np.meshgrid(xs, ys)`` builds the grid, but by default (``indexing="xy"``,
    the plotting convention) its arrays have shape ``(n_y, n_x)``: that is the
    transpose of ``Z`` here, and it only shows when ``n_x ≠ n_y``. Pass
    ``indexing="ij"``, or broadcast ``xs[:, None]`` against ``ys[None, :]``. Some
    ``f`` ignore an argument (``f(x, y) = x²``); ``Z`` must still have shape
    ``(n_x, n_y)``. Call ``f`` once on the whole grid, not once per point.

    Examples
    --------
    >>> grid_eval(lambda x, y: 10 * x + y, np.array([1.0, 2.0, 3.0]), np.array([0.0, 5.0]))
    array([[10., 15.],
           [20., 25.],
           [30., 35.]])
    """
    raise NotImplementedError
