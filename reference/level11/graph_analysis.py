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
    out = A.sum(axis=1)
    dangling = out == 0
    P = A / np.where(dangling, 1.0, out)[:, None]
    r = np.full(n, 1.0 / n)
    while True:
        new = alpha * (r @ P) + (alpha * r[dangling].sum() + 1.0 - alpha) / n
        if np.abs(new - r).sum() < tol:
            return new
        r = new
