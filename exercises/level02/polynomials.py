"""Level 2 — polynomials as arrays of coefficients.

A polynomial ``p(x) = c0·xⁿ + c1·xⁿ⁻¹ + … + cn`` is stored as the array of its
coefficients ``[c0, c1, …, cn]``, **highest degree first** (NumPy's ``np.polyval``
order): ``[2.0, -3.0, 1.0]`` is ``2x² - 3x + 1``. Polynomials are the first models
of machine learning: polynomial regression fits the columns of a Vandermonde
matrix, and evaluating a fitted model is Horner's rule.

Rules for this module: NumPy only. ``np.polyval``, ``np.poly1d``, ``np.convolve``,
``np.polymul``, ``np.vander`` and their ``numpy.polynomial`` cousins are banned in
the exercise that rebuilds them (see each function). Work on whole arrays: loop
over coefficients or columns (a handful), never over data points. Never modify
the arguments. Run ``mlgrade level02 polynomials`` to grade this file.
"""

import numpy as np


def horner(coeffs, x):
    """Evaluate a polynomial at every point of ``x`` with Horner's rule.

    .. math:: p(x) = c_0 x^n + c_1 x^{n-1} + \\dots + c_{n-1} x + c_n
              = (\\dots((c_0 x + c_1) x + c_2) x + \\dots) x + c_n

    In words: start from the leading coefficient ``c0``; for each further
    coefficient, multiply what you have by ``x`` and add the coefficient. That is
    ``n`` multiplications and ``n`` additions, and no powers at all.

    Parameters
    ----------
    coeffs : ndarray of shape (n + 1,)
        ``c0, …, cn``, highest degree first (at least one coefficient).
    x : float or ndarray of any shape
        The points; evaluate at all of them at once.

    Returns
    -------
    p : float or ndarray of the same shape as x
        A float for a scalar ``x``. A constant polynomial (``n = 0``) still gives
        an array of ``x``'s shape, filled with ``c0``.

    Notes
    -----
    Banned: ``np.polyval``, ``np.poly1d`` and ``numpy.polynomial``'s ``polyval`` /
    ``Polynomial`` (the point is to write Horner's rule). Loop over the
    coefficients (there are few) and let each step ``p = p * x + c`` work on the
    whole array ``x``; never loop over the entries of ``x``. The power sum
    ``Σ c_k x^(n-k)`` gives the same value but calls ``pow`` for every term, and
    is many times slower than Horner: it is too slow here.

    Examples
    --------
    >>> horner(np.array([2.0, -3.0, 1.0]), np.array([0.0, 1.0, 2.0]))  # 2x² - 3x + 1
    array([1., 0., 3.])
    >>> horner(np.array([1.0, 2.0]), 3.0)  # x + 2 at x = 3
    5.0
    """
    raise NotImplementedError


def poly_mul(p, q):
    """Multiply two polynomials: the coefficients of ``p(x)·q(x)``.

    .. math:: r_k = \\sum_{i + j = k} p_i \\, q_j, \\qquad k = 0, \\dots, \\deg p + \\deg q

    In words: every term ``p_i x^(m-i)`` meets every term ``q_j x^(n-j)``; their
    product ``p_i q_j`` lands on the power ``x^(m+n-(i+j))``, which is index
    ``i + j`` of the result (highest degree first). The result is the
    *convolution* of the two coefficient arrays, and ``deg(p·q) = deg p + deg q``.

    Parameters
    ----------
    p : ndarray of shape (m + 1,)
    q : ndarray of shape (n + 1,)
        Coefficients, highest degree first. Leading zeros are allowed and mean
        nothing: ``[0.0, 1.0, 2.0]`` is ``x + 2``, of degree 1.

    Returns
    -------
    r : ndarray of shape (deg p + deg q + 1,)
        The product, highest degree first, without leading zeros (float dtype).
        The zero polynomial (all coefficients 0) has no degree and is written
        ``array([0.])``; anything times it is ``array([0.])``.

    Raises
    ------
    ValueError
        If ``p`` or ``q`` is empty (the zero polynomial is ``[0.0]``, not ``[]``).

    Notes
    -----
    Banned: ``np.convolve``, ``np.polymul``, ``np.poly1d`` and
    ``numpy.polynomial.polynomial.polymul`` (the point is to build the
    convolution). A double Python loop over ``(i, j)`` does ``m·n`` scalar steps
    and is far too slow; loop over the coefficients of one factor and add
    ``p_i * q`` (a whole array) into the slice ``r[i : i + len(q)]``, or form all
    products at once with ``np.outer`` and sum them along anti-diagonals.

    Examples
    --------
    >>> poly_mul(np.array([1.0, 1.0]), np.array([1.0, -1.0]))  # (x + 1)(x - 1) = x² - 1
    array([ 1.,  0., -1.])
    >>> poly_mul(np.array([0.0, 2.0, 1.0]), np.array([3.0]))  # (2x + 1)·3: leading zero dropped
    array([6., 3.])
    >>> poly_mul(np.array([0.0, 0.0]), np.array([1.0, 2.0]))  # the zero polynomial
    array([0.])
    """
    raise NotImplementedError


def vandermonde(x, degree):
    """The Vandermonde matrix of ``x``: column ``j`` holds ``x**j`` for ``j = 0 … degree``.

    .. math:: V_{ij} = x_i^{\\,j}, \\qquad
              V = \\begin{pmatrix} 1 & x_1 & x_1^2 & \\cdots & x_1^d \\\\
                                   \\vdots & & & & \\vdots \\\\
                                   1 & x_n & x_n^2 & \\cdots & x_n^d \\end{pmatrix}

    In words: one row per point, one column per power, in *increasing* order
    (``x⁰ = 1`` first, also for ``x = 0``). It is the design matrix of polynomial
    regression: ``V @ w`` evaluates ``w0 + w1·x + … + wd·x^d`` at every point, so
    ``vandermonde(x, d) @ w == horner(w[::-1], x)`` (note the reversed order).

    Parameters
    ----------
    x : ndarray of shape (n_points,)
    degree : int
        The highest power ``d >= 0``.

    Returns
    -------
    V : ndarray of shape (n_points, degree + 1)

    Raises
    ------
    ValueError
        If ``degree`` is negative.

    Notes
    -----
    Banned: ``np.vander`` and ``numpy.polynomial.polynomial.polyvander`` (the point
    is to build it). Fill whole columns, each the previous one times ``x``, or
    broadcast ``x[:, None] ** np.arange(degree + 1)``; a loop over the points is
    too slow.

    Examples
    --------
    >>> vandermonde(np.array([2.0, 3.0]), 3)
    array([[ 1.,  2.,  4.,  8.],
           [ 1.,  3.,  9., 27.]])
    >>> vandermonde(np.array([2.0, 3.0]), 0)
    array([[1.],
           [1.]])
    """
    raise NotImplementedError
