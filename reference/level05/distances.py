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
    n_train = len(X_train)
    if not 1 <= k <= n_train:
        raise ValueError(f"k must be between 1 and {n_train}, got {k}")
    classes, codes = np.unique(y_train, return_inverse=True)
    codes = codes.reshape(-1)
    centre = X_train.mean(axis=0)  # centred data: no cancellation in the expansion below
    T = X_train - centre
    half_sq = 0.5 * np.einsum("ij,ij->i", T, T)
    # Test points in blocks of about 2^20 distances, so each block's matrix stays in cache.
    block = max(1, 2**20 // n_train)
    predicted = np.empty(len(X_test), dtype=np.intp)
    for start in range(0, len(X_test), block):
        B = X_test[start:start + block] - centre
        # Within a row, |b - t|² = |b|² - 2 (b·t - |t|²/2) ranks like |t|²/2 - b·t.
        D = np.subtract(half_sq, B @ T.T)
        if k < n_train:
            neighbours = np.argpartition(D, k - 1, axis=1)[:, :k]
        else:
            neighbours = np.broadcast_to(np.arange(n_train), D.shape)
        votes = codes[neighbours]
        counts = np.empty((len(B), len(classes)), dtype=np.int64)
        for c in range(len(classes)):  # few classes: one vectorised pass each
            counts[:, c] = np.count_nonzero(votes == c, axis=1)
        predicted[start:start + len(B)] = np.argmax(counts, axis=1)  # ties: the smallest label
    return classes[predicted]
