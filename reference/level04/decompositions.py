"""Reference QR (Householder, Gram–Schmidt) and power iteration: the oracle and the speed baseline.

``qr_householder`` is a vectorised Householder QR (the learner's algorithm, written as fast as
NumPy allows); the suite compares learner results with ``np.linalg.qr`` up to signs and checks
QᵀQ = I, QR = A and that R is upper triangular directly.
"""

import numpy as np

EPS = np.finfo(float).eps


def _matrix(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"A must be 2-D, got shape {A.shape}")
    return A


def qr_householder(A):
    R = _matrix(A).copy()
    m, n = R.shape
    k = min(m, n)
    V = np.zeros((m, k))  # the unit Householder vectors, v_j in V[j:, j]
    for j in range(k):
        x = R[j:, j]
        norm_x = np.sqrt(x @ x)
        if norm_x == 0.0:
            continue  # nothing to eliminate: H_j = I
        v = x.copy()
        v[0] += np.copysign(norm_x, x[0])  # x + sign(x₀)‖x‖e₁: no cancellation
        v /= np.sqrt(v @ v)
        V[j:, j] = v
        R[j:, j:] -= 2.0 * np.multiply.outer(v, v @ R[j:, j:])
    Q = np.eye(m, k)
    for j in range(k - 1, -1, -1):  # Q = H_0 H_1 … H_{k-1} I[:, :k], applied right to left
        v = V[j:, j]
        Q[j:, j:] -= 2.0 * np.multiply.outer(v, v @ Q[j:, j:])
    return Q, np.triu(R[:k])


def gram_schmidt(A):
    A = _matrix(A)
    m, n = A.shape
    if n > m:
        raise ValueError(f"{n} columns in {m} dimensions cannot be linearly independent")
    V = A.copy()
    Q = np.empty((m, n))
    R = np.zeros((n, n))
    column_norms = np.sqrt(np.einsum("ij,ij->j", A, A))
    for j in range(n):
        r = np.sqrt(V[:, j] @ V[:, j])
        if r <= m * EPS * column_norms[j]:
            raise np.linalg.LinAlgError(f"column {j} is (numerically) a combination of the previous ones")
        R[j, j] = r
        Q[:, j] = V[:, j] / r
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.multiply.outer(Q[:, j], R[j, j + 1:])
    return Q, R


def power_iteration(A, tol=1e-10, max_iter=10_000):
    A = _matrix(A)
    n = A.shape[0]
    if A.shape != (n, n) or n == 0:
        raise ValueError(f"A must be a non-empty square matrix, got shape {A.shape}")
    v = np.random.default_rng(0).normal(size=n)
    v /= np.sqrt(v @ v)
    for _ in range(max_iter):
        w = A @ v
        eigenvalue = v @ w
        residual = w - eigenvalue * v
        norm_w = np.sqrt(w @ w)
        if np.sqrt(residual @ residual) <= tol * norm_w:
            return float(eigenvalue), v
        v = w / norm_w
    raise np.linalg.LinAlgError(f"power iteration did not converge in {max_iter} iterations")
