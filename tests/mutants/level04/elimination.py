"""Plausible versions of exercises/level04/elimination.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "gauss_solve__triple_loop": ("too_slow", "loops over single entries"),
    "gauss_solve__calls_np_solve": ("forbidden", "numpy.linalg.solve"),
    "gauss_solve__no_pivoting": ("failed", "partial pivoting"),
    "gauss_solve__forgets_to_swap_b": ("failed", "swap the same two rows of b"),
    "gauss_solve__absolute_tolerance": ("failed", "an absolute threshold"),
    "gauss_solve__lu_with_permutation_vector": ("passed", None),
    "slogdet_lu__triple_loop": ("too_slow", "loops over single entries"),
    "slogdet_lu__calls_np_slogdet": ("forbidden", "numpy.linalg.slogdet"),
    "slogdet_lu__log_of_product": ("failed", "add up log|pivot|"),
    "slogdet_lu__ignores_row_swaps": ("failed", "every row swap flips the sign"),
    "slogdet_lu__permutation_parity": ("passed", None),
}


def _setup(A, b):
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    b = np.array(b, dtype=float)
    return A, b.reshape(len(A), -1), b.shape, len(A) * np.finfo(float).eps * np.abs(A).max()


def _back_substitute(U, y):
    x = np.zeros_like(y)
    for i in range(len(U) - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def gauss_solve__triple_loop(A, b):
    A, y, shape, tol = _setup(A, b)
    n, k = y.shape
    for col in range(n):
        p = max(range(col, n), key=lambda row: abs(A[row, col]))
        if abs(A[p, col]) <= tol:
            raise np.linalg.LinAlgError("singular")
        for j in range(n):
            A[col, j], A[p, j] = A[p, j], A[col, j]
        for j in range(k):
            y[col, j], y[p, j] = y[p, j], y[col, j]
        for i in range(col + 1, n):
            factor = A[i, col] / A[col, col]
            for j in range(col, n):
                A[i, j] -= factor * A[col, j]
            for j in range(k):
                y[i, j] -= factor * y[col, j]
    x = np.zeros((n, k))
    for i in range(n - 1, -1, -1):
        for j in range(k):
            total = y[i, j]
            for t in range(i + 1, n):
                total -= A[i, t] * x[t, j]
            x[i, j] = total / A[i, i]
    return x.reshape(shape)


def gauss_solve__calls_np_solve(A, b):
    return np.linalg.solve(A, b)


def gauss_solve__no_pivoting(A, b):
    U, y, shape, tol = _setup(A, b)
    for k in range(len(U)):
        if abs(U[k, k]) <= tol:
            raise np.linalg.LinAlgError("zero pivot")
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(l, U[k, k:])
        y[k + 1:] -= np.outer(l, y[k])
    return _back_substitute(U, y).reshape(shape)


def gauss_solve__forgets_to_swap_b(A, b):
    U, y, shape, tol = _setup(A, b)
    for k in range(len(U)):
        p = k + np.argmax(np.abs(U[k:, k]))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(l, U[k, k:])
        y[k + 1:] -= np.outer(l, y[k])
    return _back_substitute(U, y).reshape(shape)


def gauss_solve__absolute_tolerance(A, b):
    U, y, shape, _ = _setup(A, b)
    for k in range(len(U)):
        p = k + np.argmax(np.abs(U[k:, k]))
        if abs(U[p, k]) < 1e-10:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(l, U[k, k:])
        y[k + 1:] -= np.outer(l, y[k])
    return _back_substitute(U, y).reshape(shape)


def gauss_solve__lu_with_permutation_vector(A, b):
    # P A = L U with the row order kept in an index vector (no row copies), reciprocal multipliers,
    # then L z = P b (forward) and U x = z (backward).
    LU, y, shape, tol = _setup(A, b)
    n = len(LU)
    order = np.arange(n)
    for k in range(n):
        p = k + int(np.argmax(np.abs(LU[order[k:], k])))
        if abs(LU[order[p], k]) <= tol:
            raise np.linalg.LinAlgError(f"A is singular (column {k})")
        order[[k, p]] = order[[p, k]]
        rows = order[k + 1:]
        LU[rows, k] *= 1.0 / LU[order[k], k]
        LU[rows, k + 1:] -= np.multiply.outer(LU[rows, k], LU[order[k], k + 1:])
    LU, z = LU[order], y[order]
    for i in range(1, n):
        z[i] -= LU[i, :i] @ z[:i]
    return _back_substitute(np.triu(LU), z).reshape(shape)


def _square_copy(A):
    U = np.array(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("A must be square")
    return U


def slogdet_lu__triple_loop(A):
    U = _square_copy(A)
    n = len(U)
    sign = 1.0
    for col in range(n):
        p = max(range(col, n), key=lambda row: abs(U[row, col]))
        if U[p, col] == 0.0:
            return 0.0, -np.inf
        if p != col:
            sign = -sign
            for j in range(n):
                U[col, j], U[p, j] = U[p, j], U[col, j]
        for i in range(col + 1, n):
            factor = U[i, col] / U[col, col]
            for j in range(col, n):
                U[i, j] -= factor * U[col, j]
    logabsdet = 0.0
    for i in range(n):
        sign *= 1.0 if U[i, i] > 0 else -1.0
        logabsdet += float(np.log(abs(U[i, i])))
    return sign, logabsdet


def slogdet_lu__calls_np_slogdet(A):
    sign, logabsdet = np.linalg.slogdet(A)
    return float(sign), float(logabsdet)


def _lu_pivots(A):
    """Pivots of LU with partial pivoting and the number of swaps, or None if a column is zero."""
    U = _square_copy(A)
    swaps = 0
    for k in range(len(U)):
        p = k + np.argmax(np.abs(U[k:, k]))
        if U[p, k] == 0.0:
            return None, swaps
        if p != k:
            U[[k, p]] = U[[p, k]]
            swaps += 1
        U[k + 1:, k:] -= np.outer(U[k + 1:, k] / U[k, k], U[k, k:])
    return np.diag(U), swaps


def slogdet_lu__log_of_product(A):
    pivots, swaps = _lu_pivots(A)
    if pivots is None:
        return 0.0, -np.inf
    det = np.prod(pivots) * (-1.0) ** swaps
    return float(np.sign(det)), float(np.log(np.abs(det)))


def slogdet_lu__ignores_row_swaps(A):
    pivots, _ = _lu_pivots(A)
    if pivots is None:
        return 0.0, -np.inf
    return float(np.prod(np.sign(pivots))), float(np.sum(np.log(np.abs(pivots))))


def slogdet_lu__permutation_parity(A):
    # Record the row order as a permutation; its sign is (-1)^(n - number of cycles).
    U = _square_copy(A)
    n = len(U)
    order = np.arange(n)
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0, float("-inf")
        U[[k, p]] = U[[p, k]]
        order[[k, p]] = order[[p, k]]
        U[k + 1:, k:] -= np.multiply.outer(U[k + 1:, k] * (1.0 / U[k, k]), U[k, k:])
    pivots = np.diagonal(U)
    seen, cycles = np.zeros(n, dtype=bool), 0
    for start in range(n):
        if not seen[start]:
            cycles += 1
            while not seen[start]:
                seen[start] = True
                start = order[start]
    sign = (-1.0) ** (n - cycles) * np.prod(np.sign(pivots))
    return np.float64(sign), np.sum(np.log(np.abs(pivots)))
