"""Level 4 — orthogonal factorisations (QR two ways) and the dominant eigenpair (power iteration).

``A = Q R`` writes the columns of ``A`` in an orthonormal basis (the columns of ``Q``), with
upper-triangular coordinates ``R``: column ``j`` of ``A`` only needs the first ``j + 1`` basis
vectors. QR is how least squares is solved stably (level 13) and how eigenvalue algorithms work.
Two ways to build it:

* **Gram–Schmidt** takes the columns one by one and removes from each its components along the
  basis vectors found so far. Easy to understand, but it computes ``Q`` from differences of
  nearly equal vectors, so ``Q`` drifts away from orthogonal when ``A`` is ill-conditioned.
* **Householder** multiplies ``A`` by reflections ``H = I - 2 v vᵀ`` that zero one column below
  the diagonal at a time. Reflections are orthogonal by construction, so ``Q`` stays orthogonal
  to machine precision, whatever ``A`` is.

*Power iteration* repeats ``v ← A v / ‖A v‖``: the component along the eigenvector with the
largest ``|λ|`` grows fastest and takes over (PageRank works this way).

Rules for this module: NumPy only; ``np.linalg.qr`` is banned in the QR functions, and
``np.linalg.eig``, ``eigh``, ``eigvals`` and ``eigvalsh`` in ``power_iteration``; SciPy
and scikit-learn are not allowed. Never modify the arguments. Run ``mlgrade level04
decompositions`` to grade this file.
"""

import numpy as np


def qr_householder(A):
    """Reduced QR factorisation by Householder reflections.

    For ``j = 0, …, k-1`` (``k = min(m, n)``), let ``x = R[j:, j]`` (the column on and below the
    diagonal) and reflect it onto a multiple of ``e₁``:

    .. math:: v = x + \\operatorname{sign}(x_0) \\lVert x \\rVert e_1, \\quad
              v \\leftarrow v / \\lVert v \\rVert, \\quad
              R_{j:, j:} \\leftarrow R_{j:, j:} - 2 v (v^T R_{j:, j:})

    so that ``H x = -sign(x₀)‖x‖ e₁`` with ``H = I - 2 v vᵀ``. Then ``Q = H₀ H₁ ⋯ H_{k-1}``
    (each reflection is its own inverse), of which you return the first ``k`` columns.

    Parameters
    ----------
    A : ndarray of shape (m, n)
        Any shape and any rank (tall, wide, rank-deficient).

    Returns
    -------
    Q : ndarray of shape (m, k)
        Orthonormal columns: ``QᵀQ = I`` to machine precision.
    R : ndarray of shape (k, n)
        Upper triangular (exact zeros below the diagonal), with ``Q R = A``.
        The signs of the columns of ``Q`` (and rows of ``R``) are free.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D.

    Notes
    -----
    Banned: ``np.linalg.qr`` (and SciPy).

    * **The sign of v matters.** ``x - ‖x‖e₁`` reflects just as well in exact arithmetic, but
      when ``x`` points almost along ``+e₁`` it subtracts nearly equal numbers and loses all
      accuracy. Adding ``sign(x₀)‖x‖`` never cancels. Beware ``np.sign(0) == 0``:
      ``np.copysign(norm_x, x0)`` treats ``0`` as positive.
    * If ``x`` is all zeros (rank deficiency), there is nothing to eliminate: skip the
      reflection rather than dividing by ``‖v‖ = 0``.
    * Apply ``H`` without forming it: ``H X = X - 2 v (vᵀ X)`` is one vector-matrix product and
      one outer product. Never build ``m × m`` matrices in the loop; a 200 × 100 input is timed.

    Examples
    --------
    >>> A = np.array([[3.0, 1.0], [4.0, 2.0]])
    >>> Q, R = qr_householder(A)
    >>> np.round(np.abs(R), 4)  # the signs depend on the reflections chosen
    array([[5. , 2.2],
           [0. , 0.4]])
    >>> np.allclose(Q @ R, A), np.allclose(Q.T @ Q, np.eye(2))
    (True, True)
    """
    raise NotImplementedError


