"""Reference graph matrices: the oracle and the speed baseline (NumPy only)."""

import numpy as np


def _check_edges(edges, n, weights):
    edges = np.asarray(edges)
    if edges.ndim != 2 or edges.shape[1] != 2:
        raise ValueError(f"edges must have shape (m, 2), got {edges.shape}")
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if edges.size and (edges.min() < 0 or edges.max() >= n):
        raise ValueError(f"every endpoint must be a vertex 0..{n - 1}")
    if weights is not None:
        weights = np.asarray(weights, dtype=float)
        if weights.shape != (edges.shape[0],):
            raise ValueError(f"weights must have shape ({edges.shape[0]},), got {weights.shape}")
    return edges.astype(np.intp), weights


def adjacency_matrix(edges, n, directed=False, weights=None):
    edges, weights = _check_edges(edges, n, weights)
    u, v = edges[:, 0], edges[:, 1]
    A = np.zeros((n, n))
    if weights is None:
        A[u, v] = 1.0
        if not directed:
            A[v, u] = 1.0
        return A
    np.add.at(A, (u, v), weights)
    if not directed:
        off = u != v  # a self-loop is stored once, on the diagonal
        np.add.at(A, (v[off], u[off]), weights[off])
    return A


SYMMETRY_TILE = 256  # two 256 x 256 tiles (1 MiB) stay in cache while one is read transposed


def _check_symmetric(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix, got shape {A.shape}")
    n, t = len(A), SYMMETRY_TILE
    for i in range(0, n, t):  # A == Aᵀ tile by tile: a whole transposed pass would miss the cache
        for j in range(i, n, t):
            if not np.array_equal(A[i:i + t, j:j + t], A[j:j + t, i:i + t].T):
                raise ValueError("A must be symmetric (an undirected graph)")
    return A


def laplacian(A, normed=False):
    A = _check_symmetric(A)
    degree = A @ np.ones(len(A)) - np.diagonal(A)  # self-loops are ignored
    if not normed:
        L = np.negative(A)
        np.fill_diagonal(L, degree)
        return L
    scale = np.sqrt(degree)
    scale[scale == 0] = 1.0  # isolated vertices: their row and column of A are zero anyway
    inverse = 1.0 / scale
    L = np.multiply(A, -inverse[:, None])  # -A_ij / sqrt(d_i d_j)
    L *= inverse
    np.fill_diagonal(L, (degree > 0).astype(float))
    return L
