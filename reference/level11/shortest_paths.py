"""Reference shortest paths: the oracle and the speed baseline (NumPy only)."""

import numpy as np


def _check(A, source):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"the matrix must be square, got shape {A.shape}")
    if not 0 <= source < A.shape[0]:
        raise ValueError(f"source must be a vertex 0..{A.shape[0] - 1}, got {source}")
    return A


def bfs_distances(A, source):
    A = _check(A, source)
    n = A.shape[0]
    dist = np.full(n, -1, dtype=np.int64)
    dist[source] = 0
    frontier = np.array([source])
    level = 0
    while frontier.size:
        level += 1
        reached = (A[frontier] != 0).any(axis=0)
        reached &= dist < 0
        frontier = np.flatnonzero(reached)
        dist[frontier] = level
    return dist


def dijkstra(W, source):
    W = np.asarray(_check(W, source), dtype=float)
    if (W < 0).any():
        raise ValueError("Dijkstra needs non-negative weights")
    n = W.shape[0]
    lengths = np.where(W > 0, W, np.inf)
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    tentative = dist.copy()  # inf once a vertex is settled
    settled = np.zeros(n, dtype=bool)
    for _ in range(n):
        u = int(np.argmin(tentative))
        if tentative[u] == np.inf:
            break
        settled[u] = True
        tentative[u] = np.inf
        candidate = dist[u] + lengths[u]
        better = (candidate < dist) & ~settled
        dist[better] = candidate[better]
        tentative[better] = candidate[better]
    return dist
