"""The structure of a graph: its connected components, and PageRank by power iteration."""

import numpy as np


def connected_components(A):
    """Number of connected components and a component label for every vertex."""
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square (n, n) matrix, got shape {A.shape}")
    # Components ignore edge direction: i and j are linked if A[i, j] or A[j, i] is non-zero.
    linked = A != 0
    linked = linked | linked.T
    n = A.shape[0]
    labels = np.full(n, -1, dtype=np.int64)
    k = 0
    for start in range(n):
        if labels[start] >= 0:
            continue  # already in a component found earlier
        # Breadth-first search from `start`, one whole frontier at a time (see bfs_distances).
        labels[start] = k
        frontier = np.array([start])
        while frontier.size:
            reached = linked[frontier].any(axis=0) & (labels < 0)
            frontier = np.flatnonzero(reached)
            labels[frontier] = k
        k += 1
    return k, labels


def pagerank(A, alpha=0.85, tol=1e-10):
    """PageRank of every vertex, by power iteration."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be a square (n, n) matrix, got shape {A.shape}")
    if (A < 0).any():
        raise ValueError("edge weights must be non-negative")
    if not 0 <= alpha < 1:
        raise ValueError(f"alpha is a probability below 1 (0.85 is usual), got {alpha}")
    if not tol > 0:
        raise ValueError(f"tol must be > 0, got {tol}")
    n = A.shape[0]
    # The random surfer on vertex i follows an edge i -> j with probability A[i, j] / out_i, where
    # out_i = sum_j A[i, j]: divide each row by its sum to get the transition matrix P.
    out = A.sum(axis=1)
    dangling = out == 0  # no way out: the surfer jumps to a vertex chosen uniformly at random
    P = A / np.where(dangling, 1.0, out)[:, None]  # dangling rows stay zero (no division by 0)
    r = np.full(n, 1.0 / n)
    while True:
        # r_new[j] = alpha * (sum_i r[i] P[i, j]            rank that follows links into j
        #                     + sum_{i dangling} r[i] / n)  rank of dangling vertices, spread evenly
        #            + (1 - alpha) / n                      the random jump
        # One vector-matrix product per step; the sum of r stays 1.
        new = alpha * (r @ P) + (alpha * r[dangling].sum() + 1.0 - alpha) / n
        if np.abs(new - r).sum() < tol:
            return new
        r = new
