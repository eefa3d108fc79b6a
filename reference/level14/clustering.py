"""Reference clustering: the oracle and the speed baseline (vectorised, numerically careful)."""

import numpy as np

LOG_2PI = np.log(2.0 * np.pi)


def _check_data(X, centres, name):
    if X.ndim != 2 or X.shape[0] < 1:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    if centres.ndim != 2 or centres.shape[0] < 1 or centres.shape[1] != X.shape[1]:
        raise ValueError(f"{name} must have shape (k, {X.shape[1]}), got {centres.shape}")


def _squared_distances(X, centroids):
    return (np.einsum("ij,ij->i", X, X)[:, None] - 2.0 * (X @ centroids.T)
            + np.einsum("ij,ij->i", centroids, centroids)[None, :])


def kmeans_assign(X, centroids):
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(centroids, dtype=float)
    _check_data(X, centroids, "centroids")
    return np.argmin(_squared_distances(X, centroids), axis=1)


def kmeans(X, init, n_iter=100, tol=0.0):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init, dtype=float)
    _check_data(X, centroids, "init")
    if n_iter < 1:
        raise ValueError(f"n_iter must be at least 1, got {n_iter}")
    k, d = centroids.shape
    x_norms = np.einsum("ij,ij->i", X, X)
    for _ in range(n_iter):
        scores = np.einsum("ij,ij->i", centroids, centroids)[None, :] - 2.0 * (X @ centroids.T)
        labels = np.argmin(x_norms[:, None] + scores, axis=1)
        counts = np.bincount(labels, minlength=k)
        sums = np.empty((k, d))
        for j in range(d):  # d bincounts: O(n d), no (n, k) one-hot matrix
            sums[:, j] = np.bincount(labels, weights=X[:, j], minlength=k)
        new = centroids.copy()
        filled = counts > 0
        new[filled] = sums[filled] / counts[filled, None]
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    labels = np.argmin(_squared_distances(X, centroids), axis=1)
    inertia = float(np.sum((X - centroids[labels]) ** 2))
    return centroids, labels, inertia


def _check_mixture(X, weights, means, covariances):
    _check_data(X, means, "means")
    k, d = means.shape
    if weights.shape != (k,) or np.any(weights <= 0):
        raise ValueError(f"weights must be {k} positive numbers")
    if covariances.shape != (k, d, d):
        raise ValueError(f"covariances must have shape ({k}, {d}, {d}), got {covariances.shape}")


def gmm_e_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    weights = np.asarray(weights, dtype=float)
    means = np.asarray(means, dtype=float)
    covariances = np.asarray(covariances, dtype=float)
    _check_mixture(X, weights, means, covariances)
    n, d = X.shape
    L = np.linalg.cholesky(covariances)  # (k, d, d), all components at once
    # z = L⁻¹ (x - μ) for every component: one batched solve with right-hand sides (k, d, n).
    diff = X.T[None, :, :] - means[:, :, None]
    z = np.linalg.solve(L, diff)
    mahalanobis = np.einsum("kdn,kdn->nk", z, z)
    log_det = 2.0 * np.sum(np.log(np.diagonal(L, axis1=1, axis2=2)), axis=1)
    log_joint = np.log(weights)[None, :] - 0.5 * (d * LOG_2PI + log_det[None, :] + mahalanobis)
    top = np.max(log_joint, axis=1, keepdims=True)
    log_norm = top + np.log(np.sum(np.exp(log_joint - top), axis=1, keepdims=True))
    return log_joint - log_norm, float(np.mean(log_norm))


def gmm_em(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    X = np.asarray(X, dtype=float)
    weights = np.array(weights, dtype=float)
    means = np.array(means, dtype=float)
    covariances = np.array(covariances, dtype=float)
    _check_mixture(X, weights, means, covariances)
    if n_iter < 1:
        raise ValueError(f"n_iter must be at least 1, got {n_iter}")
    n, d = X.shape
    history = np.empty(n_iter)
    for t in range(n_iter):
        log_resp, history[t] = gmm_e_step(X, weights, means, covariances)
        resp = np.exp(log_resp)
        counts = resp.sum(axis=0) + 10 * np.finfo(float).eps
        weights = counts / n
        means = resp.T @ X / counts[:, None]
        diff = X[None, :, :] - means[:, None, :]  # (k, n, d)
        covariances = np.einsum("nk,kni,knj->kij", resp, diff, diff, optimize=True) / counts[:, None, None]
        covariances[:, np.arange(d), np.arange(d)] += reg_covar
    return weights, means, covariances, history
