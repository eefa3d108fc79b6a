"""Plausible versions of exercises/level04/decompositions.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "qr_householder__loop_over_entries": ("too_slow", "never form the m × m matrix H"),
    "qr_householder__calls_np_qr": ("forbidden", "numpy.linalg.qr"),
    "qr_householder__np_sign": ("failed", "np.sign(0) is 0"),
    "qr_householder__minus_norm": ("failed", "subtracts two nearly equal numbers"),
    "qr_householder__positive_diagonal": ("passed", None),
    "gram_schmidt__classical": ("failed", "classical Gram–Schmidt projects"),
    "gram_schmidt__exact_zero_test": ("failed", "rounding noise"),
    "gram_schmidt__returns_r_transposed": ("failed", "this is Rᵀ"),
    "gram_schmidt__calls_np_qr": ("forbidden", "numpy.linalg.qr"),
    "gram_schmidt__classical_twice": ("passed", None),
    "power_iteration__norm_as_eigenvalue": ("failed", "wrong sign"),
    "power_iteration__stops_when_v_stops_changing": ("failed", "flips sign at every step"),
    "power_iteration__calls_np_eig": ("forbidden", "numpy.linalg.eig"),
    "power_iteration__returns_after_max_iter": ("failed", "instead of returning"),
    "power_iteration__ones_start_and_opposite_sign": ("passed", None),
}


def qr_householder__loop_over_entries(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    k = min(m, n)
    Q = np.eye(m)
    for j in range(k):
        norm_x = math.sqrt(sum(R[r, j] ** 2 for r in range(j, m)))
        if norm_x == 0.0:
            continue
        v = [R[r, j] for r in range(j, m)]
        v[0] += math.copysign(norm_x, v[0])
        norm_v = math.sqrt(sum(t * t for t in v))
        v = [t / norm_v for t in v]
        for c in range(j, n):  # R <- H R, one column at a time, one entry at a time
            s = sum(v[r - j] * R[r, c] for r in range(j, m))
            for r in range(j, m):
                R[r, c] -= 2.0 * s * v[r - j]
        for r in range(m):  # Q <- Q H, one row at a time
            s = sum(Q[r, c] * v[c - j] for c in range(j, m))
            for c in range(j, m):
                Q[r, c] -= 2.0 * s * v[c - j]
    return Q[:, :k], np.triu(R[:k])


def qr_householder__calls_np_qr(A):
    return np.linalg.qr(A)


def _householder(A, choose_v0):
    R = np.array(A, dtype=float)
    m, n = R.shape
    k = min(m, n)
    Q = np.eye(m)
    for j in range(min(m - 1, n)):  # a 1-entry column has nothing below the diagonal to eliminate
        x = R[j:, j]
        norm_x = np.linalg.norm(x)
        if norm_x == 0.0:
            continue
        v = x.copy()
        v[0] = choose_v0(x[0], norm_x)
        v /= np.linalg.norm(v)
        R[j:, j:] -= 2.0 * np.outer(v, v @ R[j:, j:])
        Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    return Q[:, :k], np.triu(R[:k])


def qr_householder__np_sign(A):
    return _householder(A, lambda x0, norm_x: x0 + np.sign(x0) * norm_x)


def qr_householder__minus_norm(A):
    return _householder(A, lambda x0, norm_x: x0 - norm_x)


def qr_householder__positive_diagonal(A):
    # Same reflections, Q accumulated from the left side (Q <- Q H), then signs made so that R_jj >= 0.
    Q, R = _householder(A, lambda x0, norm_x: x0 + math.copysign(norm_x, x0))
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, R * signs[:, None]


def _check_tall(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] > A.shape[0]:
        raise ValueError("A must be tall")
    return A


def gram_schmidt__classical(A):
    A = _check_tall(A)
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        R[:j, j] = Q[:, :j].T @ A[:, j]  # projections of the *original* column
        v = A[:, j] - Q[:, :j] @ R[:j, j]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= m * np.finfo(float).eps * np.linalg.norm(A[:, j]):
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] = v / R[j, j]
    return Q, R


def _modified_gram_schmidt(A, relative_tol):
    A = _check_tall(A)
    m, n = A.shape
    V, Q, R = A.copy(), np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        if R[j, j] <= relative_tol * np.linalg.norm(A[:, j]):
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] = V[:, j] / R[j, j]
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R


def gram_schmidt__exact_zero_test(A):
    return _modified_gram_schmidt(A, 0.0)


def gram_schmidt__returns_r_transposed(A):
    Q, R = _modified_gram_schmidt(A, 1e-14)
    return Q, R.T


def gram_schmidt__calls_np_qr(A):
    A = _check_tall(A)
    Q, R = np.linalg.qr(A)
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, R * signs[:, None]


def gram_schmidt__classical_twice(A):
    # Classical Gram–Schmidt with one re-orthogonalisation pass ("twice is enough"): orthogonal to ε.
    A = _check_tall(A)
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for _ in range(2):
            c = Q[:, :j].T @ v
            v -= Q[:, :j] @ c
            R[:j, j] += c
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= m * np.finfo(float).eps * np.linalg.norm(A[:, j]):
            raise np.linalg.LinAlgError("dependent columns")
        Q[:, j] = v / R[j, j]
    return Q, R


def _start(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be square")
    v = np.random.default_rng(1).normal(size=len(A))
    return A, v / np.linalg.norm(v)


def power_iteration__norm_as_eigenvalue(A, tol=1e-10, max_iter=10_000):
    A, v = _start(A)
    for _ in range(max_iter):
        w = A @ v
        eigenvalue = np.linalg.norm(w)
        v_new = w / eigenvalue
        if min(np.linalg.norm(v_new - v), np.linalg.norm(v_new + v)) <= tol:
            return float(eigenvalue), v_new
        v = v_new
    raise np.linalg.LinAlgError("no convergence")


def power_iteration__stops_when_v_stops_changing(A, tol=1e-10, max_iter=10_000):
    A, v = _start(A)
    for _ in range(max_iter):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        if np.linalg.norm(v_new - v) <= tol:
            return float(v_new @ A @ v_new), v_new
        v = v_new
    raise np.linalg.LinAlgError("no convergence")


def power_iteration__calls_np_eig(A, tol=1e-10, max_iter=10_000):
    values, vectors = np.linalg.eig(A)
    top = np.argmax(np.abs(values))
    return float(values[top].real), vectors[:, top].real / np.linalg.norm(vectors[:, top].real)


def power_iteration__returns_after_max_iter(A, tol=1e-10, max_iter=10_000):
    A, v = _start(A)
    eigenvalue = 0.0
    for _ in range(max_iter):
        w = A @ v
        eigenvalue = v @ w
        if np.linalg.norm(w - eigenvalue * v) <= tol * np.linalg.norm(w):
            break
        v = w / np.linalg.norm(w)
    return float(eigenvalue), v


def power_iteration__ones_start_and_opposite_sign(A, tol=1e-10, max_iter=10_000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be square")
    v = np.ones(len(A)) / math.sqrt(len(A))
    for _ in range(max_iter):
        w = A @ v
        eigenvalue = v @ w
        if np.linalg.norm(w - eigenvalue * v) <= tol * abs(eigenvalue):
            return eigenvalue, -v
        v = w / np.linalg.norm(w)
    raise np.linalg.LinAlgError("no convergence")
