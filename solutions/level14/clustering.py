"""Clustering: k-means by Lloyd's algorithm and Gaussian mixtures by EM, in log space."""

import numpy as np

LOG_2PI = np.log(2.0 * np.pi)


def _check_data(X, centres, centres_name):
    if X.ndim != 2 or X.shape[0] < 1:
        raise ValueError(f"X must be a 2-D array (n_samples, n_features) with at least one row, got shape {X.shape}")
    if centres.ndim != 2 or centres.shape[0] < 1 or centres.shape[1] != X.shape[1]:
        raise ValueError(f"{centres_name} must have shape (k, {X.shape[1]}) with k >= 1 to match X of shape "
                         f"{X.shape}, got shape {centres.shape}")


def kmeans_assign(X, centroids):
    """Index of the nearest centroid for every sample, shape (n,); ties go to the lowest index."""
    _check_data(X, centroids, "centroids")
    # ||x - c||² = ||x||² - 2 x·c + ||c||². The cross terms of all n·k pairs are one matrix product
    # X Cᵀ (n, k); the two norms broadcast along rows and columns. No (n, k, d) array is formed.
    squared = np.sum(X**2, axis=1)[:, None] - 2.0 * (X @ centroids.T) + np.sum(centroids**2, axis=1)[None, :]
    # np.argmin returns the first minimum, so a tie goes to the lowest centroid index.
    return np.argmin(squared, axis=1)


def kmeans(X, init, n_iter=100, tol=0.0):
    """Lloyd's algorithm from the given initial centroids: (centroids, labels, inertia)."""
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError(f"n_iter must be at least 1, got {n_iter}")
    k = init.shape[0]
    centroids = np.array(init, dtype=float)  # a copy: never move the caller's array
    for _ in range(n_iter):
        # Assignment step: each sample joins its nearest centroid.
        labels = kmeans_assign(X, centroids)
        # Update step: each centroid moves to the mean of its samples. With the one-hot matrix
        # M (n, k), M[i, j] = [label_i = j], the per-cluster sums are Mᵀ X and the counts Mᵀ 1.
        one_hot = (labels[:, None] == np.arange(k)[None, :]).astype(float)
        counts = one_hot.sum(axis=0)
        sums = one_hot.T @ X
        # An empty cluster has no mean (0 / 0): by the spec its centroid stays where it was.
        new = centroids.copy()
        filled = counts > 0
        new[filled] = sums[filled] / counts[filled, None]
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:  # with tol = 0 this means "nothing moved": the labels cannot change any more
            break
    # The labels and the inertia must describe the centroids we return, so assign once more.
    labels = kmeans_assign(X, centroids)
    # Inertia from the differences themselves (the expansion can cancel and even go slightly negative).
    inertia = float(np.sum((X - centroids[labels]) ** 2))
    return centroids, labels, inertia


def _check_mixture(X, weights, means, covariances):
    _check_data(X, means, "means")
    k, d = means.shape
    if weights.shape != (k,) or np.any(weights <= 0):
        raise ValueError(f"weights must be {k} positive numbers (one per component), got {weights!r}")
    if covariances.shape != (k, d, d):
        raise ValueError(f"covariances must have shape ({k}, {d}, {d}), got {covariances.shape}")


def gmm_e_step(X, weights, means, covariances):
    """Log-responsibilities (n, k) and the mean log-likelihood of a Gaussian mixture."""
    _check_mixture(X, weights, means, covariances)
    n, d = X.shape
    k = means.shape[0]
    log_joint = np.empty((n, k))
    for j in range(k):  # a loop over the k components is fine: each pass handles all n samples
        # Σ = L Lᵀ (Cholesky; raises LinAlgError, a ValueError, if Σ is not positive definite).
        L = np.linalg.cholesky(covariances[j])
        # Solving L z = x - μ gives |z|² = (x - μ)ᵀ L⁻ᵀ L⁻¹ (x - μ) = (x - μ)ᵀ Σ⁻¹ (x - μ),
        # the squared Mahalanobis distance, for all samples at once (columns of the right-hand side).
        z = np.linalg.solve(L, (X - means[j]).T)
        mahalanobis = np.sum(z**2, axis=0)
        # log|Σ| = log|L|² = 2 Σ log L_ii: a sum of logs, never det(Σ), which underflows for large d.
        log_det = 2.0 * np.sum(np.log(np.diag(L)))
        log_joint[:, j] = np.log(weights[j]) - 0.5 * (d * LOG_2PI + log_det + mahalanobis)
    # log p(x) = log Σ_j exp(log_joint_j): subtract the row maximum first (logsumexp), so the
    # largest term is exp(0) = 1 and nothing overflows, nor does everything underflow to 0.
    top = np.max(log_joint, axis=1, keepdims=True)
    log_norm = top + np.log(np.sum(np.exp(log_joint - top), axis=1, keepdims=True))
    # r_ij = π_j N(x_i | j) / p(x_i)  =>  log r_ij = log_joint_ij - log p(x_i).
    return log_joint - log_norm, float(np.mean(log_norm))


def gmm_em(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    """EM for a Gaussian mixture with full covariances: (weights, means, covariances, log_likelihoods)."""
    _check_mixture(X, weights, means, covariances)
    if n_iter < 1:
        raise ValueError(f"n_iter must be at least 1, got {n_iter}")
    n, d = X.shape
    weights, means, covariances = weights.astype(float), means.astype(float), covariances.astype(float)
    history = np.empty(n_iter)
    for t in range(n_iter):
        # E-step: responsibilities of the current parameters, and their log-likelihood. Recording
        # it here, before the update, makes history[0] the log-likelihood of the initial parameters.
        log_resp, history[t] = gmm_e_step(X, weights, means, covariances)
        resp = np.exp(log_resp)  # safe: log_resp <= 0, and an underflow to 0 is harmless here
        # M-step: weighted counts, means and covariances. The 10·eps keeps an (almost) empty
        # component from dividing by 0, as scikit-learn does.
        counts = resp.sum(axis=0) + 10 * np.finfo(float).eps
        weights = counts / n
        means = resp.T @ X / counts[:, None]
        for j in range(means.shape[0]):
            diff = X - means[j]  # around the *new* mean: this is what maximises the likelihood
            covariances[j] = (resp[:, j, None] * diff).T @ diff / counts[j]
            covariances[j].flat[:: d + 1] += reg_covar  # keeps Σ positive definite
    return weights, means, covariances, history
