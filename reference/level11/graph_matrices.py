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


def _check_symmetric(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix, got shape {A.shape}")
    if not np.array_equal(A, A.T):
        raise ValueError("A must be symmetric (an undirected graph)")
    return A


def laplacian(A, normed=False):
    A = _check_symmetric(A).copy()
    np.fill_diagonal(A, 0.0)  # self-loops are ignored
    degree = A.sum(axis=1)
    if not normed:
        L = 0.0 - A
        L[np.diag_indices_from(L)] = degree
        return L
    scale = np.sqrt(degree)
    scale[scale == 0] = 1.0  # isolated vertices: their row and column of A are zero anyway
    L = 0.0 - (A / scale[:, None]) / scale[None, :]
    L[np.diag_indices_from(L)] = (degree > 0).astype(float)
    return L
