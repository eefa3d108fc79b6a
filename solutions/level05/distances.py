"""Distances between point clouds (several metrics) and the k-nearest-neighbour classifier."""

import numpy as np

METRICS = ("euclidean", "cityblock", "chebyshev", "minkowski", "cosine", "mahalanobis")


def _check_same_width(X, Y):
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError(f"X and Y must be 2-D with the same number of columns, got shapes {X.shape} and {Y.shape}")


def pairwise_sq_dists(X, Y):
    """Squared Euclidean distances between the rows of X (n, d) and of Y (m, d), shape (n, m)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    _check_same_width(X, Y)
    # Distances are unchanged by a common shift. Centring both clouds on the mean of all their
    # points keeps the norms small, so the expansion below does not cancel away every digit when
    # the points sit far from the origin (e.g. around 1e8). The subtractions create new arrays:
    # the caller's X and Y are untouched.
    centre = (X.sum(axis=0) + Y.sum(axis=0)) / (len(X) + len(Y))
    X = X - centre
    Y = Y - centre
    # ‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y: a column of ‖x_i‖², a row of ‖y_j‖², and all n·m dot
    # products as one matrix product; broadcasting (n, 1) + (1, m) makes the (n, m) table.
    x_sq = np.sum(X * X, axis=1)
    y_sq = np.sum(Y * Y, axis=1)
    D = x_sq[:, None] + y_sq[None, :] - 2.0 * (X @ Y.T)
    # Rounding can leave tiny negative numbers where the true value is 0 (a point and itself).
    return np.maximum(D, 0.0)


def cdist_metric(X, Y, metric="euclidean", p=2.0, VI=None):
    """Distances between the rows of X (n, d) and of Y (m, d) under ``metric``, shape (n, m)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    _check_same_width(X, Y)
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; expected one of {', '.join(METRICS)}")
    if metric == "euclidean":
        # The square root of the squared distances (already clamped at 0, so no sqrt of a negative).
        return np.sqrt(pairwise_sq_dists(X, Y))
    if metric == "cosine":
        # Normalise every row to length 1; then x̂·ŷ = cos θ for all pairs in one product.
        # A zero row stays zero (divide by 1 instead of 0): its similarity is 0, its distance 1.
        x_norm = np.linalg.norm(X, axis=1, keepdims=True)
        y_norm = np.linalg.norm(Y, axis=1, keepdims=True)
        X_hat = X / np.where(x_norm > 0, x_norm, 1.0)
        Y_hat = Y / np.where(y_norm > 0, y_norm, 1.0)
        return np.clip(1.0 - X_hat @ Y_hat.T, 0.0, 2.0)
    if metric == "mahalanobis":
        d = X.shape[1]
        if VI is None or np.shape(VI) != (d, d):
            raise ValueError(f"'mahalanobis' needs VI, the inverse covariance, of shape ({d}, {d}); "
                             f"got {None if VI is None else np.shape(VI)}")
        # uᵀ VI u for every difference u = x_i - y_j: einsum contracts both sides of VI at once.
        U = X[:, None, :] - Y[None, :, :]
        quadratic = np.einsum("nmi,ij,nmj->nm", U, np.asarray(VI, dtype=float), U, optimize=True)
        return np.sqrt(np.maximum(quadratic, 0.0))  # rounding may dip below 0 when u ≈ 0
    # The three coordinate-wise metrics reduce the (n, m, d) array of |differences|.
    A = np.abs(X[:, None, :] - Y[None, :, :])
    if metric == "cityblock":
        return A.sum(axis=2)
    if metric == "chebyshev":
        return A.max(axis=2)
    # Minkowski: p < 1 breaks the triangle inequality, so it is not a distance at all.
    if not 1 <= p < np.inf:
        raise ValueError(f"the Minkowski distance needs 1 <= p < inf, got p = {p}")
    return np.sum(A**p, axis=2) ** (1.0 / p)


def knn_predict(X_train, y_train, X_test, k):
    """Majority vote of the k nearest training points for every test point, shape (n_test,)."""
    y_train = np.asarray(y_train)
    n_train = len(y_train)
    if not 1 <= k <= n_train:
        raise ValueError(f"k must be between 1 and the number of training points ({n_train}), got {k}")
    # Squared distances rank neighbours exactly like distances, without n·m square roots.
    D = pairwise_sq_dists(X_test, X_train)
    # The k smallest entries of each row, in no particular order (argpartition is O(m), argsort O(m log m)).
    neighbours = np.argpartition(D, k - 1, axis=1)[:, :k]  # (n_test, k) indices into the training set
    # Work with class codes 0..C-1: classes is sorted, so code order is label order.
    classes, codes = np.unique(y_train, return_inverse=True)
    votes = codes.reshape(-1)[neighbours]  # (n_test, k)
    # counts[t, c] = how many of test point t's neighbours have class c, for all t and c at once.
    counts = (votes[:, :, None] == np.arange(len(classes))).sum(axis=1)
    # argmax returns the first maximum: on a tie, the smallest class code, i.e. the smallest label.
    return classes[np.argmax(counts, axis=1)]
