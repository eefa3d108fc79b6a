"""Reference clustering: the oracle and the speed baseline (vectorised, numerically careful)."""

import numpy as np
from scipy.linalg import solve_triangular

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
    n = X.shape[0]
    k = centroids.shape[0]
    XT = np.ascontiguousarray(X.T)  # (d, n): scores come out as (k, n), each row contiguous
    clusters = np.arange(k)[:, None]
    members = np.empty((k, n))  # members[j, i] = 1.0 when sample i is in cluster j
    for _ in range(n_iter):
        # |x - c|² = |x|² + (|c|² - 2 c·x), and |x|² is the same for every centroid.
        scores = (-2.0 * centroids) @ XT
        scores += np.einsum("ij,ij->i", centroids, centroids)[:, None]
        np.equal(scores, scores.min(axis=0), out=members, casting="unsafe")
        counts = members.sum(axis=1)
        if counts.sum() != n:  # a sample equidistant from two centroids: the lowest index takes it
            np.equal(clusters, np.argmax(members, axis=0), out=members, casting="unsafe")
            counts = members.sum(axis=1)
        sums = members @ X  # every cluster's sum in one matrix product
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
    k = len(weights)
    L = np.linalg.cholesky(covariances)  # (k, d, d), all components at once
    XT = np.ascontiguousarray(X.T)  # (d, n): rows of the log-joint below come out contiguous
    log_joint = np.empty((k, n))
    for j in range(k):
        # z = L⁻¹ (x - μ) for every sample: one triangular solve with n right-hand sides.
        z = solve_triangular(L[j], XT - means[j][:, None], lower=True, check_finite=False)
        np.einsum("dn,dn->n", z, z, out=log_joint[j])  # Mahalanobis distances |z|²
    log_det = 2.0 * np.sum(np.log(np.diagonal(L, axis1=1, axis2=2)), axis=1)
    log_joint *= -0.5
    log_joint += (np.log(weights) - 0.5 * (d * LOG_2PI + log_det))[:, None]
    top = np.max(log_joint, axis=0)
    log_norm = top + np.log(np.sum(np.exp(log_joint - top), axis=0))
    log_joint -= log_norm
    return log_joint.T, float(np.mean(log_norm))


def gmm_em(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    X = np.asarray(X, dtype=float)
    weights = np.array(weights, dtype=float)
    means = np.array(means, dtype=float)
    covariances = np.array(covariances, dtype=float)
    _check_mixture(X, weights, means, covariances)
    if n_iter < 1:
        raise ValueError(f"n_iter must be at least 1, got {n_iter}")
    n, d = X.shape
    k = len(weights)
    history = np.empty(n_iter)
    for t in range(n_iter):
        log_resp, history[t] = gmm_e_step(X, weights, means, covariances)
        resp = np.exp(log_resp)
        counts = resp.sum(axis=0) + 10 * np.finfo(float).eps
        weights = counts / n
        means = resp.T @ X / counts[:, None]
        for j in range(k):  # Σ_j = Σ_i r_ij (x_i - μ_j)(x_i - μ_j)ᵀ / N_j: one matrix product each
            diff = X - means[j]
            covariances[j] = (diff.T * resp[:, j]) @ diff / counts[j]
        covariances[:, np.arange(d), np.arange(d)] += reg_covar
    return weights, means, covariances, history
