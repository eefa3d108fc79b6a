"""Graphs as matrices: the adjacency matrix of an edge list, and the graph Laplacian."""

import numpy as np


def adjacency_matrix(edges, n, directed=False, weights=None):
    """The (n, n) adjacency matrix of an edge list."""
    edges = np.asarray(edges)
    if edges.ndim != 2 or edges.shape[1] != 2:
        raise ValueError(f"edges must have shape (m, 2), one (u, v) pair per row; got shape {edges.shape}")
    if n < 0:
        raise ValueError(f"n is a number of vertices and must be >= 0, got {n}")
    if edges.size and (edges.min() < 0 or edges.max() >= n):
        raise ValueError(f"every endpoint must be a vertex 0..{n - 1}; got values from {edges.min()} "
                         f"to {edges.max()}")
    u, v = edges[:, 0], edges[:, 1]
    A = np.zeros((n, n))
    if weights is None:
        # Unweighted: an entry is 1 when at least one edge joins the pair. Fancy assignment with
        # repeated indices simply writes 1 several times, so duplicates collapse for free.
        A[u, v] = 1.0
        if not directed:
            A[v, u] = 1.0  # for a self-loop (u == v) this writes the same diagonal entry again: still 1
        return A
    weights = np.asarray(weights, dtype=float)
    if weights.shape != (edges.shape[0],):
        raise ValueError(f"weights must have shape ({edges.shape[0]},), one per edge; got {weights.shape}")
    # Weighted: parallel edges add up. `A[u, v] += w` would NOT do that when a pair repeats, since
    # fancy indexing reads all the old values first and the last write wins. np.add.at is the
    # unbuffered version: every (u_k, v_k, w_k) is added in turn.
    np.add.at(A, (u, v), weights)
    if not directed:
        # An undirected edge {u, v} also shows up as A[v, u]. A self-loop has only one entry, the
        # diagonal one, which is already there: mirroring it would count it twice.
        off_diagonal = u != v
        np.add.at(A, (v[off_diagonal], u[off_diagonal]), weights[off_diagonal])
    return A


def laplacian(A, normed=False):
    """The graph Laplacian D - A, or its symmetric normalisation I - D^(-1/2) A D^(-1/2)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square (n, n) matrix, got shape {A.shape}")
    if not np.array_equal(A, A.T):
        raise ValueError("A must be symmetric (an undirected graph); for a directed graph use A + A.T")
    # Self-loops are ignored: work on a copy with a zero diagonal (never change the caller's A).
    A = A.copy()
    np.fill_diagonal(A, 0.0)
    degree = A.sum(axis=1)  # d_i = sum_j A_ij, the total weight of the edges at vertex i
    if not normed:
        # L = D - A: off the diagonal -A_ij, on the diagonal d_i. No (n, n) matrix D is needed.
        L = 0.0 - A  # (0.0 - 0.0 is +0.0, where -A would print -0.)
        L[np.diag_indices_from(L)] = degree
        return L
    # L_sym = I - D^(-1/2) A D^(-1/2), i.e. entry (i, j) is -A_ij / sqrt(d_i d_j): scale the rows and
    # the columns by broadcasting instead of multiplying by diagonal matrices (O(n²), not O(n³)).
    # An isolated vertex has d_i = 0; its row and column of A are zero, so divide by 1 instead of 0
    # (no warning, no NaN) and give it a 0 on the diagonal: its row and column of L are all zero.
    scale = np.sqrt(degree)
    scale[degree == 0] = 1.0
    L = 0.0 - (A / scale[:, None]) / scale[None, :]
    L[np.diag_indices_from(L)] = np.where(degree > 0, 1.0, 0.0)
    return L
