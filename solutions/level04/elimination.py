"""Gaussian elimination with partial pivoting: solving A x = b, and log|det A| from the LU factors."""

import numpy as np


def _check_square(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix (n, n), got shape {A.shape}")
    return A


def gauss_solve(A, b):
    """Solve A x = b by Gaussian elimination with partial pivoting; x has the shape of b."""
    A = _check_square(A)
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError(f"b must have shape ({n},) or ({n}, k) to match A of shape {A.shape}, got {b.shape}")
    # Work on copies: elimination overwrites its matrix, and the caller's A and b must survive.
    U = A.copy()
    y = b.reshape(n, -1).copy()  # one column per right-hand side
    # A pivot this small compared with the entries of A is zero up to rounding: A is singular.
    # The threshold must be *relative* (n ε max|A|): an absolute one such as 1e-12 would call the
    # perfectly fine matrix 1e-13 · I singular.
    tol = n * np.finfo(float).eps * np.abs(A).max() if n else 0.0
    for k in range(n):
        # Partial pivoting: bring the row with the largest |entry| in column k to row k. Dividing
        # by a tiny pivot (like 1e-20) would create huge multipliers that swamp the other entries.
        p = k + np.argmax(np.abs(U[k:, k]))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError(f"A is singular: column {k} has no pivot larger than {tol:.2g}")
        if p != k:
            U[[k, p]] = U[[p, k]]  # swap the rows of the system (A and b together)
            y[[k, p]] = y[[p, k]]
        # Eliminate below the pivot: row_i -= l_i row_k with l_i = U[i, k] / U[k, k], for every
        # i > k at once. The multipliers form a column, the pivot row a row: one outer product.
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(l, U[k, k:])
        y[k + 1:] -= np.outer(l, y[k])
    # Back substitution on the upper-triangular U x = y, from the last row up:
    #     x_i = (y_i - Σ_{j>i} U_ij x_j) / U_ii.
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(b.shape)


def slogdet_lu(A):
    """Sign and natural log of |det A| from an LU factorisation with partial pivoting."""
    U = _check_square(A).copy()
    n = U.shape[0]
    # P A = L U with L unit lower triangular, so det A = det(P)⁻¹ · Π U_kk, and every row swap
    # flips the sign of det(P). Work with log|U_kk| instead of the product: the determinant of a
    # 200 × 200 matrix easily exceeds 1e308 (overflow) or falls below 1e-308 (underflow).
    sign = 1.0
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if U[p, k] == 0.0:
            # A whole column of zeros below the diagonal: A is singular, det A = 0, log 0 = -inf.
            # Return it directly; np.log(0) would raise a divide-by-zero warning.
            return 0.0, -np.inf
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(l, U[k, k:])
    pivots = np.diag(U)
    sign *= np.prod(np.sign(pivots))  # the sign of a product is the product of the signs
    return float(sign), float(np.sum(np.log(np.abs(pivots))))
