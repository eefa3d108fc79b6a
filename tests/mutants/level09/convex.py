"""Plausible versions of exercises/level09/convex.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "soft_threshold__no_sign": ("failed", "multiply by sign(w)"),
    "soft_threshold__no_clamp_at_zero": ("failed", "crossed zero"),
    "soft_threshold__loop_over_entries": ("too_slow", "loop"),
    "soft_threshold__clip_form": ("passed", None),
    "elastic_net_penalty__l2_not_halved": ("failed", "lost the ½"),
    "elastic_net_penalty__ratio_swapped": ("failed", "swapped"),
    "elastic_net_penalty__subgradient_one_at_zero": ("failed", "not a subgradient"),
    "elastic_net_penalty__plus_subgradient_at_zero": ("passed", None),
    "is_convex_quadratic__cholesky_without_shift": ("failed", "singular PSD"),
    "is_convex_quadratic__not_symmetrised": ("failed", "symmetrise H first"),
    "is_convex_quadratic__calls_eigvalsh": ("forbidden", "numpy.linalg.eigvalsh"),
    "is_convex_quadratic__ldl_pivots": ("passed", None),
    "lagrange_equality_qp__rhs_plus_c": ("failed", "[-c; b]"),
    "lagrange_equality_qp__trusts_solve": ("failed", "4 constraints on 3 variables"),
    "lagrange_equality_qp__calls_scipy_minimize": ("forbidden", "scipy.optimize"),
    "lagrange_equality_qp__opposite_multiplier_sign": ("passed", None),
}

# This file is appended to the teaching solution: these names are the solution's own functions,
# captured before a mutant takes over the exercise's name (calling the name itself would recurse).
_solution_elastic_net_penalty = globals().get("elastic_net_penalty")


def soft_threshold__no_sign(w, t):
    if t < 0:
        raise ValueError("t")
    return np.maximum(np.abs(w) - t, 0.0)


def soft_threshold__no_clamp_at_zero(w, t):
    if t < 0:
        raise ValueError("t")
    return w - t * np.sign(w)


def soft_threshold__loop_over_entries(w, t):
    if t < 0:
        raise ValueError("t")
    out = np.empty(np.shape(w))
    for i in np.ndindex(out.shape):
        x = w[i]
        out[i] = x - t if x > t else (x + t if x < -t else 0.0)
    return out


def soft_threshold__clip_form(w, t):
    # Right but different: S_t(w) = w - clip(w, -t, t).
    if t < 0:
        raise ValueError("t must be >= 0")
    w = np.asarray(w, dtype=float)
    return w - np.clip(w, -t, t)


def _check_en(alpha, l1_ratio):
    if alpha < 0 or not 0 <= l1_ratio <= 1:
        raise ValueError("bad alpha or l1_ratio")


def elastic_net_penalty__l2_not_halved(w, alpha, l1_ratio):
    _check_en(alpha, l1_ratio)
    return float(alpha * (l1_ratio * np.abs(w).sum() + (1 - l1_ratio) * np.sum(w * w))), \
        alpha * (l1_ratio * np.sign(w) + 2 * (1 - l1_ratio) * w)


def elastic_net_penalty__ratio_swapped(w, alpha, l1_ratio):
    _check_en(alpha, l1_ratio)
    return _solution_elastic_net_penalty(w, alpha, 1 - l1_ratio)


def elastic_net_penalty__subgradient_one_at_zero(w, alpha, l1_ratio):
    penalty, _ = _solution_elastic_net_penalty(w, alpha, l1_ratio)
    return penalty, alpha * (l1_ratio * np.where(w >= 0, 1.0, -1.0) * (1 + (w == 0)) + (1 - l1_ratio) * w)


def elastic_net_penalty__plus_subgradient_at_zero(w, alpha, l1_ratio):
    # Right but different: +1 as the L1 subgradient at w = 0 (any value in [-1, 1] is valid).
    _check_en(alpha, l1_ratio)
    w = np.asarray(w, dtype=float)
    sign = np.where(w >= 0, 1.0, -1.0)
    return alpha * l1_ratio * float(np.linalg.norm(w.ravel(), 1)) + alpha * (1 - l1_ratio) * float(w.ravel() @ w.ravel()) / 2, \
        alpha * l1_ratio * sign + alpha * (1 - l1_ratio) * w


def _square(H):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError("H must be square")
    return H


def is_convex_quadratic__cholesky_without_shift(H, tol=1e-10):
    H = _square(H)
    try:
        np.linalg.cholesky((H + H.T) / 2)
    except np.linalg.LinAlgError:
        return False
    return True


def is_convex_quadratic__not_symmetrised(H, tol=1e-10):
    H = _square(H)
    scale = max(1.0, float(np.abs(H).max())) if H.size else 1.0
    try:
        np.linalg.cholesky(H + tol * scale * np.eye(len(H)))
    except np.linalg.LinAlgError:
        return False
    return True


def is_convex_quadratic__calls_eigvalsh(H, tol=1e-10):
    H = _square(H)
    return bool(np.linalg.eigvalsh((H + H.T) / 2).min() >= -tol)


def is_convex_quadratic__ldl_pivots(H, tol=1e-10):
    # Right but different: symmetric Gaussian elimination without pivoting; S is PSD iff every
    # pivot is >= -tau, and a (near-)zero pivot needs its whole remaining row to vanish too.
    S = _square(H)
    S = (S + S.T) / 2
    tau = tol * max(1.0, float(np.abs(S).max())) if S.size else 0.0
    S = S.copy()
    for k in range(len(S)):
        pivot = S[k, k]
        if pivot < -tau:
            return False
        if pivot <= tau:
            if np.any(np.abs(S[k, k + 1:]) > np.sqrt(tau) * 10):
                return False
            continue
        S[k + 1:, k + 1:] -= np.outer(S[k + 1:, k], S[k, k + 1:]) / pivot
    return True


def _kkt(Q, A):
    Q, A = np.asarray(Q, dtype=float), np.asarray(A, dtype=float)
    n, m = len(Q), len(A)
    return np.block([[Q, A.T], [A, np.zeros((m, m))]]), n, m


def lagrange_equality_qp__rhs_plus_c(Q, c, A, b):
    K, n, m = _kkt(Q, A)
    if m > n or np.linalg.matrix_rank(K) < n + m:
        raise ValueError("singular")
    z = np.linalg.solve(K, np.concatenate([c, b]))
    return z[:n], z[n:]


def lagrange_equality_qp__trusts_solve(Q, c, A, b):
    K, n, m = _kkt(Q, A)
    z = np.linalg.solve(K, np.concatenate([-np.asarray(c, float), b]))
    return z[:n], z[n:]


def lagrange_equality_qp__calls_scipy_minimize(Q, c, A, b):
    from scipy.optimize import minimize

    x = minimize(lambda x: 0.5 * x @ Q @ x + c @ x, np.zeros(len(c)),
                 constraints=[{"type": "eq", "fun": lambda x: A @ x - b}]).x
    return x, np.zeros(len(b))


def lagrange_equality_qp__opposite_multiplier_sign(Q, c, A, b):
    # Right but different: L = ½xᵀQx + cᵀx - λᵀ(Ax - b), so Qx + c - Aᵀλ = 0; checked by the condition number.
    Q, c, A, b = (np.asarray(a, dtype=float) for a in (Q, c, A, b))
    n, m = len(c), len(b)
    K = np.zeros((n + m, n + m))
    K[:n, :n], K[:n, n:], K[n:, :n] = Q, -A.T, A
    if m > n or np.linalg.cond(K) > 1e12:
        raise ValueError("singular KKT system")
    z = np.linalg.solve(K, np.r_[-c, b])
    return z[:n], z[n:]
