"""Reference PCA: the oracle and the speed baseline (vectorised, numerically careful)."""

import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    if n < 2:
        raise ValueError(f"the sample covariance needs at least 2 samples, got {n}")
    Xc = X - X.mean(axis=0)
    return (Xc.T @ Xc) / (n - 1)  # A.T @ A runs as one symmetric BLAS product


def _sign_convention(components):
    """Make the largest-magnitude entry of each row positive (a deterministic sign)."""
    rows = np.arange(components.shape[0])
    signs = np.sign(components[rows, np.argmax(np.abs(components), axis=1)])
    signs[signs == 0] = 1.0
    return components * signs[:, None]


def _check_k(k, n, d):
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and min(n_samples, n_features) = {min(n, d)}, got {k}")


def pca_eig(X, k):
    X = np.asarray(X, dtype=float)
    _check_k(k, *X.shape)
    values, vectors = np.linalg.eigh(covariance_matrix(X))
    order = np.argsort(values)[::-1][:k]
    return _sign_convention(vectors[:, order].T), np.maximum(values[order], 0.0)


def pca_svd(X, k):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    _check_k(k, n, d)
    Xc = X - X.mean(axis=0)
    if n > d:
        # Xc = QR with R (d, d) triangular, and R = U S Vᵀ gives Xc = (QU) S Vᵀ: the same S and V.
        # Householder QR without forming Q, then the SVD of the small R: the (n, d) left singular
        # vectors, which PCA never uses, are never computed.
        Xc = np.linalg.qr(Xc, mode="r")
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return _sign_convention(Vt[:k]), s[:k] ** 2 / (n - 1)


def transform(X, components, mean):
    return (np.asarray(X, dtype=float) - mean) @ np.asarray(components).T


def reconstruct(Z, components, mean):
    return np.asarray(Z, dtype=float) @ np.asarray(components) + mean
