"""Reference distances and k-NN: the oracle and the speed baseline (NumPy/SciPy only)."""

import numpy as np
from scipy.spatial.distance import cdist

METRICS = ("euclidean", "cityblock", "chebyshev", "minkowski", "cosine", "mahalanobis")


def _as_pair(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError(f"X and Y must be 2-D with the same number of columns, got {X.shape} and {Y.shape}")
    return X, Y


def pairwise_sq_dists(X, Y):
    X, Y = _as_pair(X, Y)
    centre = (X.sum(axis=0) + Y.sum(axis=0)) / (len(X) + len(Y))
    X = X - centre
    Y = Y - centre
    D = X @ Y.T
    D *= -2.0
    D += np.einsum("ij,ij->i", X, X)[:, None]
    D += np.einsum("ij,ij->i", Y, Y)[None, :]
    return np.maximum(D, 0.0, out=D)


def cdist_metric(X, Y, metric="euclidean", p=2.0, VI=None):
    X, Y = _as_pair(X, Y)
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; expected one of {METRICS}")
    if metric == "minkowski":
        if not 1 <= p < np.inf:
            raise ValueError(f"the Minkowski distance needs 1 <= p < inf, got {p}")
        return cdist(X, Y, "minkowski", p=p)
    if metric == "mahalanobis":
        d = X.shape[1]
        if VI is None or np.shape(VI) != (d, d):
            raise ValueError(f"'mahalanobis' needs VI of shape ({d}, {d})")
        return cdist(X, Y, "mahalanobis", VI=np.asarray(VI, dtype=float))
    if metric == "cosine":
        # scikit-learn's convention: a zero vector has similarity 0 with everything (distance 1).
        x_norm = np.linalg.norm(X, axis=1, keepdims=True)
        y_norm = np.linalg.norm(Y, axis=1, keepdims=True)
        X_hat = X / np.where(x_norm > 0, x_norm, 1.0)
        Y_hat = Y / np.where(y_norm > 0, y_norm, 1.0)
        return np.clip(1.0 - X_hat @ Y_hat.T, 0.0, 2.0)
    return cdist(X, Y, metric)


def knn_predict(X_train, y_train, X_test, k):
    X_test, X_train = _as_pair(X_test, X_train)
    y_train = np.asarray(y_train)
    n_train, d = X_train.shape
    if not 1 <= k <= n_train:
        raise ValueError(f"k must be between 1 and {n_train}, got {k}")
    classes, codes = np.unique(y_train, return_inverse=True)
    codes = codes.reshape(-1)
    centre = X_train.mean(axis=0)  # centred data: no cancellation in the expansion below
    T = X_train - centre
    # Within a row, |b - t|² = |b|² - 2 (b·t - |t|²/2) ranks like |t|²/2 - b·t = [b, 1]·[-t, |t|²/2]:
    # one matrix product per block. Padding rows (distance +inf) make the count a multiple of CHUNK.
    padded = n_train + (-n_train % CHUNK) if n_train >= k * CHUNK else n_train
    train = np.zeros((padded, d + 1))
    train[:n_train, :d] = -T
    train[:n_train, d] = 0.5 * np.einsum("ij,ij->i", T, T)
    train[n_train:, d] = np.inf
    block = max(1, 2**20 // padded)  # test points per block: about 2^20 distances, cache-sized
    test = np.ones((min(block, len(X_test)), d + 1))
    predicted = np.empty(len(X_test), dtype=np.intp)
    for start in range(0, len(X_test), block):
        size = min(block, len(X_test) - start)
        np.subtract(X_test[start:start + size], centre, out=test[:size, :d])
        neighbours = _nearest(test[:size] @ train.T, k)
        votes = codes[neighbours]
        counts = np.empty((size, len(classes)), dtype=np.int64)
        for c in range(len(classes)):  # few classes: one vectorised pass each
            counts[:, c] = np.count_nonzero(votes == c, axis=1)
        predicted[start:start + size] = np.argmax(counts, axis=1)  # ties: the smallest label
    return classes[predicted]


CHUNK = 64


def _nearest(scores, k):
    """Column indices of the k smallest scores of each row.

    Each row is cut into chunks of CHUNK columns. The k-th smallest chunk minimum is a bound with
    at least k scores at or below it, and every such score lies in a chunk whose minimum is too:
    only those few chunks are searched, not the whole row (which ``np.argpartition`` would scan).
    """
    rows, width = scores.shape
    n_chunks = width // CHUNK
    if n_chunks < k:  # a short row (few training points, no padding): select over all of it
        if k == width:
            return np.broadcast_to(np.arange(width), scores.shape)
        return np.argpartition(scores, k - 1, axis=1)[:, :k]
    chunks = scores.reshape(rows, n_chunks, CHUNK)
    minima = chunks.min(axis=2)
    bound = np.partition(minima, k - 1, axis=1)[:, k - 1]
    row, chunk = np.nonzero(minima <= bound[:, None])
    candidates = chunks[row, chunk]  # (number of chunks kept, CHUNK)
    keep = candidates <= bound[row, None]
    row = np.broadcast_to(row[:, None], keep.shape)[keep]
    column = (chunk[:, None] * CHUNK + np.arange(CHUNK))[keep]
    order = np.lexsort((column, candidates[keep], row))  # by row, then score, then column
    per_row = np.bincount(row, minlength=rows)
    first = np.cumsum(per_row) - per_row
    return column[order][first[:, None] + np.arange(k)]
