"""Plausible versions of exercises/level14/clustering.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "kmeans_assign__plus_cross_term": ("failed", "sign of the cross term"),
    "kmeans_assign__drops_centroid_norm": ("failed", "you dropped |c|²"),
    "kmeans_assign__highest_index_on_ties": ("failed", "lowest centroid index"),
    "kmeans_assign__loop_over_samples": ("too_slow", "one matrix product"),
    "kmeans_assign__drops_sample_norm": ("passed", None),
    "kmeans__mean_inertia": ("failed", "the inertia is the sum over samples"),
    "kmeans__stale_labels": ("failed", "labels from before the last update"),
    "kmeans__one_round_too_many": ("failed", "n_iter + 1 updates"),
    "kmeans__empty_cluster_nan": ("failed", "its centroid stays where it was"),
    "kmeans__loop_over_samples": ("too_slow", "np.bincount"),
    "kmeans__calls_sklearn": ("forbidden", "sklearn"),
    "kmeans__masks_until_labels_settle": ("passed", None),
    "gmm_e_step__probability_space": ("failed", "stay in log space"),
    "gmm_e_step__sum_not_mean": ("failed", "return the mean over samples"),
    "gmm_e_step__half_log_det": ("failed", "you used Σ_m log L_mm"),
    "gmm_e_step__forgets_weights": ("failed", "mixing weights are missing"),
    "gmm_e_step__inv_and_det": ("forbidden", "numpy.linalg."),
    "gmm_e_step__loop_over_samples": ("too_slow", "never over samples"),
    "gmm_e_step__eigh_batched": ("passed", None),
    "gmm_em__history_after_m_step": ("failed", "before the M-step"),
    "gmm_em__weights_are_counts": ("failed", "the weights are N_j / n"),
    "gmm_em__no_reg_covar": ("failed", "add reg_covar"),
    "gmm_em__covariance_around_old_means": ("failed", None),
    "gmm_em__calls_sklearn": ("forbidden", "sklearn"),
    "gmm_em__einsum_m_step": ("passed", None),
}


# -- kmeans_assign ---------------------------------------------------------------------------------
def kmeans_assign__plus_cross_term(X, centroids):
    _check_data(X, centroids, "centroids")
    squared = np.sum(X**2, axis=1)[:, None] + 2.0 * (X @ centroids.T) + np.sum(centroids**2, axis=1)[None, :]
    return np.argmin(squared, axis=1)


def kmeans_assign__drops_centroid_norm(X, centroids):
    _check_data(X, centroids, "centroids")
    return np.argmin(-2.0 * (X @ centroids.T), axis=1)


def kmeans_assign__highest_index_on_ties(X, centroids):
    _check_data(X, centroids, "centroids")
    squared = np.sum(X**2, axis=1)[:, None] - 2.0 * (X @ centroids.T) + np.sum(centroids**2, axis=1)[None, :]
    k = centroids.shape[0]
    return k - 1 - np.argmin(squared[:, ::-1], axis=1)


def kmeans_assign__loop_over_samples(X, centroids):
    _check_data(X, centroids, "centroids")
    labels = np.empty(X.shape[0], dtype=np.int64)
    for i in range(X.shape[0]):
        labels[i] = np.argmin(np.sum((centroids - X[i]) ** 2, axis=1))
    return labels


def kmeans_assign__drops_sample_norm(X, centroids):
    # |x|² is the same for every centroid of a row, so it cannot change the argmin.
    _check_data(X, centroids, "centroids")
    return np.argmin(np.einsum("kd,kd->k", centroids, centroids)[None, :] - 2.0 * X @ centroids.T, axis=1)


# -- kmeans ----------------------------------------------------------------------------------------
def _means_keep_empty(X, labels, centroids):
    k = centroids.shape[0]
    one_hot = (labels[:, None] == np.arange(k)).astype(float)
    counts = one_hot.sum(axis=0)
    new = centroids.copy()
    new[counts > 0] = (one_hot.T @ X)[counts > 0] / counts[counts > 0, None]
    return new


def _lloyd(X, init, n_iter, tol):
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    centroids = np.array(init, dtype=float)
    for _ in range(n_iter):
        new = _means_keep_empty(X, kmeans_assign(X, centroids), centroids)
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    labels = kmeans_assign(X, centroids)
    return centroids, labels


def kmeans__mean_inertia(X, init, n_iter=100, tol=0.0):
    centroids, labels = _lloyd(X, init, n_iter, tol)
    return centroids, labels, float(np.mean(np.sum((X - centroids[labels]) ** 2, axis=1)))


def kmeans__stale_labels(X, init, n_iter=100, tol=0.0):
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    centroids = np.array(init, dtype=float)
    for _ in range(n_iter):
        labels = kmeans_assign(X, centroids)
        new = _means_keep_empty(X, labels, centroids)
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    return centroids, labels, float(np.sum((X - centroids[labels]) ** 2))


def kmeans__one_round_too_many(X, init, n_iter=100, tol=0.0):
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    centroids = np.array(init, dtype=float)
    for _ in range(n_iter + 1):
        new = _means_keep_empty(X, kmeans_assign(X, centroids), centroids)
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    labels = kmeans_assign(X, centroids)
    return centroids, labels, float(np.sum((X - centroids[labels]) ** 2))


def kmeans__empty_cluster_nan(X, init, n_iter=100, tol=0.0):
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    centroids = np.array(init, dtype=float)
    for _ in range(n_iter):
        labels = kmeans_assign(X, centroids)
        new = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    labels = kmeans_assign(X, centroids)
    return centroids, labels, float(np.sum((X - centroids[labels]) ** 2))


def kmeans__loop_over_samples(X, init, n_iter=100, tol=0.0):
    _check_data(X, init, "init")
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    centroids = np.array(init, dtype=float)
    k = centroids.shape[0]
    for _ in range(n_iter):
        labels = kmeans_assign(X, centroids)
        sums, counts = np.zeros_like(centroids), np.zeros(k)
        for i in range(X.shape[0]):
            sums[labels[i]] += X[i]
            counts[labels[i]] += 1
        new = centroids.copy()
        new[counts > 0] = sums[counts > 0] / counts[counts > 0, None]
        shift = np.sum((new - centroids) ** 2)
        centroids = new
        if shift <= tol:
            break
    labels = kmeans_assign(X, centroids)
    return centroids, labels, float(np.sum((X - centroids[labels]) ** 2))


def kmeans__calls_sklearn(X, init, n_iter=100, tol=0.0):
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", max_iter=n_iter, tol=tol).fit(X)
    return model.cluster_centers_, model.labels_, float(model.inertia_)


def kmeans__masks_until_labels_settle(X, init, n_iter=100, tol=0.0):
    # scikit-learn's stopping rule: unchanged labels give unchanged means, i.e. a zero shift.
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(init, dtype=float).copy()
    if centroids.ndim != 2 or centroids.shape[1] != X.shape[1] or n_iter < 1:
        raise ValueError("init must be (k, n_features) and n_iter >= 1")
    previous = None
    for _ in range(n_iter):
        labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
        if tol == 0 and previous is not None and np.array_equal(labels, previous):
            break
        previous = labels
        new = centroids.copy()
        for j in range(len(centroids)):
            members = labels == j
            if members.any():
                new[j] = X[members].mean(axis=0)
        shift = ((new - centroids) ** 2).sum()
        centroids = new
        if shift <= tol:
            break
    labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
    return centroids, labels, float(((X - centroids[labels]) ** 2).sum())


# -- gmm_e_step ------------------------------------------------------------------------------------
def _log_joint(X, weights, means, covariances, half=False):
    n, d = X.shape
    out = np.empty((n, len(weights)))
    for j in range(len(weights)):
        L = np.linalg.cholesky(covariances[j])
        z = np.linalg.solve(L, (X - means[j]).T)
        log_det = np.sum(np.log(np.diag(L))) * (1.0 if half else 2.0)
        out[:, j] = np.log(weights[j]) - 0.5 * (d * np.log(2 * np.pi) + log_det + np.sum(z**2, axis=0))
    return out


def _normalise(log_joint):
    top = log_joint.max(axis=1, keepdims=True)
    log_norm = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    return log_joint - log_norm, float(np.mean(log_norm))


def gmm_e_step__probability_space(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    density = np.exp(_log_joint(X, weights, means, covariances))
    total = density.sum(axis=1, keepdims=True)
    return np.log(density / total), float(np.mean(np.log(total)))


def gmm_e_step__sum_not_mean(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    log_resp, mean = _normalise(_log_joint(X, weights, means, covariances))
    return log_resp, mean * X.shape[0]


def gmm_e_step__half_log_det(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    return _normalise(_log_joint(X, weights, means, covariances, half=True))


def gmm_e_step__forgets_weights(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    return _normalise(_log_joint(X, np.ones_like(weights), means, covariances))


def gmm_e_step__inv_and_det(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    n, d = X.shape
    out = np.empty((n, len(weights)))
    for j in range(len(weights)):
        np.linalg.cholesky(covariances[j])  # positive definite check
        diff = X - means[j]
        maha = np.einsum("ni,ij,nj->n", diff, np.linalg.inv(covariances[j]), diff)
        out[:, j] = np.log(weights[j]) - 0.5 * (d * np.log(2 * np.pi) + np.log(np.linalg.det(covariances[j])) + maha)
    return _normalise(out)


def gmm_e_step__loop_over_samples(X, weights, means, covariances):
    _check_mixture(X, weights, means, covariances)
    n, d = X.shape
    out = np.empty((n, len(weights)))
    for j in range(len(weights)):
        L = np.linalg.cholesky(covariances[j])
        log_det = 2.0 * np.sum(np.log(np.diag(L)))
        for i in range(n):
            z = np.linalg.solve(L, X[i] - means[j])
            out[i, j] = np.log(weights[j]) - 0.5 * (d * np.log(2 * np.pi) + log_det + z @ z)
    return _normalise(out)


def gmm_e_step__eigh_batched(X, weights, means, covariances):
    # Σ = V diag(λ) Vᵀ: log|Σ| = Σ log λ and (x-μ)ᵀ Σ⁻¹ (x-μ) = |diag(λ^-½) Vᵀ (x-μ)|².
    _check_mixture(X, weights, means, covariances)
    np.linalg.cholesky(covariances)  # raises for a covariance that is not positive definite
    values, vectors = np.linalg.eigh(covariances)
    diff = X[None, :, :] - means[:, None, :]  # (k, n, d)
    projected = np.einsum("knd,kde->kne", diff, vectors) / np.sqrt(values)[:, None, :]
    log_joint = (np.log(weights)[:, None] - 0.5 * (X.shape[1] * np.log(2 * np.pi) + np.log(values).sum(axis=1)[:, None]
                                                   + np.sum(projected**2, axis=2))).T
    m = log_joint.max(axis=1)
    log_norm = m + np.log(np.exp(log_joint - m[:, None]).sum(axis=1))
    return log_joint - log_norm[:, None], float(log_norm.mean())


# -- gmm_em ----------------------------------------------------------------------------------------
def _em(X, weights, means, covariances, n_iter, reg_covar, *, record_after=False, counts_as_weights=False,
        old_means=False):
    _check_mixture(X, weights, means, covariances)
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    n, d = X.shape
    weights, means, covariances = weights.copy(), means.copy(), covariances.copy()
    history = np.empty(n_iter)
    for t in range(n_iter):
        log_resp, ll = gmm_e_step(X, weights, means, covariances)
        resp = np.exp(log_resp)
        counts = resp.sum(axis=0) + 10 * np.finfo(float).eps
        weights = counts if counts_as_weights else counts / n
        centres = means
        means = resp.T @ X / counts[:, None]
        for j in range(len(weights)):
            diff = X - (centres[j] if old_means else means[j])
            covariances[j] = (resp[:, j, None] * diff).T @ diff / counts[j] + reg_covar * np.eye(d)
        history[t] = gmm_e_step(X, weights / weights.sum(), means, covariances)[1] if record_after else ll
    return weights, means, covariances, history


def gmm_em__history_after_m_step(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    return _em(X, weights, means, covariances, n_iter, reg_covar, record_after=True)


def gmm_em__weights_are_counts(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    return _em(X, weights, means, covariances, n_iter, reg_covar, counts_as_weights=True)


def gmm_em__no_reg_covar(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    return _em(X, weights, means, covariances, n_iter, 0.0)


def gmm_em__covariance_around_old_means(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    return _em(X, weights, means, covariances, n_iter, reg_covar, old_means=True)


def gmm_em__calls_sklearn(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    from sklearn.mixture import GaussianMixture

    model = GaussianMixture(len(weights), tol=0.0, max_iter=n_iter, reg_covar=reg_covar, weights_init=weights,
                            means_init=means).fit(X)
    return model.weights_, model.means_, model.covariances_, np.asarray(model.lower_bounds_)


def gmm_em__einsum_m_step(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    _check_mixture(X, weights, means, covariances)
    if n_iter < 1:
        raise ValueError("n_iter must be at least 1")
    n, d = X.shape
    history = []
    for _ in range(n_iter):
        log_resp, ll = gmm_e_step(X, weights, means, covariances)
        history.append(ll)
        resp = np.exp(log_resp)
        counts = resp.sum(axis=0)
        weights = counts / counts.sum()
        means = np.einsum("nk,nd->kd", resp, X) / counts[:, None]
        diff = X[None] - means[:, None]
        covariances = np.einsum("nk,kni,knj->kij", resp, diff, diff) / counts[:, None, None] + reg_covar * np.eye(d)
    return weights, means, covariances, np.array(history)
