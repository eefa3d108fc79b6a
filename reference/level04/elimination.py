"""Reference Gaussian elimination (LU with partial pivoting): the oracle and the speed baseline.

The suite checks learner results against ``np.linalg.solve`` / ``np.linalg.slogdet`` (LAPACK) and
backward errors; the speed baseline is this vectorised elimination (one rank-1 update of the
trailing block per column), the fastest way to write the algorithm in NumPy without LAPACK.
"""

import numpy as np

EPS = np.finfo(float).eps


def _square(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square 2-D array, got shape {A.shape}")
    return A


def gauss_solve(A, b):
    A = _square(A)
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError(f"b must have shape ({n},) or ({n}, k) to match A {A.shape}, got {b.shape}")
    # One augmented matrix [A | b]: each step updates both with one rank-1 product.
    M = np.concatenate([A, b.reshape(n, -1)], axis=1)
    tol = n * EPS * np.abs(A).max() if n else 0.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        pivot = M[p, k]
        if abs(pivot) <= tol:
            raise np.linalg.LinAlgError(f"A is singular: no pivot larger than {tol:.2g} in column {k}")
        if p != k:
            M[[k, p], k:] = M[[p, k], k:]
        if k + 1 < n:
            M[k + 1:, k + 1:] -= np.multiply.outer(M[k + 1:, k] / pivot, M[k, k + 1:])
    U, y = M[:, :n], M[:, n:]
    x = np.empty_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(b.shape)


def slogdet_lu(A):
    U = _square(A).copy()
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        pivot = U[p, k]
        if pivot == 0.0:
            return 0.0, -np.inf
        if p != k:
            U[[k, p], k:] = U[[p, k], k:]
            sign = -sign
        if k + 1 < n:
            U[k + 1:, k + 1:] -= np.multiply.outer(U[k + 1:, k] / pivot, U[k, k + 1:])
    pivots = np.diagonal(U)
    sign *= float(np.prod(np.sign(pivots)))
    return sign, float(np.sum(np.log(np.abs(pivots))))
