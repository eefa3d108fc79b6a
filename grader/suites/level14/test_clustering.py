"""Hidden suite for exercises/level14/clustering.py."""

import warnings
from functools import partial

import numpy as np
import pytest
from scipy.special import logsumexp
from scipy.stats import multivariate_normal
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_array,
    as_float,
    assert_close,
    assert_finite,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level14 import clustering as ref

MODULE = "clustering"
INV_BANS = ("numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.det")

LOG_SPACE_HINT = ("the densities underflowed to 0 (e^-800 is 0 in floating point), and 0 / 0 or log(0) followed: "
                  "stay in log space. log p(x) = m + log Σ_j exp(a_j - m) with m = max_j a_j (log-sum-exp), and "
                  "log r_ij = a_ij - log p(x_i)")
EMPTY_CLUSTER_HINT = ("a cluster with no samples has no mean (0 / 0): by the spec its centroid stays where it was "
                      "for that round; update only the clusters with count > 0")
WARNING_HINTS = {
    "invalid value": LOG_SPACE_HINT,
    "divide by zero": LOG_SPACE_HINT,
    "overflow": "exp of a large log-density overflowed: subtract the row maximum before exponentiating",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)
KMEANS_WARNINGS = {"empty slice": EMPTY_CLUSTER_HINT, "invalid value": EMPTY_CLUSTER_HINT,
                   "divide by zero": EMPTY_CLUSTER_HINT}


# -- data ------------------------------------------------------------------------------------------
def blobs(rng, n, d, k, *, separation=4.0):
    """``n`` samples around ``k`` random centres in ``d`` dimensions (unit spread); returns ``X (n, d)``."""
    centres = rng.normal(size=(k, d)) * separation
    return centres[rng.integers(0, k, size=n)] + rng.normal(size=(n, d))


def random_spd(rng, k, d, scale=1.0):
    """``k`` random symmetric positive definite ``(d, d)`` matrices with eigenvalues of order ``scale``."""
    A = rng.normal(size=(k, d, d)) / np.sqrt(d)
    return scale * (A @ A.transpose(0, 2, 1) + 0.5 * np.eye(d))


def mixture_problem(rng, n, d, k, *, separation=3.0, outliers=0):
    """Samples of a random Gaussian mixture and a nearby starting point ``(weights, means, covariances)``.

    With ``outliers`` > 0, that many extra samples lie ~30 standard deviations from every
    component: their densities (e^-1000 and less) underflow to 0 under every component.
    """
    centres = rng.normal(size=(k, d)) * separation
    covs = random_spd(rng, k, d)
    labels = rng.integers(0, k, size=n)
    L = np.linalg.cholesky(covs)
    X = centres[labels] + np.einsum("nij,nj->ni", L[labels], rng.normal(size=(n, d)))
    if outliers:
        X = np.vstack([X, 30.0 * rng.normal(size=(outliers, d)) + X.mean(axis=0)])
        X = X[rng.permutation(len(X))]
    weights = np.full(k, 1.0 / k)
    means = centres + 0.5 * rng.normal(size=(k, d))
    covariances = np.repeat(np.eye(d)[None] * X.var(axis=0).mean(), k, axis=0)
    return X, weights, means, covariances


# -- shared checks ---------------------------------------------------------------------------------
def squared_distances(X, C):
    """Exact squared distances (n, k) from differences (no cancellation)."""
    return np.sum((X[:, None, :] - C[None, :, :]) ** 2, axis=2)


def check_labels(labels, X, C, inputs, *, what="the labels", hints=()):
    """Labels must be integer, (n,), and point at a nearest centroid of ``C`` (near-ties accept either)."""
    labels = as_array(labels, what)
    labels = assert_shape(labels, (X.shape[0],), what, inputs)
    if labels.dtype.kind not in "iu":
        raise CheckFailed(f"{what} should be integer indices, but have dtype {labels.dtype}"
                          + f" (for {inputs})\nHint: np.argmin returns int64 indices; do not convert to float")
    if labels.size and (labels.min() < 0 or labels.max() >= C.shape[0]):
        raise CheckFailed(f"{what} should lie in 0..{C.shape[0] - 1}, got values from {labels.min()} to "
                          f"{labels.max()} (for {inputs})")
    D = squared_distances(X, C)
    best = D.min(axis=1)
    scale = np.sum(X**2, axis=1) + np.max(np.sum(C**2, axis=1))
    wrong = D[np.arange(len(X)), labels] > best + 1e-9 * scale
    if wrong.any():
        message = (f"{int(wrong.sum())} of {len(X)} samples in {what} are not assigned to their nearest "
                   f"centroid (for {inputs})")
        for candidate, hint in hints:
            if np.array_equal(labels, candidate):
                message += f"\nHint: {hint}"
                break
        raise CheckFailed(message)
    return labels


