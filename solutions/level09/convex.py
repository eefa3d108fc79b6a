"""Proximal operators, a convexity test without eigenvalues, and equality-constrained QPs."""

import numpy as np


def soft_threshold(w, t):
    """The proximal operator of t·|·|: shrink every entry towards 0 by t, stopping at 0."""
    if t < 0:
        raise ValueError(f"the threshold t must be >= 0, got {t}")
    w = np.asarray(w, dtype=float)
    # argmin_x ½(x - w)² + t|x|: x = w - t sign(w) if |w| > t, else 0 — written as one expression.
    return np.sign(w) * np.maximum(np.abs(w) - t, 0.0)


def elastic_net_penalty(w, alpha, l1_ratio):
    """alpha (l1_ratio ||w||₁ + ½ (1 - l1_ratio) ||w||²) and a subgradient."""
    if alpha < 0 or not 0 <= l1_ratio <= 1:
        raise ValueError(f"alpha must be >= 0 and l1_ratio in [0, 1], got {alpha} and {l1_ratio}")
    w = np.asarray(w, dtype=float)
    l1 = np.sum(np.abs(w))
    l2 = 0.5 * np.sum(w * w)
    penalty = alpha * (l1_ratio * l1 + (1 - l1_ratio) * l2)
    # ∂|w_i| = sign(w_i) away from 0; at w_i = 0 any value in [-1, 1] is a subgradient and 0 is the
    # natural choice (np.sign(0) = 0). The ½ in the L2 term makes its gradient exactly w.
    return float(penalty), alpha * (l1_ratio * np.sign(w) + (1 - l1_ratio) * w)


def is_convex_quadratic(H, tol=1e-10):
    """True if f(x) = ½ xᵀ H x + cᵀ x is convex: the symmetric part of H is positive semi-definite."""
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError(f"H must be a square matrix, got shape {H.shape}")
    # xᵀ H x only sees the symmetric part S = (H + Hᵀ)/2 (the skew part gives xᵀ K x = 0).
    S = (H + H.T) / 2
    scale = max(1.0, float(np.max(np.abs(S)))) if S.size else 1.0
    # Cholesky succeeds exactly for positive *definite* matrices. Shifting by τ I with
    # τ = tol·scale turns a PSD (possibly singular, or -1e-15 noisy) S into a PD one, while a
    # clearly negative eigenvalue (λ < -τ) still makes the factorisation fail.
    try:
        np.linalg.cholesky(S + tol * scale * np.eye(S.shape[0]))
    except np.linalg.LinAlgError:
        return False
    return True


def lagrange_equality_qp(Q, c, A, b):
    """Minimise ½ xᵀ Q x + cᵀ x subject to A x = b by solving the KKT system."""
    Q = np.asarray(Q, dtype=float)
    c = np.asarray(c, dtype=float)
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    n, m = Q.shape[0], A.shape[0]
    if Q.shape != (n, n) or c.shape != (n,) or A.shape != (m, n) or b.shape != (m,):
        raise ValueError(f"expected Q (n, n), c (n,), A (m, n), b (m,); got {Q.shape}, {c.shape}, "
                         f"{A.shape}, {b.shape}")
    # Lagrangian L = ½xᵀQx + cᵀx + λᵀ(Ax - b). Stationarity: Qx + c + Aᵀλ = 0; feasibility: Ax = b.
    #   [Q  Aᵀ] [x]   [-c]
    #   [A  0 ] [λ] = [ b]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    # A singular KKT matrix means dependent (redundant or inconsistent) constraints, or no unique
    # minimiser; solve would return garbage or raise LinAlgError, so check the rank first.
    if m > n or np.linalg.matrix_rank(K) < n + m:
        raise ValueError("the KKT matrix is singular: the constraints are dependent or infeasible, "
                         "or Q is not positive definite on the null space of A")
    solution = np.linalg.solve(K, np.concatenate([-c, b]))
    return solution[:n], solution[n:]
