"""Plausible versions of exercises/level13/pca.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "covariance_matrix__divides_by_n": ("failed", "divided by n"),
    "covariance_matrix__not_centred": ("failed", "without centring"),
    "covariance_matrix__shortcut_formula": ("failed", "cancels catastrophically"),
    "covariance_matrix__double_loop": ("too_slow", "one matrix product"),
    "covariance_matrix__calls_np_cov": ("forbidden", "numpy.cov"),
    "covariance_matrix__centres_in_place": ("failed", "modified its input X"),
    "covariance_matrix__einsum": ("passed", None),
    "pca_eig__ascending_order": ("failed", "ascending"),
    "pca_eig__uncentred": ("failed", "uncentred"),
    "pca_eig__eigenvectors_as_columns": ("failed", None),
    "pca_eig__flipped_signs": ("passed", None),
    "pca_svd__variance_divides_by_n": ("failed", "divided by n"),
    "pca_svd__singular_values_as_variance": ("failed", "singular values"),
    "pca_svd__uncentred": ("failed", "uncentred"),
    "pca_svd__through_covariance": ("failed", "covariance route"),
    "pca_svd__full_matrices_and_flipped": ("passed", None),
    "transform__no_centring": ("failed", "without subtracting the mean"),
    "transform__loop_over_samples": ("too_slow", "loop"),
    "transform__uses_components_not_transpose": ("failed", None),
    "transform__via_solve": ("passed", None),
    "reconstruct__forgets_mean": ("failed", "add the mean back"),
    "reconstruct__loop_over_samples": ("too_slow", "loop"),
    "reconstruct__subtracts_mean": ("failed", None),
    "reconstruct__einsum": ("passed", None),
}


def covariance_matrix__divides_by_n(X):
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]


def covariance_matrix__not_centred(X):
    if X.shape[0] < 2:
        raise ValueError("need two samples")
    return X.T @ X / (X.shape[0] - 1)


def covariance_matrix__shortcut_formula(X):
    n = X.shape[0]
    if n < 2:
        raise ValueError("need two samples")
    mu = X.mean(axis=0)
    return (X.T @ X - n * np.outer(mu, mu)) / (n - 1)


def covariance_matrix__double_loop(X):
    n, d = X.shape
    if n < 2:
        raise ValueError("need two samples")
    mu = X.mean(axis=0)
    C = np.empty((d, d))
    for i in range(d):
        for j in range(d):
            C[i, j] = np.sum((X[:, i] - mu[i]) * (X[:, j] - mu[j])) / (n - 1)
    return C


def covariance_matrix__calls_np_cov(X):
    if X.shape[0] < 2:
        raise ValueError("need two samples")
    return np.cov(X, rowvar=False)


def covariance_matrix__centres_in_place(X):
    if X.shape[0] < 2:
        raise ValueError("need two samples")
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)


def covariance_matrix__einsum(X):
    n = len(X)
    if n < 2:
        raise ValueError("need two samples")
    Xc = X - np.mean(X, axis=0, keepdims=True)
    return np.einsum("ni,nj->ij", Xc, Xc, optimize=True) / (n - 1)


def _check_k(X, k):
    if not 1 <= k <= min(X.shape):
        raise ValueError("bad k")


def pca_eig__ascending_order(X, k):
    _check_k(X, k)
    values, vectors = np.linalg.eigh(covariance_matrix(X))
    return vectors[:, -k:].T, values[-k:]


def pca_eig__uncentred(X, k):
    _check_k(X, k)
    values, vectors = np.linalg.eigh(X.T @ X / (X.shape[0] - 1))
    return vectors[:, ::-1][:, :k].T, values[::-1][:k]


def pca_eig__eigenvectors_as_columns(X, k):
    _check_k(X, k)
    values, vectors = np.linalg.eigh(covariance_matrix(X))
    return vectors[::-1, ::-1][:k, :], values[::-1][:k]


def pca_eig__flipped_signs(X, k):
    _check_k(X, k)
    values, vectors = np.linalg.eigh(covariance_matrix(X))
    signs = np.where(np.arange(k) % 2 == 0, -1.0, 1.0)
    return vectors[:, ::-1][:, :k].T * signs[:, None], values[::-1][:k]


def pca_svd__variance_divides_by_n(X, k):
    _check_k(X, k)
    _, s, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vt[:k], s[:k] ** 2 / X.shape[0]


def pca_svd__singular_values_as_variance(X, k):
    _check_k(X, k)
    _, s, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vt[:k], s[:k]


def pca_svd__uncentred(X, k):
    _check_k(X, k)
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / (X.shape[0] - 1)


def pca_svd__through_covariance(X, k):
    return pca_eig(X, k)


def pca_svd__full_matrices_and_flipped(X, k):
    _check_k(X, k)
    _, s, Vt = np.linalg.svd(X - X.mean(axis=0))
    return -Vt[:k], (s**2)[:k] / (len(X) - 1)


def transform__no_centring(X, components, mean):
    return X @ components.T


def transform__loop_over_samples(X, components, mean):
    Z = np.empty((X.shape[0], components.shape[0]))
    for i in range(X.shape[0]):
        for j in range(components.shape[0]):
            Z[i, j] = np.dot(X[i] - mean, components[j])
    return Z


def transform__uses_components_not_transpose(X, components, mean):
    return ((X - mean) @ components.T).reshape(components.shape[0], X.shape[0]).T[::-1].T


def transform__via_solve(X, components, mean):
    # W has orthonormal rows, so W Wᵀ = I and Z = (X - μ) Wᵀ (W Wᵀ)⁻¹ is the same projection.
    return np.linalg.solve(components @ components.T, components @ (X - mean).T).T


def reconstruct__forgets_mean(Z, components, mean):
    return Z @ components


def reconstruct__loop_over_samples(Z, components, mean):
    X_hat = np.empty((Z.shape[0], components.shape[1]))
    for i in range(Z.shape[0]):
        X_hat[i] = mean.copy()
        for j in range(Z.shape[1]):
            X_hat[i] += Z[i, j] * components[j]
    return X_hat


def reconstruct__subtracts_mean(Z, components, mean):
    return Z @ components - mean


def reconstruct__einsum(Z, components, mean):
    return np.einsum("nk,kd->nd", Z, components) + mean[None, :]