def unpack(result, count, names):
    if not isinstance(result, tuple) or len(result) != count:
        raise CheckFailed(f"return a tuple ({', '.join(names)}), got {type(result).__name__}"
                          + (f" of length {len(result)}" if isinstance(result, (tuple, list)) else ""))
    return result


# -- kmeans_assign ---------------------------------------------------------------------------------
def assign_mistakes(X, C):
    """Label arrays of known mistakes, each with its hint."""
    x2, c2 = np.sum(X**2, axis=1)[:, None], np.sum(C**2, axis=1)[None, :]
    k = C.shape[0]
    return [
        (np.argmin(x2 + 2 * X @ C.T + c2, axis=1),
         "the expansion is |x - c|² = |x|² - 2 x·c + |c|²: check the sign of the cross term"),
        (np.argmin(-2 * X @ C.T, axis=1),
         "you dropped |c|²: only |x|² is the same for every centroid of a row and may be dropped"),
        (np.argmax(x2 - 2 * X @ C.T + c2, axis=1), "you took the farthest centroid (argmax): use np.argmin"),
        (k - 1 - np.argmin(squared_distances(X, C)[:, ::-1], axis=1),
         "ties must go to the lowest centroid index; np.argmin returns the first minimum"),
    ]


@pytest.mark.exercise("kmeans_assign")
class TestKmeansAssign:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n,) integer labels and leaves X and centroids unchanged"""
        X, C = rng.normal(size=(30, 4)), rng.normal(size=(3, 4))
        labels, after = learner.kmeans_assign.call_checking_inputs(X.copy(), C.copy())
        check_labels(labels, X, C, describe(X=X, centroids=C))
        assert_unchanged((X, C), after, ["X", "centroids"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d", "k"), [(200, 5, 3), (37, 12, 4), (500, 2, 9)],
                             ids=["200x5-k3", "37x12-k4", "500x2-k9"])
    def test_matches_reference(self, learner, rng, n, d, k):
        """every sample gets its nearest centroid (checked against exact distances)"""
        X = blobs(rng, n, d, k)
        C = X[rng.choice(n, size=k, replace=False)] + 0.3 * rng.normal(size=(k, d))
        inputs = describe(X=X, centroids=C)
        check_labels(learner.kmeans_assign(X, C), X, C, inputs, hints=assign_mistakes(X, C))

    @pytest.mark.points(1)
    def test_ties_lowest_index(self, learner, rng):
        """ties go to the lowest index: duplicated centroids and samples exactly halfway"""
        C = np.array([[0.0, 0.0, 0.0], [4.0, 0.0, 0.0], [0.0, 0.0, 0.0], [4.0, 2.0, 0.0], [4.0, 0.0, 0.0]])
        X = np.vstack([rng.integers(-3, 8, size=(40, 3)).astype(float), [[2.0, 0.0, 0.0], [4.0, 1.0, 0.0]]])
        expected = ref.kmeans_assign(X, C)
        inputs = describe(X=X, centroids=C) + " (integer data; centroids 0 and 2, 1 and 4 are equal)"
        labels = check_labels(learner.kmeans_assign(X, C), X, C, inputs)
        if not np.array_equal(labels, expected):
            raise CheckFailed(f"{int(np.sum(labels != expected))} of {len(X)} tied samples did not go to the lowest "
                              f"centroid index (for {inputs})\nHint: ties must go to the lowest centroid index; "
                              "np.argmin returns the first minimum")

    @pytest.mark.points(1)
    def test_bad_shapes(self, learner, rng):
        """raises ValueError when X and centroids have different numbers of features"""
        X, C = rng.normal(size=(10, 3)), rng.normal(size=(2, 4))
        assert_learner_raises(lambda: learner.kmeans_assign(X, C), "ValueError",
                              what="X with 3 features and centroids with 4")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X = blobs(rng, 4000, 6, 7)
        C = X[:7].copy()
        speed.check(learner.kmeans_assign, (X, C), max_ratio=8, inputs=describe(X=X, centroids=C),
                    hint="all n·k squared distances come from one matrix product: |x|² - 2 X Cᵀ + |c|²; "
                         "a loop over samples is the usual cause")


# -- kmeans ----------------------------------------------------------------------------------------
def check_kmeans(result, X, init, n_iter, tol, expected, inputs, hints=True):
    """Compare (centroids, labels, inertia) with ``expected`` (centroids and inertia; labels by nearest centroid)."""
    centroids, labels, inertia = unpack(result, 3, ("centroids", "labels", "inertia"))
    centroid_hints = []
    if hints:
        centroid_hints = [
            (ref.kmeans(X, init, n_iter + 1, tol)[0], "these are the centroids after n_iter + 1 updates: "
                                                      "n_iter counts the (assign, update) rounds"),
        ] + ([(ref.kmeans(X, init, n_iter - 1, tol)[0], "these are the centroids after n_iter - 1 updates: "
                                                        "n_iter counts the (assign, update) rounds")]
             if n_iter > 1 else [(init, "the centroids never moved from init")])
    centroids = assert_close(centroids, expected[0], what="the centroids", inputs=inputs, rtol=1e-8,
                             hints=centroid_hints)
    stale = ref.kmeans_assign(X, ref.kmeans(X, init, n_iter - 1, tol)[0] if n_iter > 1 else init)
    labels = check_labels(labels, X, centroids, inputs, what="the labels (of the returned centroids)", hints=[
        (stale, "these are the labels from before the last update: assign once more with the final centroids"),
    ])
    value = np.float64(as_float(inertia, "the inertia"))
    exact = np.sum((X - expected[0][labels]) ** 2)
    assert_close(value, expected[2], what="the inertia", inputs=inputs, rtol=1e-8, hints=[
        (exact / len(X), "this is the mean squared distance; the inertia is the sum over samples"),
        (np.sum(np.sqrt(np.sum((X - expected[0][labels]) ** 2, axis=1))),
         "this is the sum of distances; the inertia sums *squared* distances"),
    ])
    return centroids, labels


@pytest.mark.exercise("kmeans", banned=("sklearn",))
class TestKmeans:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (centroids (k, d), labels (n,), inertia float) and leaves X and init unchanged"""
        X = blobs(rng, 60, 3, 4)
        init = X[:4].copy()
        result, after = learner.kmeans.call_checking_inputs(X.copy(), init.copy(), 5)
        centroids, labels, inertia = unpack(result, 3, ("centroids", "labels", "inertia"))
        inputs = describe(X=X, init=init, n_iter=5)
        assert_shape(centroids, (4, 3), "the centroids", inputs)
        check_labels(labels, X, np.asarray(centroids, dtype=float), inputs)
        as_float(inertia, "the inertia")
        assert_unchanged((X, init), after[:2], ["X", "init"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d", "k", "n_iter", "tol"),
                             [(150, 4, 3, 1, 0.0), (90, 7, 5, 3, 0.0), (400, 2, 6, 100, 1e-2)],
                             ids=["150x4-k3-1iter", "90x7-k5-3iter", "400x2-k6-tol1e-2"])
    def test_matches_reference(self, learner, rng, n, d, k, n_iter, tol):
        """matches the reference: centroids, labels of the final centroids, inertia"""
        X = blobs(rng, n, d, k, separation=2.0)
        init = X[:k].copy()  # a poor start, so the first rounds move a lot
        inputs = describe(X=X, init=init, n_iter=n_iter, tol=tol)
        result = call_quietly(learner.kmeans, X, init, n_iter, tol, inputs=inputs, hints=KMEANS_WARNINGS)
        check_kmeans(result, X, init, n_iter, tol, ref.kmeans(X, init, n_iter, tol), inputs)

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn KMeans(init=init, n_init=1, algorithm="lloyd", tol=0)"""
        # Four well-separated blobs and one starting sample from each: no cluster ever empties, so
        # scikit-learn's relocation of empty clusters (not ours) never happens.
        centres = 8.0 * np.vstack([np.zeros(3), np.eye(3)])
        truth = np.concatenate([np.arange(4), rng.integers(0, 4, size=236)])
        X = centres[truth] + rng.normal(size=(240, 3))
        init = X[:4].copy()
        oracle = KMeans(n_clusters=4, init=init, n_init=1, algorithm="lloyd", max_iter=30, tol=0.0).fit(X)
        inputs = describe(X=X, init=init, n_iter=30)
        result = call_quietly(learner.kmeans, X, init, 30, 0.0, inputs=inputs, hints=KMEANS_WARNINGS)
        check_kmeans(result, X, init, 30, 0.0, (oracle.cluster_centers_, oracle.labels_, oracle.inertia_), inputs,
                     hints=False)

    @pytest.mark.points(1)
    def test_empty_cluster(self, learner, rng):
        """an empty cluster keeps its centroid (a far-away centroid, and a duplicate that loses every tie)"""
        X = np.vstack([rng.normal(size=(30, 2)), rng.normal(size=(30, 2)) + [10.0, 0.0]])
        init = np.array([[0.0, 0.0], [10.0, 0.0], [500.0, 500.0], [0.0, 0.0]])
        # One round: centroid 3 ties with centroid 0 for every sample, so it gets none and stays put.
        inputs = describe(X=X, init=init, n_iter=1) + " (init[2] is far from every sample; init[3] = init[0])"
        result = call_quietly(learner.kmeans, X, init, 1, 0.0, inputs=inputs, hints=KMEANS_WARNINGS)
        expected = ref.kmeans(X, init, 1, 0.0)
        centroids, labels, inertia = unpack(result, 3, ("centroids", "labels", "inertia"))
        centroids = assert_shape(centroids, (4, 2), "the centroids", inputs)
        assert_finite(centroids, "the centroids", inputs + f"\nHint: {EMPTY_CLUSTER_HINT}")
        for j, why in [(2, "no sample is near it"), (3, "it equals centroid 0, and ties go to the lowest index")]:
            if not np.allclose(centroids[j], init[j], rtol=0, atol=1e-12):
                raise CheckFailed(f"centroid {j} should stay at init[{j}] because {why}, but it moved (for {inputs})"
                                  f"\nHint: {EMPTY_CLUSTER_HINT}" + ("" if j == 2 else
                                  "; and a tie must go to the lowest index (np.argmin)"))
        check_kmeans(result, X, init, 1, 0.0, expected, inputs, hints=False)

    @pytest.mark.points(1)
    def test_bad_input(self, learner, rng):
        """raises ValueError for n_iter = 0 and for init with the wrong number of features"""
        X = rng.normal(size=(20, 3))
        assert_learner_raises(lambda: learner.kmeans(X, X[:2], 0), "ValueError", what="n_iter = 0")
        assert_learner_raises(lambda: learner.kmeans(X, X[:2, :2], 5), "ValueError",
                              what="X with 3 features and init with 2")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X = blobs(rng, 3000, 4, 5, separation=3.0)
        init = X[:5].copy()
        speed.check(learner.kmeans, (X, init, 10, 0.0), max_ratio=16, inputs=describe(X=X, init=init, n_iter=10),
                    hint="the update needs per-cluster sums without a loop over samples: one_hot.T @ X, "
                         "np.bincount(labels, weights=X[:, j]) or one boolean mask per cluster")


# -- gmm_e_step ------------------------------------------------------------------------------------
def e_step_oracle(X, weights, means, covariances):
    """SciPy's log-densities and logsumexp."""
    log_joint = np.column_stack([np.log(w) + multivariate_normal(m, c).logpdf(X)
                                 for w, m, c in zip(weights, means, covariances)])
    log_norm = logsumexp(log_joint, axis=1, keepdims=True)
    return log_joint - log_norm, float(np.mean(log_norm))


def e_step_mistakes(X, weights, means, covariances):
    """(log_resp, log_likelihood) of two known mistakes: weights left out, and log|Σ| taken as Σ log L_mm."""
    log_density = np.column_stack([multivariate_normal(m, c).logpdf(X) for m, c in zip(means, covariances)])
    # With log|Σ| = Σ_m log L_mm (half the true value), the log-density is too large by ½ Σ_m log L_mm.
    half_log_det = np.array([np.sum(np.log(np.diag(np.linalg.cholesky(c)))) for c in covariances])
    results = []
    for log_joint in (log_density, np.log(weights) + log_density + 0.5 * half_log_det):
        log_norm = logsumexp(log_joint, axis=1, keepdims=True)
        results.append((log_joint - log_norm, float(np.mean(log_norm))))
    return results


def check_e_step(result, X, params, expected, inputs, rtol=1e-9):
    log_resp, log_likelihood = unpack(result, 2, ("log_resp", "log_likelihood"))
    n = X.shape[0]
    no_weights, half_det = e_step_mistakes(X, *params)
    value = np.float64(as_float(log_likelihood, "the log-likelihood"))
    log_resp = assert_close(log_resp, expected[0], what="the log-responsibilities", inputs=inputs, rtol=rtol, hints=[
        (np.exp(expected[0]), "these are the responsibilities r, not their logs"),
        (no_weights[0], "the mixing weights are missing: add log π_j to each component's log-density"),
        (half_det[0], "log|Σ| = 2 Σ_m log L_mm for Σ = L Lᵀ: you used Σ_m log L_mm (the log-determinant of L)"),
    ])
    sums = np.exp(log_resp).sum(axis=1)
    if np.max(np.abs(sums - 1.0)) > 1e-9:
        raise CheckFailed(f"the responsibilities exp(log_resp) should sum to 1 over components in every row, but "
                          f"a row sums to {sums[np.argmax(np.abs(sums - 1.0))]:.12g} (for {inputs})")
    assert_close(value, expected[1], what="the mean log-likelihood", inputs=inputs, rtol=rtol, hints=[
        (expected[1] * n, "this is the sum of log p(x_i); return the mean over samples"),
        (no_weights[1], "the mixing weights are missing: add log π_j to each component's log-density"),
        (half_det[1], "log|Σ| = 2 Σ_m log L_mm for Σ = L Lᵀ: you used Σ_m log L_mm"),
    ])


@pytest.mark.exercise("gmm_e_step", banned=INV_BANS + ("scipy",))
class TestGmmEStep:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (log_resp (n, k), log_likelihood float) and leaves its inputs unchanged"""
        X, *params = mixture_problem(rng, 40, 3, 2)
        args = (X.copy(), *[p.copy() for p in params])
        inputs = describe(X=X, means=params[1])
        result, after = call_quietly(learner.gmm_e_step, *args, inputs=inputs, checking_inputs=True)
        log_resp, log_likelihood = unpack(result, 2, ("log_resp", "log_likelihood"))
        assert_shape(log_resp, (40, 2), "log_resp", inputs)
        as_float(log_likelihood, "the log-likelihood")
        assert_unchanged(args, after, ["X", "weights", "means", "covariances"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d", "k"), [(35, 6, 4), (300, 2, 5)], ids=["35x6-k4", "300x2-k5"])
    def test_matches_reference(self, learner, rng, n, d, k):
        """matches the reference; responsibilities sum to 1 in every row"""
        X, weights, means, _ = mixture_problem(rng, n, d, k)
        weights = rng.dirichlet(np.full(k, 3.0))
        covariances = random_spd(rng, k, d, scale=2.0)
        params = (weights, means, covariances)
        inputs = describe(X=X, means=means)
        result = call_quietly(learner.gmm_e_step, X, *params, inputs=inputs)
        check_e_step(result, X, params, ref.gmm_e_step(X, *params), inputs)

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.multivariate_normal.logpdf and scipy.special.logsumexp"""
        X, weights, means, _ = mixture_problem(rng, 80, 4, 3)
        params = (weights, means, random_spd(rng, 3, 4, scale=0.7))
        inputs = describe(X=X, means=means)
        result = call_quietly(learner.gmm_e_step, X, *params, inputs=inputs)
        check_e_step(result, X, params, e_step_oracle(X, *params), inputs, rtol=1e-8)

    @pytest.mark.points(2)
    def test_underflow_d20(self, learner, rng):
        """d = 20 with outliers whose densities underflow to 0 under every component: stays finite and exact"""
        X, weights, means, _ = mixture_problem(rng, 150, 20, 3, outliers=6)
        params = (weights, means, random_spd(rng, 3, 20))
        inputs = describe(X=X, means=means) + ", 6 outliers whose densities are below e^-1000"
        result = call_quietly(learner.gmm_e_step, X, *params, inputs=inputs)
        log_resp, log_likelihood = unpack(result, 2, ("log_resp", "log_likelihood"))
        assert_finite(log_resp, "the log-responsibilities", inputs + f"\nHint: {LOG_SPACE_HINT}")
        if not np.isfinite(as_float(log_likelihood, "the log-likelihood")):
            raise CheckFailed(f"the log-likelihood is not finite (for {inputs})\nHint: {LOG_SPACE_HINT}")
        check_e_step(result, X, params, ref.gmm_e_step(X, *params), inputs, rtol=1e-8)

    @pytest.mark.points(1)
    def test_not_positive_definite(self, learner, rng):
        """raises ValueError (LinAlgError is one) for a covariance that is not positive definite"""
        X, weights, means, covariances = mixture_problem(rng, 20, 3, 2)
        covariances[1] = np.diag([1.0, -1.0, 1.0])
        assert_learner_raises(lambda: learner.gmm_e_step(X, weights, means, covariances), "ValueError",
                              "LinAlgError", what="a covariance with a negative eigenvalue")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, weights, means, _ = mixture_problem(rng, 3000, 5, 3)
        covariances = random_spd(rng, 3, 5)
        speed.check(learner.gmm_e_step, (X, weights, means, covariances), max_ratio=8,
                    inputs=describe(X=X, means=means),
                    hint="handle all samples of a component at once: np.linalg.solve(L, (X - μ).T) gives every "
                         "L⁻¹(x - μ) as a column; loop over components if you like, never over samples")


# -- gmm_em ----------------------------------------------------------------------------------------
def check_em(result, X, start, n_iter, reg, expected, inputs, *, rtol=1e-7, history_hints=True):
    weights, means, covariances, history = unpack(result, 4, ("weights", "means", "covariances", "log_likelihoods"))
    n = X.shape[0]
    no_reg = ref.gmm_em(X, *start, n_iter, 0.0)[2] if reg > 0 else np.zeros(1)
    assert_close(covariances, expected[2], what="the covariances", inputs=inputs, rtol=rtol, hints=[
        (no_reg, f"add reg_covar (here {reg:g}) to the diagonal of every covariance in the M-step"),
    ])
    assert_close(means, expected[1], what="the means", inputs=inputs, rtol=rtol)
    assert_close(weights, expected[0], what="the weights", inputs=inputs, rtol=rtol, hints=[
        (expected[0] * n, "these are the counts N_j; the weights are N_j / n"),
    ])
    hints = []
    if history_hints:
        longer = ref.gmm_em(X, *start, n_iter + 1, reg)[3]
        hints = [(longer[1:], "log_likelihoods[t] must be recorded in the E-step, before the M-step: entry 0 is "
                              "the log-likelihood of the initial parameters"),
                 (expected[3] * n, "record the mean log-likelihood per sample, not the sum")]
    history = assert_close(history, expected[3], what="the log-likelihood history", inputs=inputs, rtol=1e-9,
                           hints=hints)
    return history


@pytest.mark.exercise("gmm_em", banned=INV_BANS + ("sklearn", "scipy"))
class TestGmmEm:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (weights (k,), means (k, d), covariances (k, d, d), log_likelihoods (n_iter,)); inputs unchanged"""
        X, *start = mixture_problem(rng, 60, 3, 2)
        args = (X.copy(), *[p.copy() for p in start], 4)
        inputs = describe(X=X, means=start[1], n_iter=4)
        result, after = call_quietly(learner.gmm_em, *args, inputs=inputs, checking_inputs=True)
        weights, means, covariances, history = unpack(result, 4, ("weights", "means", "covariances",
                                                                  "log_likelihoods"))
        for value, shape, what in [(weights, (2,), "weights"), (means, (2, 3), "means"),
                                   (covariances, (2, 3, 3), "covariances"), (history, (4,), "log_likelihoods")]:
            assert_shape(value, shape, what, inputs)
        assert_unchanged(args[:4], after[:4], ["X", "weights", "means", "covariances"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d", "k", "n_iter", "reg"), [(200, 3, 2, 8, 1e-6), (150, 5, 3, 12, 1e-2)],
                             ids=["200x3-k2-8iter", "150x5-k3-12iter-reg1e-2"])
    def test_matches_reference(self, learner, rng, n, d, k, n_iter, reg):
        """matches the reference: parameters after n_iter steps and the log-likelihood history"""
        X, *start = mixture_problem(rng, n, d, k)
        inputs = describe(X=X, means=start[1], n_iter=n_iter, reg_covar=reg)
        result = call_quietly(learner.gmm_em, X, *start, n_iter, reg, inputs=inputs)
        check_em(result, X, start, n_iter, reg, ref.gmm_em(X, *start, n_iter, reg), inputs)

    @pytest.mark.points(2)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn GaussianMixture(covariance_type="full", tol=0) from the same start"""
        X, *start = mixture_problem(rng, 240, 3, 3)
        weights, means, covariances = start
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ConvergenceWarning: tol=0 never "converges"
            oracle = GaussianMixture(n_components=3, covariance_type="full", tol=0.0, max_iter=10, reg_covar=1e-6,
                                     weights_init=weights, means_init=means,
                                     precisions_init=np.linalg.inv(covariances), init_params="random",
                                     random_state=0).fit(X)
        inputs = describe(X=X, means=means, n_iter=10)
        result = call_quietly(learner.gmm_em, X, weights, means, covariances, 10, 1e-6, inputs=inputs)
        # lower_bounds_ (scikit-learn >= 1.6) is the whole history; otherwise only lower_bound_ is known.
        history = getattr(oracle, "lower_bounds_", None)
        if history is None:
            history = ref.gmm_em(X, *start, 10, 1e-6)[3]
        expected = (oracle.weights_, oracle.means_, oracle.covariances_, np.asarray(history, dtype=float))
        if not np.isclose(expected[3][-1], oracle.lower_bound_, rtol=1e-12, atol=0):
            raise RuntimeError("the grader's scikit-learn history does not end at lower_bound_")
        check_em(result, X, start, 10, 1e-6, expected, inputs, rtol=1e-6, history_hints=False)

    @pytest.mark.points(2)
    def test_d20_monotone(self, learner, rng):
        """d = 20 with outliers (densities underflow): finite, log-likelihood never decreases, matches the reference"""
        X, *start = mixture_problem(rng, 240, 20, 3, outliers=5)
        inputs = describe(X=X, means=start[1], n_iter=10) + ", 5 outliers whose densities are below e^-1000"
        result = call_quietly(learner.gmm_em, X, *start, 10, 1e-6, inputs=inputs)
        _, _, _, history = unpack(result, 4, ("weights", "means", "covariances", "log_likelihoods"))
        history = assert_shape(history, (10,), "the log-likelihood history", inputs)
        assert_finite(history, "the log-likelihood history", inputs + f"\nHint: {LOG_SPACE_HINT}")
        drops = np.diff(history)
        worst = int(np.argmin(drops))
        if drops[worst] < -1e-9 * max(1.0, abs(history[worst])):
            raise CheckFailed(f"the log-likelihood decreased from step {worst} to {worst + 1} by "
                              f"{-drops[worst]:.3g} (for {inputs}); EM never decreases it\nHint: check the M-step: "
                              "π_j = N_j / n, μ_j = Σ r_ij x_i / N_j, Σ_j around the new μ_j")
        check_em(result, X, start, 10, 1e-6, ref.gmm_em(X, *start, 10, 1e-6), inputs)
