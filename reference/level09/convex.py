"""Reference proximal operators, convexity test and equality-constrained QP: oracle and speed baseline."""

import numpy as np


def soft_threshold(w, t):
    if t < 0:
        raise ValueError(f"t must be >= 0, got {t}")
    w = np.asarray(w, dtype=float)
    return np.sign(w) * np.maximum(np.abs(w) - t, 0.0)


def elastic_net_penalty(w, alpha, l1_ratio):
    if alpha < 0 or not 0 <= l1_ratio <= 1:
        raise ValueError("alpha must be >= 0 and l1_ratio in [0, 1]")
    w = np.asarray(w, dtype=float)
    penalty = alpha * (l1_ratio * np.abs(w).sum() + 0.5 * (1 - l1_ratio) * np.dot(w.ravel(), w.ravel()))
    return float(penalty), alpha * (l1_ratio * np.sign(w) + (1 - l1_ratio) * w)


def is_convex_quadratic(H, tol=1e-10):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError(f"H must be square, got shape {H.shape}")
    S = (H + H.T) / 2
    scale = max(1.0, float(np.max(np.abs(S)))) if S.size else 1.0
    return bool(np.linalg.eigvalsh(S)[0] >= -tol * scale) if S.size else True


def lagrange_equality_qp(Q, c, A, b):
    Q = np.asarray(Q, dtype=float)
    A = np.asarray(A, dtype=float)
    n, m = Q.shape[0], A.shape[0]
    K = np.zeros((n + m, n + m))
    K[:n, :n] = Q
    K[:n, n:] = A.T
    K[n:, :n] = A
    if m > n or np.linalg.matrix_rank(K) < n + m:
        raise ValueError("the KKT matrix is singular")
    sol = np.linalg.solve(K, np.concatenate([-np.asarray(c, dtype=float), np.asarray(b, dtype=float)]))
    return sol[:n], sol[n:]
