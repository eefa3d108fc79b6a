"""Plausible versions of exercises/level11/graph_matrices.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np
import scipy.sparse

EXPECTED = {
    "adjacency_matrix__overwrites_duplicates": ("failed", "parallel edges must add up"),
    "adjacency_matrix__doubles_self_loops": ("failed", "doubles the diagonal"),
    "adjacency_matrix__always_symmetric": ("failed", "you also set A[v, u]"),
    "adjacency_matrix__scipy_coo": ("forbidden", "scipy.sparse"),
    "adjacency_matrix__bincount": ("passed", None),
    "laplacian__sign_flipped": ("failed", "opposite sign"),
    "laplacian__random_walk": ("failed", "random-walk"),
    "laplacian__divides_by_zero_degree": ("failed", "isolated vertex has degree 0"),
    "laplacian__fills_diagonal_in_place": ("failed", "modified its input A"),
    "laplacian__double_loop": ("too_slow", "no loop over entries"),
    "laplacian__list_comprehension": ("too_slow", "no loop over entries"),
    "laplacian__csgraph": ("forbidden", "scipy.sparse.csgraph"),
    "laplacian__diag_and_outer": ("passed", None),
}


def _mutant_edges(edges, n, weights):
    edges = np.asarray(edges)
    if edges.ndim != 2 or edges.shape[1] != 2 or (edges.size and (edges.min() < 0 or edges.max() >= n)):
        raise ValueError("bad edges")
    if weights is not None and np.shape(weights) != (len(edges),):
        raise ValueError("bad weights")
    return edges[:, 0], edges[:, 1], (np.ones(len(edges)) if weights is None else np.asarray(weights, float))


def adjacency_matrix__overwrites_duplicates(edges, n, directed=False, weights=None):
    u, v, w = _mutant_edges(edges, n, weights)
    A = np.zeros((n, n))
    A[u, v] += w
    if not directed:
        A[v, u] += w
    return A


def adjacency_matrix__doubles_self_loops(edges, n, directed=False, weights=None):
    u, v, w = _mutant_edges(edges, n, weights)
    A = np.zeros((n, n))
    if weights is None:
        A[u, v] = 1.0
    else:
        np.add.at(A, (u, v), w)
    return A if directed else A + A.T


def adjacency_matrix__always_symmetric(edges, n, directed=False, weights=None):
    u, v, w = _mutant_edges(edges, n, weights)
    A = np.zeros((n, n))
    off = u != v
    if weights is None:
        A[u, v] = A[v, u] = 1.0
    else:
        np.add.at(A, (u, v), w)
        np.add.at(A, (v[off], u[off]), w[off])
    return A


def adjacency_matrix__scipy_coo(edges, n, directed=False, weights=None):
    u, v, w = _mutant_edges(edges, n, weights)
    if not directed:
        off = u != v
        u, v, w = np.concatenate([u, v[off]]), np.concatenate([v, u[off]]), np.concatenate([w, w[off]])
    A = scipy.sparse.coo_array((w, (u, v)), shape=(n, n)).toarray()
    return np.minimum(A, 1.0) if weights is None else A


def adjacency_matrix__bincount(edges, n, directed=False, weights=None):
    # One flat index u * n + v per edge; np.bincount adds the weights of equal indices.
    u, v, w = _mutant_edges(edges, n, weights)
    A = np.bincount(u * n + v, weights=w, minlength=n * n).reshape(n, n)
    if not directed:
        A = A + A.T - np.diag(np.diag(A))
    return (A > 0).astype(float) if weights is None else A


def _mutant_symmetric(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.array_equal(A, A.T):
        raise ValueError("A must be square and symmetric")
    return A


def laplacian__sign_flipped(A, normed=False):
    A = _mutant_symmetric(A)
    A0 = A - np.diag(np.diag(A))
    d = A0.sum(axis=1)
    if not normed:
        return A0 - np.diag(d)
    s = np.sqrt(np.where(d > 0, d, 1.0))
    return A0 / np.outer(s, s) - np.diag((d > 0).astype(float))


def laplacian__random_walk(A, normed=False):
    A = _mutant_symmetric(A).copy()
    np.fill_diagonal(A, 0.0)
    d = A.sum(axis=1)
    if not normed:
        return np.diag(d) - A
    safe = np.where(d > 0, d, 1.0)
    return np.diag((d > 0).astype(float)) - A / safe[:, None]


def laplacian__divides_by_zero_degree(A, normed=False):
    A = _mutant_symmetric(A).copy()
    np.fill_diagonal(A, 0.0)
    d = A.sum(axis=1)
    if not normed:
        return np.diag(d) - A
    s = 1.0 / np.sqrt(d)
    s[~np.isfinite(s)] = 0.0
    return np.diag((d > 0).astype(float)) - s[:, None] * A * s[None, :]


def laplacian__fills_diagonal_in_place(A, normed=False):
    A = _mutant_symmetric(A)  # no copy: np.asarray returns the caller's array
    np.fill_diagonal(A, 0.0)
    d = A.sum(axis=1)
    if not normed:
        return np.diag(d) - A
    s = np.sqrt(np.where(d > 0, d, 1.0))
    return np.diag((d > 0).astype(float)) - A / np.outer(s, s)


def laplacian__double_loop(A, normed=False):
    A = _mutant_symmetric(A)
    n = len(A)
    d = [sum(A[i, j] for j in range(n) if j != i) for i in range(n)]
    L = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i == j:
                L[i, j] = (1.0 if d[i] > 0 else 0.0) if normed else d[i]
            elif A[i, j] != 0:
                L[i, j] = -A[i, j] / np.sqrt(d[i] * d[j]) if normed else -A[i, j]
    return L


def laplacian__csgraph(A, normed=False):
    from scipy.sparse.csgraph import laplacian as csgraph_laplacian

    return csgraph_laplacian(_mutant_symmetric(A), normed=normed)


def laplacian__diag_and_outer(A, normed=False):
    A = _mutant_symmetric(A)
    A0 = A - np.diag(np.diag(A))
    d = A0.sum(axis=0)
    if not normed:
        return np.diag(d) - A0
    s = np.sqrt(np.where(d > 0, d, 1.0))
    return np.diag(np.sign(d)) - A0 / np.outer(s, s)


def laplacian__list_comprehension(A, normed=False):
    A = _mutant_symmetric(A)
    rows = A.tolist()
    n = len(rows)
    d = [sum(row) - row[i] for i, row in enumerate(rows)]
    if normed:
        s = [x ** 0.5 if x > 0 else 1.0 for x in d]
        return np.array([[(1.0 if d[i] > 0 else 0.0) if i == j else 0.0 - rows[i][j] / (s[i] * s[j])
                          for j in range(n)] for i in range(n)])
    return np.array([[d[i] if i == j else 0.0 - rows[i][j] for j in range(n)] for i in range(n)])
