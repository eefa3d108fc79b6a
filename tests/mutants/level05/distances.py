"""Plausible versions of exercises/level05/distances.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

from collections import Counter

import numpy as np

EXPECTED = {
    "pairwise_sq_dists__no_clamp": ("failed", "clamp the result"),
    "pairwise_sq_dists__no_centring": ("failed", "subtract the mean of all points"),
    "pairwise_sq_dists__loop_over_rows": ("too_slow", "use the expansion"),
    "pairwise_sq_dists__calls_cdist": ("forbidden", "scipy.spatial"),
    "pairwise_sq_dists__shift_by_first_point_einsum": ("passed", None),
    "cdist_metric__no_p_check": ("failed", "triangle inequality"),
    "cdist_metric__cosine_divides_by_zero": ("failed", "0/0 for a zero vector"),
    "cdist_metric__mahalanobis_inverts_VI": ("failed", "do not invert it again"),
    "cdist_metric__calls_scipy_cdist": ("forbidden", "scipy.spatial"),
    "cdist_metric__cholesky_and_expansions": ("passed", None),
    "knn_predict__ties_to_nearest": ("failed", "smallest label"),
    "knn_predict__k_too_large_silently": ("failed", "k > n_train"),
    "knn_predict__loop_over_test_points": ("too_slow", "argpartition"),
    "knn_predict__uses_kdtree": ("forbidden", "scipy.spatial"),
    "knn_predict__argsort_and_bincount": ("passed", None),
}

# The solution's cdist_metric, saved before a mutant takes its name (this file is appended to the solution).
_solution_cdist_metric = cdist_metric  # noqa: F821


def pairwise_sq_dists__no_clamp(X, Y):
    centre = (X.sum(axis=0) + Y.sum(axis=0)) / (len(X) + len(Y))
    X, Y = X - centre, Y - centre
    return np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2.0 * (X @ Y.T)


def pairwise_sq_dists__no_centring(X, Y):
    D = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.maximum(D, 0.0)


def pairwise_sq_dists__loop_over_rows(X, Y):
    D = np.empty((len(X), len(Y)))
    for i in range(len(X)):
        D[i] = np.sum((Y - X[i]) ** 2, axis=1)
    return D


def pairwise_sq_dists__calls_cdist(X, Y):
    from scipy.spatial.distance import cdist

    return cdist(X, Y, "sqeuclidean")


def pairwise_sq_dists__shift_by_first_point_einsum(X, Y):
    # Any common shift works; the first point of X is as good as the mean for data in one cloud.
    shift = X[0]
    Xs, Ys = X - shift, Y - shift
    D = np.einsum("id,id->i", Xs, Xs)[:, None] - 2 * np.dot(Xs, Ys.T) + np.einsum("jd,jd->j", Ys, Ys)
    D[D < 0] = 0.0
    return D


def cdist_metric__no_p_check(X, Y, metric="euclidean", p=2.0, VI=None):
    if metric == "minkowski":
        A = np.abs(X[:, None, :] - Y[None, :, :])
        with np.errstate(all="ignore"):
            return np.sum(A**p, axis=2) ** (1.0 / p) if p != 0 else np.zeros(A.shape[:2])
    return _solution_cdist_metric(X, Y, metric, p, VI)


def cdist_metric__cosine_divides_by_zero(X, Y, metric="euclidean", p=2.0, VI=None):
    if metric == "cosine":
        norms = np.linalg.norm(X, axis=1)[:, None] * np.linalg.norm(Y, axis=1)[None, :]
        return 1.0 - (X @ Y.T) / norms
    return _solution_cdist_metric(X, Y, metric, p, VI)


def cdist_metric__mahalanobis_inverts_VI(X, Y, metric="euclidean", p=2.0, VI=None):
    if metric == "mahalanobis":
        if VI is None:
            raise ValueError("need VI")
        U = X[:, None, :] - Y[None, :, :]
        return np.sqrt(np.einsum("nmi,ij,nmj->nm", U, np.linalg.inv(VI), U))
    return _solution_cdist_metric(X, Y, metric, p, VI)


def cdist_metric__calls_scipy_cdist(X, Y, metric="euclidean", p=2.0, VI=None):
    from scipy.spatial import distance

    if metric == "cosine":
        return _solution_cdist_metric(X, Y, metric, p, VI)
    if metric == "minkowski" and p < 1:
        raise ValueError("p >= 1")
    if metric == "mahalanobis" and VI is None:
        raise ValueError("VI")
    kwargs = {"p": p} if metric == "minkowski" else {"VI": VI} if metric == "mahalanobis" else {}
    return distance.cdist(X, Y, metric, **kwargs)


def cdist_metric__cholesky_and_expansions(X, Y, metric="euclidean", p=2.0, VI=None):
    # Mahalanobis = Euclidean after mapping x -> Lᵀ x, where VI = L Lᵀ (Cholesky); cosine through
    # normalised rows with zero rows left at 0; everything else through explicit branches.
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y need the same number of columns")
    if metric == "mahalanobis":
        if VI is None or VI.shape != (X.shape[1], X.shape[1]):
            raise ValueError("mahalanobis needs VI of shape (d, d)")
        L = np.linalg.cholesky(VI)
        return np.sqrt(pairwise_sq_dists(X @ L, Y @ L))
    if metric == "cosine":
        def unit(A):
            n = np.sqrt(np.einsum("ij,ij->i", A, A))
            out = np.zeros_like(A)
            nz = n > 0
            out[nz] = A[nz] / n[nz, None]
            return out
        return np.maximum(1.0 - unit(X) @ unit(Y).T, 0.0)
    diff = np.abs(X[:, None, :] - Y[None, :, :])
    if metric == "euclidean":
        return np.sqrt(np.einsum("nmd,nmd->nm", diff, diff))
    if metric == "cityblock":
        return diff.sum(-1)
    if metric == "chebyshev":
        return diff.max(-1)
    if metric == "minkowski":
        if p < 1:
            raise ValueError("p must be >= 1")
        return np.power(np.power(diff, p).sum(-1), 1 / p)
    raise ValueError(f"unknown metric {metric}")


def knn_predict__ties_to_nearest(X_train, y_train, X_test, k):
    if not 1 <= k <= len(y_train):
        raise ValueError("bad k")
    order = np.argsort(pairwise_sq_dists(X_test, X_train), axis=1)[:, :k]
    # Counter.most_common keeps first-seen order on ties: the nearest neighbour's label wins.
    return np.array([Counter(y_train[row].tolist()).most_common(1)[0][0] for row in order], dtype=y_train.dtype)


def knn_predict__k_too_large_silently(X_train, y_train, X_test, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    order = np.argsort(pairwise_sq_dists(X_test, X_train), axis=1)[:, :k]  # fewer than k columns if k > n
    classes, codes = np.unique(y_train, return_inverse=True)
    counts = (codes[order][:, :, None] == np.arange(len(classes))).sum(axis=1)
    return classes[np.argmax(counts, axis=1)]


def knn_predict__loop_over_test_points(X_train, y_train, X_test, k):
    if not 1 <= k <= len(y_train):
        raise ValueError("bad k")
    y_pred = np.empty(len(X_test), dtype=y_train.dtype)
    for t, x in enumerate(X_test):
        d = np.sum((X_train - x) ** 2, axis=1)
        labels, counts = np.unique(y_train[np.argsort(d)[:k]], return_counts=True)
        y_pred[t] = labels[np.argmax(counts)]
    return y_pred


def knn_predict__uses_kdtree(X_train, y_train, X_test, k):
    from scipy.spatial import cKDTree

    if not 1 <= k <= len(y_train):
        raise ValueError("bad k")
    _, idx = cKDTree(X_train).query(X_test, k=k)
    classes, codes = np.unique(y_train, return_inverse=True)
    counts = (codes[idx.reshape(len(X_test), k)][:, :, None] == np.arange(len(classes))).sum(axis=1)
    return classes[np.argmax(counts, axis=1)]


def knn_predict__argsort_and_bincount(X_train, y_train, X_test, k):
    n = len(X_train)
    if k < 1 or k > n:
        raise ValueError(f"need 1 <= k <= {n}")
    D = (X_test**2).sum(1)[:, None] - 2 * X_test @ X_train.T + (X_train**2).sum(1)[None, :]
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    classes, codes = np.unique(y_train, return_inverse=True)
    C = len(classes)
    # One bincount over offset codes counts the votes of every test point at once.
    offsets = codes[nearest] + C * np.arange(len(X_test))[:, None]
    counts = np.bincount(offsets.ravel(), minlength=C * len(X_test)).reshape(len(X_test), C)
    return classes[counts.argmax(axis=1)]
