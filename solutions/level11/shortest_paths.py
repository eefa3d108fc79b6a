"""Shortest paths from one source: breadth-first search (hops) and Dijkstra (weighted lengths)."""

import numpy as np


def _check_square_and_source(A, source):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"the adjacency matrix must be square (n, n), got shape {A.shape}")
    if not 0 <= source < A.shape[0]:
        raise ValueError(f"source must be a vertex 0..{A.shape[0] - 1}, got {source}")
    return A


def bfs_distances(A, source):
    """Number of edges on a shortest path from source to every vertex (-1 if unreachable)."""
    A = _check_square_and_source(A, source)
    n = A.shape[0]
    dist = np.full(n, -1, dtype=np.int64)  # -1 marks "not reached (yet)"
    dist[source] = 0
    # BFS visits the graph level by level: the frontier is the set of vertices at distance `level`.
    # Instead of popping one vertex at a time, expand the whole frontier at once: a vertex is at
    # distance level + 1 when some frontier vertex u has an edge u -> v (A[u, v] != 0) and v was not
    # reached before. Looking at the frontier's rows, A[frontier], and OR-ing them down the columns
    # does this for all frontier vertices together; every row is read once in the whole search.
    frontier = np.array([source])
    level = 0
    while frontier.size:
        level += 1
        reached = (A[frontier] != 0).any(axis=0) & (dist < 0)
        frontier = np.flatnonzero(reached)
        dist[frontier] = level
    return dist


def dijkstra(W, source):
    """Length of a shortest path from source to every vertex (inf if unreachable)."""
    W = np.asarray(_check_square_and_source(W, source), dtype=float)
    if (W < 0).any():
        raise ValueError("Dijkstra's algorithm needs non-negative edge weights; W has negative entries "
                         "(use Bellman-Ford for those)")
    n = W.shape[0]
    # 0 means "no edge": turn it into an infinitely long edge so that it never wins a relaxation.
    lengths = np.where(W > 0, W, np.inf)
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    settled = np.zeros(n, dtype=bool)
    for _ in range(n):
        # Greedy step: the unsettled vertex with the smallest tentative distance is final, because
        # any other path to it would leave the settled set through a vertex that is no closer, and
        # non-negative weights can only add length from there on.
        candidates = np.where(settled, np.inf, dist)
        u = int(np.argmin(candidates))
        if candidates[u] == np.inf:
            break  # everything left is unreachable
        settled[u] = True
        # Relax all edges out of u at once: dist[v] = min(dist[v], dist[u] + W[u, v]) for the whole
        # row. Settled vertices cannot improve, and inf + anything stays inf for missing edges.
        dist = np.minimum(dist, np.where(settled, np.inf, dist[u] + lengths[u]))
    return dist
