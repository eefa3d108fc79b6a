"""Plausible versions of exercises/level11/graph_analysis.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "connected_components__follows_out_edges": ("failed", "edge direction does not matter"),
    "connected_components__root_labels": ("failed", "0..k-1"),
    "connected_components__forgets_isolated": ("failed", None),
    "connected_components__csgraph": ("forbidden", "scipy.sparse.csgraph"),
    "connected_components__label_propagation": ("passed", None),
    "pagerank__dangling_leak": ("failed", "dangling vertices"),
    "pagerank__alpha_swapped": ("failed", "the random jump gets 1 - alpha"),
    "pagerank__transposed": ("failed", "you used the transpose"),
    "pagerank__divides_by_zero": ("failed", "dangling vertex"),
    "pagerank__loop_over_vertices": ("too_slow", "no loop over vertices"),
    "pagerank__eig": ("forbidden", "numpy.linalg.eig"),
    "pagerank__column_stochastic": ("passed", None),
}


def _mutant_square(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return A


def _mutant_components(A):
    """Correct components by frontier BFS (what the wrong versions below build on)."""
    B = _mutant_square(A) != 0
    return connected_components__follows_out_edges(B | B.T)


def connected_components__follows_out_edges(A):
    B = _mutant_square(A) != 0
    labels = np.full(len(B), -1)
    k = 0
    for start in range(len(B)):
        if labels[start] >= 0:
            continue
        labels[start] = k
        frontier = np.array([start])
        while frontier.size:
            frontier = np.flatnonzero(B[frontier].any(axis=0) & (labels < 0))
            labels[frontier] = k
        k += 1
    return k, labels


def connected_components__root_labels(A):
    k, labels = _mutant_components(A)
    first = np.array([np.flatnonzero(labels == c)[0] for c in range(k)])
    return k, first[labels]  # the smallest vertex of each component as its label


def connected_components__forgets_isolated(A):
    B = _mutant_square(A) != 0
    B = B | B.T
    k, labels = _mutant_components(A)
    isolated = ~B.any(axis=1)
    if isolated.any() and not isolated.all():
        keep = np.unique(labels[~isolated])
        labels = np.where(isolated, keep[0], labels)
        return len(keep), np.searchsorted(keep, labels)
    return k, labels


def connected_components__csgraph(A):
    from scipy.sparse.csgraph import connected_components as components

    return components(_mutant_square(A), connection="weak")


def connected_components__label_propagation(A):
    # Every vertex takes the smallest label among itself and its neighbours until nothing changes.
    B = _mutant_square(A) != 0
    B = B | B.T | np.eye(len(B), dtype=bool)
    labels = np.arange(len(B))
    while True:
        new = np.where(B, labels[None, :], len(B)).min(axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    _, labels = np.unique(labels, return_inverse=True)
    return int(labels.max()) + 1 if len(labels) else 0, labels.ravel()


def _mutant_pagerank_input(A, alpha, tol):
    A = np.asarray(_mutant_square(A), dtype=float)
    if (A < 0).any() or not 0 <= alpha < 1 or not tol > 0:
        raise ValueError("bad input")
    return A


def pagerank__dangling_leak(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol)
    out = A.sum(axis=1)
    P = A / np.where(out == 0, 1.0, out)[:, None]
    r = np.full(len(A), 1.0 / len(A))
    while True:
        new = alpha * (r @ P) + (1.0 - alpha) / len(A)
        if np.abs(new - r).sum() < tol:
            return new
        r = new


def pagerank__alpha_swapped(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol)
    out = A.sum(axis=1)
    P = A / np.where(out == 0, 1.0, out)[:, None]
    r = np.full(len(A), 1.0 / len(A))
    while True:
        new = (1.0 - alpha) * (r @ P) + ((1.0 - alpha) * r[out == 0].sum() + alpha) / len(A)
        if np.abs(new - r).sum() < tol:
            return new
        r = new


def pagerank__transposed(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol).T
    out = A.sum(axis=1)
    P = A / np.where(out == 0, 1.0, out)[:, None]
    r = np.full(len(A), 1.0 / len(A))
    while True:
        new = alpha * (r @ P) + (alpha * r[out == 0].sum() + 1.0 - alpha) / len(A)
        if np.abs(new - r).sum() < tol:
            return new
        r = new


def pagerank__divides_by_zero(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol)
    out = A.sum(axis=1)
    P = A / out[:, None]
    P[out == 0] = 1.0 / len(A)
    r = np.full(len(A), 1.0 / len(A))
    while True:
        new = alpha * (r @ P) + (1.0 - alpha) / len(A)
        if np.abs(new - r).sum() < tol:
            return new
        r = new


def pagerank__loop_over_vertices(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol)
    n = len(A)
    out = A.sum(axis=1)
    r = np.full(n, 1.0 / n)
    while True:
        new = np.full(n, (1.0 - alpha) / n)
        for i in range(n):
            if out[i] == 0:
                new += alpha * r[i] / n
            else:
                new += alpha * r[i] * A[i] / out[i]
        if np.abs(new - r).sum() < tol:
            return new
        r = new


def pagerank__eig(A, alpha=0.85, tol=1e-10):
    A = _mutant_pagerank_input(A, alpha, tol)
    n = len(A)
    out = A.sum(axis=1)
    P = A / np.where(out == 0, 1.0, out)[:, None]
    P[out == 0] = 1.0 / n
    G = alpha * P + (1.0 - alpha) / n
    values, vectors = np.linalg.eig(G.T)
    r = np.real(vectors[:, np.argmax(np.real(values))])
    return r / r.sum()


def pagerank__column_stochastic(A, alpha=0.85, tol=1e-10):
    # The column convention M = Pᵀ (column j holds the out-edges of j), r = M r; stops on the max-norm.
    A = _mutant_pagerank_input(A, alpha, tol)
    n = len(A)
    out = A.sum(axis=1)
    M = np.divide(A.T, out[None, :], out=np.zeros_like(A.T), where=out[None, :] > 0)
    dangling = np.where(out == 0, 1.0 / n, 0.0)
    r = np.ones(n) / n
    for _ in range(100_000):
        new = alpha * (M @ r + dangling @ r) + (1.0 - alpha) / n
        if np.max(np.abs(new - r)) < tol / n:
            break
        r = new
    return new / new.sum()