def gram_schmidt(A):
    """Reduced QR factorisation by *modified* Gram–Schmidt.

    Column by column: ``v = a_j`` minus its components along ``q_0, …, q_{j-1}``, then
    ``q_j = v / ‖v‖``:

    .. math:: R_{ij} = q_i^T v \\;(i < j), \\quad v \\leftarrow v - R_{ij} q_i, \\qquad
              R_{jj} = \\lVert v \\rVert, \\quad q_j = v / R_{jj}

    *Modified* means each projection is computed from the **updated** ``v``, not from the
    original column ``a_j`` (that is classical Gram–Schmidt). Equivalently: as soon as ``q_j`` is
    known, remove its component from every later column.

    Parameters
    ----------
    A : ndarray of shape (m, n)
        ``m ≥ n``, with linearly independent columns.

    Returns
    -------
    Q : ndarray of shape (m, n)
        Orthonormal columns (up to a loss of about ``κ(A)·ε``, see Notes).
    R : ndarray of shape (n, n)
        Upper triangular with a **positive** diagonal; ``Q R = A``. With this sign
        convention the factorisation is unique.

    Raises
    ------
    numpy.linalg.LinAlgError
        If a column is (numerically) a combination of the previous ones:
        ``‖v‖ ≤ m · ε · ‖a_j‖`` with ``ε = np.finfo(float).eps``.
    ValueError
        If ``A`` is not 2-D or has more columns than rows.

    Notes
    -----
    Banned: ``np.linalg.qr`` (and SciPy).

    * In floating point a dependent column does not leave an exact zero but ~1e-16 ``‖a_j‖`` of
      rounding noise; normalising that noise gives a garbage ``q_j``. Compare ``‖v‖`` with a
      tolerance relative to ``‖a_j‖``.
    * On the Hilbert matrix ``H_ij = 1/(i + j + 1)`` of size 10 (condition number 1.6e13),
      modified Gram–Schmidt keeps ``QᵀQ`` within about 1e-4 of ``I``; classical Gram–Schmidt
      loses orthogonality completely. Householder (above) does not lose any.

    Examples
    --------
    >>> Q, R = gram_schmidt(np.array([[3.0, 1.0], [4.0, 2.0]]))
    >>> np.round(Q, 4), np.round(R, 4)
    (array([[ 0.6, -0.8],
           [ 0.8,  0.6]]), array([[5. , 2.2],
           [0. , 0.4]]))
    """
    raise NotImplementedError


def power_iteration(A, tol=1e-10, max_iter=10_000):
    """Dominant eigenvalue (largest ``|λ|``) and a unit eigenvector, by power iteration.

    Start from a random unit vector ``v`` and repeat

    .. math:: w = A v, \\qquad λ = v^T w, \\qquad v \\leftarrow w / \\lVert w \\rVert

    until the residual is small, ``‖A v - λ v‖ ≤ tol · ‖A v‖``. Writing ``v = Σ cᵢ uᵢ`` in the
    eigenvectors, ``Aᵗ v = Σ cᵢ λᵢᵗ uᵢ``: the term with the largest ``|λᵢ|`` wins, at the rate
    ``|λ₂ / λ₁|`` per step. ``λ = vᵀ A v`` (the Rayleigh quotient) carries the sign of ``λ``.

    Parameters
    ----------
    A : ndarray of shape (n, n)
        A matrix with one real eigenvalue strictly larger in magnitude than all others.
    tol : float, default 1e-10
        Relative residual at which to stop.
    max_iter : int, default 10000
        Iterations allowed before giving up.

    Returns
    -------
    eigenvalue : float
        ``λ₁``, with its sign.
    v : ndarray of shape (n,)
        A unit eigenvector for ``λ₁`` (``v`` and ``-v`` are equally right).

    Raises
    ------
    numpy.linalg.LinAlgError
        If the residual is still above ``tol · ‖A v‖`` after ``max_iter`` iterations (no single
        dominant eigenvalue, e.g. a rotation, whose eigenvalues are complex).
    ValueError
        If ``A`` is not a non-empty square matrix.

    Notes
    -----
    Banned: ``np.linalg.eig``, ``eigh``, ``eigvals``, ``eigvalsh`` (and SciPy).

    * Start from a random vector with a fixed seed (``np.random.default_rng(0).normal(size=n)``):
      a start orthogonal to the dominant eigenvector would never find it.
    * ``‖A v‖`` is ``|λ|``, not ``λ``. When ``λ < 0`` the iterate flips sign at every step, so
      "``v`` stopped changing" never becomes true: test the residual, which ignores the sign.

    Examples
    --------
    >>> eigenvalue, v = power_iteration(np.array([[2.0, 0.0], [0.0, -5.0]]))
    >>> round(eigenvalue, 8), np.round(np.abs(v), 6)
    (-5.0, array([0., 1.]))
    """
    raise NotImplementedError
