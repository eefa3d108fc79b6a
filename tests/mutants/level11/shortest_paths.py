"""Plausible versions of exercises/level11/shortest_paths.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import heapq
from collections import deque

import numpy as np

EXPECTED = {
    "bfs_distances__per_edge_queue": ("too_slow", "expand a whole frontier"),
    "bfs_distances__per_vertex_queue": ("too_slow", "one vertex at a time"),
    "bfs_distances__follows_columns": ("failed", "followed the edges backwards"),
    "bfs_distances__unreachable_zero": ("failed", "must get -1"),
    "bfs_distances__returns_floats_with_inf": ("failed", "unreachable vertices get -1"),
    "bfs_distances__csgraph": ("forbidden", "scipy.sparse.csgraph"),
    "bfs_distances__boolean_matvec": ("passed", None),
    "dijkstra__transposed": ("failed", "relax the row"),
    "dijkstra__zero_is_edge": ("failed", "means no edge"),
    "dijkstra__hop_counts": ("failed", "hop counts"),
    "dijkstra__no_negative_check": ("failed", "negative edge length"),
    "dijkstra__unreachable_large": ("failed", "np.inf"),
    "dijkstra__csgraph": ("forbidden", "scipy.sparse.csgraph"),
    "dijkstra__heapq": ("passed", None),
}


def _mutant_check(A, source):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not 0 <= source < len(A):
        raise ValueError("bad input")
    return A


def _mutant_bfs(A, source):
    """A correct frontier BFS (what the wrong versions below build on)."""
    A = _mutant_check(A, source)
    dist = np.full(len(A), -1, dtype=np.int64)
    dist[source] = 0
    frontier, level = np.array([source]), 0
    while frontier.size:
        level += 1
        frontier = np.flatnonzero((A[frontier] != 0).any(axis=0) & (dist < 0))
        dist[frontier] = level
    return dist


def _mutant_dijkstra(W, source):
    """A correct O(n²) Dijkstra (what the wrong versions below build on)."""
    W = _mutant_lengths(W, source)
    lengths = np.where(W > 0, W, np.inf)
    dist = np.full(len(W), np.inf)
    dist[source] = 0.0
    done = np.zeros(len(W), dtype=bool)
    for _ in range(len(W)):
        u = int(np.argmin(np.where(done, np.inf, dist)))
        if done[u] or dist[u] == np.inf:
            break
        done[u] = True
        dist = np.where(done, dist, np.minimum(dist, dist[u] + lengths[u]))
    return dist


def bfs_distances__per_edge_queue(A, source):
    A = _mutant_check(A, source)
    dist = np.full(len(A), -1, dtype=np.int64)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in np.flatnonzero(A[u]):
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def bfs_distances__follows_columns(A, source):
    return _mutant_bfs(np.asarray(A).T, source)


def bfs_distances__unreachable_zero(A, source):
    return np.maximum(_mutant_bfs(A, source), 0)


def bfs_distances__returns_floats_with_inf(A, source):
    dist = _mutant_bfs(A, source).astype(float)
    dist[dist < 0] = np.inf
    return dist


def bfs_distances__csgraph(A, source):
    from scipy.sparse.csgraph import shortest_path

    dist = shortest_path(_mutant_check(A, source), unweighted=True, indices=source)
    return np.where(np.isinf(dist), -1, dist).astype(np.int64)


def bfs_distances__boolean_matvec(A, source):
    # The frontier as a boolean vector f: the vertices it reaches are f @ B (an OR of the rows of B).
    B = _mutant_check(A, source) != 0
    dist = np.full(len(B), -1)
    dist[source] = 0
    frontier = np.zeros(len(B), dtype=bool)
    frontier[source] = True
    level = 0
    while frontier.any():
        level += 1
        frontier = (frontier @ B) & (dist < 0)
        dist[frontier] = level
    return dist


def _mutant_lengths(W, source):
    W = np.asarray(_mutant_check(W, source), dtype=float)
    if (W < 0).any():
        raise ValueError("negative weight")
    return W


def dijkstra__transposed(W, source):
    return _mutant_dijkstra(np.asarray(W).T, source)


def dijkstra__zero_is_edge(W, source):
    W = _mutant_lengths(W, source)
    n = len(W)
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    done = np.zeros(n, dtype=bool)
    for _ in range(n):
        u = int(np.argmin(np.where(done, np.inf, dist)))
        done[u] = True
        dist = np.where(done, dist, np.minimum(dist, dist[u] + W[u]))
    return dist


def dijkstra__hop_counts(W, source):
    hops = _mutant_bfs(_mutant_lengths(W, source), source).astype(float)
    return np.where(hops < 0, np.inf, hops)


def dijkstra__no_negative_check(W, source):
    W = np.asarray(_mutant_check(W, source), dtype=float)
    return _mutant_dijkstra(np.maximum(W, 0.0), source)


def dijkstra__unreachable_large(W, source):
    dist = _mutant_dijkstra(W, source)
    return np.where(np.isinf(dist), 1e18, dist)


def dijkstra__csgraph(W, source):
    from scipy.sparse import csgraph

    return csgraph.dijkstra(_mutant_lengths(W, source), indices=source)


def dijkstra__heapq(W, source):
    # Lazy-deletion Dijkstra with a binary heap; the relaxation of a row is still vectorised.
    W = _mutant_lengths(W, source)
    dist = np.full(len(W), np.inf)
    dist[source] = 0.0
    done = np.zeros(len(W), dtype=bool)
    heap = [(0.0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        neighbours = np.flatnonzero(W[u] > 0)
        candidate = d + W[u, neighbours]
        better = candidate < dist[neighbours]
        dist[neighbours[better]] = candidate[better]
        for v, c in zip(neighbours[better].tolist(), candidate[better].tolist()):
            heapq.heappush(heap, (c, v))
    return dist


def bfs_distances__per_vertex_queue(A, source):
    A = _mutant_check(A, source)
    dist = np.full(len(A), -1, dtype=np.int64)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        new = np.flatnonzero((A[u] != 0) & (dist < 0))
        dist[new] = dist[u] + 1
        queue.extend(new.tolist())
    return dist
