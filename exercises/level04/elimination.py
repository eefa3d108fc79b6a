"""Level 4 — Gaussian elimination with partial pivoting: solve ``A x = b`` and compute ``log|det A|``.

Gaussian elimination subtracts multiples of one equation from the others until the system is
upper triangular, ``U x = y``, then solves it from the bottom up (back substitution). Recorded
as matrices this is the LU factorisation ``P A = L U``: ``P`` holds the row swaps, ``L`` the
multipliers, ``U`` the result. The same ``U`` gives the determinant: ``det A = ±Π U_kk``.

Floating point makes one detail essential: *partial pivoting*. Before eliminating column ``k``,
swap in the row whose entry in that column is largest in magnitude. Dividing by a tiny pivot
(``1e-20``) instead creates huge multipliers that wipe out the rest of the matrix.

Rules for this module: NumPy only. ``np.linalg.solve``, ``inv``, ``pinv``, ``lstsq``, ``det``,
``slogdet`` and the factorisations (``qr``, ``svd``, ``cholesky``, ``eig*``) are banned, and so
are SciPy and scikit-learn. Never modify the arguments (work on copies). Run
``mlgrade level04 elimination`` to grade this file.
"""

import numpy as np


def gauss_solve(A, b):
    """Solve ``A x = b`` by Gaussian elimination with partial pivoting.

    For ``k = 0, …, n-1``:

    1. *pivot*: find ``p ≥ k`` maximising ``|U[p, k]|`` and swap rows ``k`` and ``p`` (of ``U``
       **and** of ``y``: they are the same equations);
    2. *eliminate*: for every row ``i > k``, ``row_i -= l_i row_k`` with ``l_i = U[i, k] / U[k, k]``.

    Then back substitution: :math:`x_i = (y_i - \\sum_{j > i} U_{ij} x_j) / U_{ii}` for
    ``i = n-1`` down to ``0``.

    Parameters
    ----------
    A : ndarray of shape (n, n)
    b : ndarray of shape (n,) or (n, k)
        One right-hand side, or ``k`` of them as columns (solved together).

    Returns
    -------
    x : ndarray of shape (n,) or (n, k)
        The same shape as ``b``.

    Raises
    ------
    numpy.linalg.LinAlgError
        If ``A`` is singular: the largest pivot candidate of some column is zero up to
        rounding, ``|pivot| ≤ n · ε · max|A_ij|`` with ``ε = np.finfo(float).eps``.
    ValueError
        If ``A`` is not square or ``b`` does not have ``n`` rows.

    Notes
    -----
    Banned: ``np.linalg.solve``, ``inv``, ``pinv``, ``lstsq``, ``qr``, ``svd``, ``cholesky``
    and SciPy — the point is to write the elimination.

    * The singularity test must be *relative* to the size of ``A``: ``1e-13 · I`` is a fine
      matrix, and an absolute threshold like ``1e-10`` would reject it. Too loose a relative
      threshold rejects ill-conditioned but invertible matrices such as Hilbert(10).
    * Vectorise each step: all the multipliers ``l = U[k+1:, k] / U[k, k]`` form a column,
      and ``U[k+1:, k:] -= np.outer(l, U[k, k:])`` updates every row below the pivot at once.
      Loops over single entries are far too slow for ``n = 120``.
    * A good solution has a tiny *backward error*: ``‖b - A x‖ / (‖A‖ ‖x‖ + ‖b‖)`` is a small
      multiple of ``n · ε`` even when ``A`` is ill-conditioned and ``x`` itself is inaccurate.

    Examples
    --------
    >>> gauss_solve(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([3.0, 5.0]))
    array([0.8, 1.4])
    >>> gauss_solve(np.array([[1e-20, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0]))
    array([1., 1.])
    """
    raise NotImplementedError


def slogdet_lu(A):
    """Sign and natural logarithm of ``|det A|``, from LU with partial pivoting.

    .. math:: P A = L U \\quad\\Rightarrow\\quad \\det A = (-1)^{s} \\prod_k U_{kk},
              \\qquad \\log\\lvert\\det A\\rvert = \\sum_k \\log\\lvert U_{kk}\\rvert

    In words: eliminate as in :func:`gauss_solve`; ``L`` has ones on its diagonal (det 1), each of
    the ``s`` row swaps flips the sign, and the determinant of the triangular ``U`` is the product
    of its diagonal, the pivots. Return the sign and the log of the magnitude separately, like
    ``np.linalg.slogdet``, because the determinant itself over- or underflows easily.

    Parameters
    ----------
    A : ndarray of shape (n, n)

    Returns
    -------
    sign : float
        ``1.0`` or ``-1.0``, or ``0.0`` if ``A`` is singular.
    logabsdet : float
        ``log|det A|`` (natural log), or ``-inf`` if ``A`` is singular.

    Raises
    ------
    ValueError
        If ``A`` is not square.

    Notes
    -----
    Banned: ``np.linalg.det``, ``slogdet``, ``eig``, ``eigvals``, ``eigh``, ``eigvalsh``,
    ``svd``, ``qr``, ``cholesky`` and SciPy.

    * A 200 × 200 matrix with entries around 10 has ``|det A| ≈ e⁸⁹⁰``, far above the largest
      float (``≈ e⁷⁰⁹``): multiplying the pivots overflows (a warning, which is an error here).
      Add up their logs instead.
    * If every candidate pivot of a column is exactly ``0``, ``A`` is singular: return
      ``(0.0, -np.inf)`` at once (``np.log(0)`` would warn).
    * Vectorise each elimination step with one outer product; ``n = 120`` is timed.

    Examples
    --------
    >>> slogdet_lu(np.array([[0.0, 2.0], [3.0, 0.0]]))  # det = -6
    (-1.0, 1.791759469228055)
    >>> slogdet_lu(np.array([[1.0, 2.0], [2.0, 4.0]]))
    (0.0, -inf)
    """
    raise NotImplementedError
