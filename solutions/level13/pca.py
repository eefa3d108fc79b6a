"""Principal component analysis, two ways: eigendecomposition of the covariance and SVD."""

import numpy as np


def covariance_matrix(X):
    """Unbiased sample covariance of the columns of X, shape (d, d)."""
    n = X.shape[0]
    if n < 2:
        raise ValueError(f"the sample covariance needs at least 2 samples, got {n}")
    # Centre first: Xc = X - mean. Subtracting the mean *before* multiplying keeps the
    # numbers small, unlike E[x xᵀ] - μ μᵀ, which cancels catastrophically when |μ| is large.
    Xc = X - X.mean(axis=0)
    # Σ_ij = 1/(n-1) Σ_s Xc[s, i] Xc[s, j]  — all d² sums at once are the matrix product Xcᵀ Xc.
    return Xc.T @ Xc / (n - 1)


def pca_eig(X, k):
    """Top-k principal axes from the eigendecomposition of the covariance matrix."""
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and {min(n, d)}, got {k}")
    # The covariance is symmetric, so eigh applies: real eigenvalues, orthonormal eigenvectors
    # (as columns). The variance along a unit vector v is vᵀ Σ v, largest for the top eigenvector.
    eigenvalues, eigenvectors = np.linalg.eigh(covariance_matrix(X))
    # eigh sorts ascending; PCA wants the largest variance first.
    order = np.argsort(eigenvalues)[::-1][:k]
    components = eigenvectors[:, order].T  # one axis per row: shape (k, d)
    return components, eigenvalues[order]


def pca_svd(X, k):
    """Top-k principal axes from the SVD of the centred data."""
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and {min(n, d)}, got {k}")
    Xc = X - X.mean(axis=0)
    # Xc = U S Vᵀ  =>  Xcᵀ Xc / (n-1) = V (S² / (n-1)) Vᵀ: the right singular vectors are the
    # covariance's eigenvectors and the eigenvalues are s² / (n-1). No covariance matrix is
    # formed, so nothing is squared: this is the more accurate route.
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / (n - 1)


def transform(X, components, mean):
    """Coordinates of each centred sample along the components, shape (n, k)."""
    # z_i = W (x_i - μ) for each sample; stacked as rows that is (X - μ) Wᵀ.
    return (X - mean) @ components.T


def reconstruct(Z, components, mean):
    """Map coordinates back to feature space, shape (n, d)."""
    # x̂_i = Wᵀ z_i + μ; stacked as rows that is Z W + μ.
    return Z @ components + mean
