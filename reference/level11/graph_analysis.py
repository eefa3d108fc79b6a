"""Reference connected components and PageRank: the oracle and the speed baseline (NumPy only)."""

import numpy as np


def connected_components(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix, got shape {A.shape}")
    B = A != 0
    B |= B.T
    n = A.shape[0]
    labels = np.full(n, -1, dtype=np.int64)
    k = 0
    for start in range(n):
        if labels[start] >= 0:
            continue
        labels[start] = k
        frontier = np.array([start])
        while frontier.size:
            reached = B[frontier].any(axis=0) & (labels < 0)
            frontier = np.flatnonzero(reached)
            labels[frontier] = k
        k += 1
    return k, labels


# From this many vertices the dense matrix leaves the cache, and a sparse graph is iterated as a list of
# edges instead: O(edges) per step rather than O(n²).
SPARSE_FROM = 512


def pagerank(A, alpha=0.85, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square matrix, got shape {A.shape}")
    if (A < 0).any():
        raise ValueError("edge weights must be non-negative")
    if not 0 <= alpha < 1:
        raise ValueError(f"alpha must be in [0, 1), got {alpha}")
    if not tol > 0:
        raise ValueError(f"tol must be > 0, got {tol}")
    n = A.shape[0]
    out = A @ np.ones(n)  # out-degrees (weighted)
    dangling = out == 0
    jump = 1.0 - alpha
    if n >= SPARSE_FROM:
        edges = np.flatnonzero(A.ravel() != 0)
        if len(edges) <= n * n // 32:  # sparse: iterate over the edges, O(edges) per step
            source, target = np.divmod(edges, n)
            share = A.ravel()[edges] / out[source]  # P[u, v] = A[u, v] / out(u)
            r = np.full(n, 1.0 / n)
            while True:
                # (r P)_v = sum over edges u -> v of r_u P[u, v]: one weighted bincount
                new = np.bincount(target, weights=r[source] * share, minlength=n)
                new *= alpha
                new += (alpha * r[dangling].sum() + jump) / n
                if np.abs(new - r).sum() < tol:
                    return new
                r = new
    P = A / np.where(dangling, 1.0, out)[:, None]
    r = np.full(n, 1.0 / n)
    while True:
        new = alpha * (r @ P) + (alpha * r[dangling].sum() + jump) / n
        if np.abs(new - r).sum() < tol:
            return new
        r = new
