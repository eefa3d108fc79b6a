"""Level 13 — principal component analysis (PCA).

PCA finds the orthonormal directions along which centred data varies most. Two
routes lead there and give the same answer (PCA = SVD):

* the eigendecomposition of the covariance matrix ``Σ = Xcᵀ Xc / (n - 1)``;
* the singular value decomposition of the centred data ``Xc = U S Vᵀ``, whose
  right singular vectors are the eigenvectors of ``Σ`` with eigenvalues ``s² / (n - 1)``.

Here ``Xc = X - μ`` with ``μ`` the mean of each column. In the running example,
rows of ``X`` are users and columns are their ratings of movies: the first
component is the "taste" axis that explains most of the disagreement.

Rules for this module: use NumPy only (``np.linalg.eigh`` and ``np.linalg.svd``
are fine); ``np.cov``, scikit-learn and SciPy are not allowed. Never modify
the arguments. Run ``mlgrade level13 pca`` to grade this file.
"""

import numpy as np


def covariance_matrix(X):
    """Unbiased sample covariance matrix of the features.

    .. math:: Σ = \\frac{1}{n - 1} (X - μ)^T (X - μ), \\qquad μ_j = \\frac{1}{n} \\sum_i X_{ij}

    In words: centre every column, then ``Σ[i, j]`` is the average product of
    features ``i`` and ``j`` over samples, dividing by ``n - 1`` (not ``n``) so
    the estimate is unbiased.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
        Data, one sample per row.

    Returns
    -------
    Sigma : ndarray of shape (n_features, n_features)
        Symmetric, positive semi-definite.

    Raises
    ------
    ValueError
        If there are fewer than 2 samples.

    Notes
    -----
    Banned: ``np.cov`` (the point is to build it). Centre before multiplying:
    the shortcut ``E[x xᵀ] - μ μᵀ`` loses every digit when the mean is large.
    One matrix product does all ``d²`` sums; Python loops are too slow here.

    Examples
    --------
    >>> covariance_matrix(np.array([[1.0, 2.0], [3.0, 6.0]]))
    array([[2., 4.],
           [4., 8.]])
    """
    raise NotImplementedError


def pca_eig(X, k):
    """Top-``k`` principal components by eigendecomposition of the covariance.

    The components are the eigenvectors of ``Σ = covariance_matrix(X)`` with
    the ``k`` largest eigenvalues; the explained variance of a component is its
    eigenvalue (the variance of the data projected on it).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    k : int
        Number of components, ``1 <= k <= min(n_samples, n_features)``.

    Returns
    -------
    components : ndarray of shape (k, n_features)
        Orthonormal rows, largest variance first. Each row's sign is arbitrary.
    explained_variance : ndarray of shape (k,)
        Eigenvalues, in descending order.

    Raises
    ------
    ValueError
        If ``k`` is out of range.

    Notes
    -----
    ``np.linalg.eigh`` returns eigenvalues in *ascending* order and
    eigenvectors as *columns*.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [2.0, 2.0], [4.0, 4.0]])
    >>> components, variance = pca_eig(X, 1)
    >>> np.round(np.abs(components), 4), np.round(variance, 4)
    (array([[0.7071, 0.7071]]), array([8.]))
    """
    raise NotImplementedError


def pca_svd(X, k):
    """Top-``k`` principal components by SVD of the centred data.

    With ``Xc = X - μ = U S Vᵀ`` (thin SVD), the components are the first ``k``
    rows of ``Vᵀ`` and the explained variances are ``s² / (n - 1)``. This gives
    the same answer as :func:`pca_eig` (up to the sign of each row) without
    forming ``Σ``, which squares the condition number.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    k : int
        Number of components, ``1 <= k <= min(n_samples, n_features)``.

    Returns
    -------
    components : ndarray of shape (k, n_features)
    explained_variance : ndarray of shape (k,)

    Raises
    ------
    ValueError
        If ``k`` is out of range.

    Notes
    -----
    Use ``np.linalg.svd(Xc, full_matrices=False)``; it returns singular values
    in descending order.
    """
    raise NotImplementedError


def transform(X, components, mean):
    """Project samples onto the principal components.

    .. math:: z_i = W (x_i - μ) \\quad\\Longleftrightarrow\\quad Z = (X - μ) W^T

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    components : ndarray of shape (k, n_features)
        ``W``, orthonormal rows.
    mean : ndarray of shape (n_features,)
        ``μ``, the training mean.

    Returns
    -------
    Z : ndarray of shape (n_samples, k)
    """
    raise NotImplementedError


def reconstruct(Z, components, mean):
    """Map component coordinates back to feature space.

    .. math:: \\hat x_i = W^T z_i + μ \\quad\\Longleftrightarrow\\quad \\hat X = Z W + μ

    With all ``k = n_features`` components this undoes :func:`transform` exactly;
    with fewer it is the best rank-``k`` approximation of the data.

    Parameters
    ----------
    Z : ndarray of shape (n_samples, k)
    components : ndarray of shape (k, n_features)
    mean : ndarray of shape (n_features,)

    Returns
    -------
    X_hat : ndarray of shape (n_samples, n_features)
    """
    raise NotImplementedError
