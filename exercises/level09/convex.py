"""Level 9 — proximal operators, convexity and equality-constrained quadratic programs.

* ``soft_threshold`` is the proximal operator of the L1 norm, the step that makes
  Lasso solutions sparse; ``elastic_net_penalty`` mixes L1 and L2 and gives a
  subgradient where the L1 norm has its kink.
* ``is_convex_quadratic`` decides whether ``f(x) = ½ xᵀ H x + cᵀ x`` is convex —
  without computing eigenvalues.
* ``lagrange_equality_qp`` minimises a quadratic under linear equality
  constraints by solving one linear system (the KKT conditions).

Rules for this module: NumPy only for the arithmetic; eigenvalue solvers
(``np.linalg.eig``, ``eigh``, ``eigvals``, ``eigvalsh`` and SciPy's) are banned
in ``is_convex_quadratic``, and ``scipy.optimize`` in ``lagrange_equality_qp``
(it is the oracle). Scikit-learn, PyTorch, JAX and TensorFlow are banned
throughout. Never modify the arguments. Run ``mlgrade level09 convex`` to grade
this file.
"""

import numpy as np


def soft_threshold(w, t):
    """Soft thresholding, the proximal operator of ``t · |·|``.

    .. math:: S_t(w) = \\operatorname{sign}(w) \\max(|w| - t, 0)
              = \\arg\\min_x ½ (x - w)^2 + t |x|

    In words: move every entry ``t`` closer to 0, and set it to 0 if it would
    cross 0. Entries with ``|w| <= t`` become exactly 0 (at ``|w| = t`` both
    rules agree).

    Parameters
    ----------
    w : ndarray of any shape
    t : float
        Threshold, ``t >= 0``.

    Returns
    -------
    ndarray of the same shape as w, dtype float

    Raises
    ------
    ValueError
        If ``t < 0``.

    Notes
    -----
    One vectorised expression: a loop over entries is too slow (it is timed).

    Examples
    --------
    >>> soft_threshold(np.array([-3.0, -1.0, 0.5, 2.0]), 1.0)
    array([-2., -0.,  0.,  1.])
    """
    raise NotImplementedError


def elastic_net_penalty(w, alpha, l1_ratio):
    """The elastic-net penalty (scikit-learn's convention) and a subgradient.

    .. math:: P(w) = α \\left(ρ \\|w\\|_1 + \\frac{1 - ρ}{2} \\|w\\|_2^2\\right),
              \\qquad g = α (ρ \\operatorname{sign}(w) + (1 - ρ) w)

    with ``ρ = l1_ratio``. ``ρ = 1`` is the Lasso penalty and ``ρ = 0`` ridge
    (with the ½). The L1 norm has no derivative where ``w_i = 0``; there any
    ``g_i`` in ``[-α ρ, α ρ]`` is a valid subgradient (0 is the usual choice).

    Parameters
    ----------
    w : ndarray of any shape
    alpha : float
        Overall strength, ``>= 0``.
    l1_ratio : float
        ``ρ`` in ``[0, 1]``.

    Returns
    -------
    penalty : float
    subgradient : ndarray of the same shape as w

    Raises
    ------
    ValueError
        If ``alpha < 0`` or ``l1_ratio`` is outside ``[0, 1]``.

    Examples
    --------
    >>> elastic_net_penalty(np.array([2.0, 0.0, -1.0]), 0.5, 0.5)
    (1.375, array([ 0.75,  0.  , -0.5 ]))
    """
    raise NotImplementedError


def is_convex_quadratic(H, tol=1e-10):
    """Whether ``f(x) = ½ xᵀ H x + cᵀ x`` is convex, without an eigenvalue solver.

    ``f`` is convex exactly when its Hessian's symmetric part
    ``S = (H + Hᵀ) / 2`` is positive semi-definite (``xᵀ H x = xᵀ S x`` for every
    ``x``, so an asymmetric ``H`` is judged by ``S``). Rounding makes exactly-zero
    eigenvalues come out as ±1e-15, so decide with a tolerance:

    .. math:: \\text{convex} \\iff λ_{min}(S) ≥ -\\text{tol} · \\max(1, \\max_{ij} |S_{ij}|)

    Hint: a Cholesky factorisation exists exactly for positive *definite*
    matrices; ``np.linalg.cholesky`` raises ``np.linalg.LinAlgError`` otherwise.
    Shift ``S`` by ``tol · scale · I`` first so that singular PSD matrices pass.

    Parameters
    ----------
    H : ndarray of shape (d, d)
    tol : float, default 1e-10

    Returns
    -------
    bool

    Raises
    ------
    ValueError
        If ``H`` is not square.

    Notes
    -----
    Banned: ``np.linalg.eig``, ``eigh``, ``eigvals``, ``eigvalsh`` and the
    ``scipy.linalg`` eigen solvers — the point is the factorisation test.
    ``np.linalg.cholesky`` reads only the lower triangle of its argument, so
    symmetrise first.

    Examples
    --------
    >>> is_convex_quadratic(np.array([[1.0, 1.0], [1.0, 1.0]]))   # PSD and singular
    True
    >>> is_convex_quadratic(np.array([[1.0, 4.0], [0.0, 1.0]]))   # S has eigenvalue -1
    False
    """
    raise NotImplementedError


def lagrange_equality_qp(Q, c, A, b):
    """Minimise ``½ xᵀ Q x + cᵀ x`` subject to ``A x = b`` through the KKT system.

    With the Lagrangian ``L(x, λ) = ½ xᵀ Q x + cᵀ x + λᵀ (A x - b)``, the
    minimiser satisfies ``∇ₓ L = Q x + c + Aᵀ λ = 0`` and ``A x = b``, one linear
    system:

    .. math::
        \\begin{pmatrix} Q & A^T \\\\ A & 0 \\end{pmatrix}
        \\begin{pmatrix} x \\\\ λ \\end{pmatrix} =
        \\begin{pmatrix} -c \\\\ b \\end{pmatrix}

    In words: at the optimum the gradient of the objective is a combination of
    the constraint normals (the rows of ``A``), so no feasible direction lowers
    the objective.

    Parameters
    ----------
    Q : ndarray of shape (n, n)
        Symmetric, positive definite on the null space of ``A``.
    c : ndarray of shape (n,)
    A : ndarray of shape (m, n)
        ``m`` constraints, ``m <= n``.
    b : ndarray of shape (m,)

    Returns
    -------
    x : ndarray of shape (n,)
        The minimiser.
    lam : ndarray of shape (m,)
        The Lagrange multipliers, with the sign convention above (the opposite
        overall sign, from ``L = … - λᵀ(Ax - b)``, is accepted too).

    Raises
    ------
    ValueError
        If the shapes do not fit, ``m > n``, or the KKT matrix is singular
        (dependent constraints — redundant or infeasible — or no unique
        minimiser). ``np.linalg.solve`` does not reliably detect this in
        floating point: check the rank (``np.linalg.matrix_rank``) or the
        condition number yourself.

    Notes
    -----
    Banned: ``scipy.optimize`` (the oracle).

    Examples
    --------
    >>> x, lam = lagrange_equality_qp(np.eye(2), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0]))
    >>> x, lam
    (array([0.5, 0.5]), array([-0.5]))
    """
    raise NotImplementedError
