"""Hidden suite for exercises/level05/distances.py."""

import numpy as np
import pytest
from scipy.spatial.distance import cdist
from sklearn.neighbors import KNeighborsClassifier

from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level05 import distances as ref
from mlgrade.suites.level05 import call_quietly, expect_raises

MODULE = "distances"
METRICS = ("euclidean", "cityblock", "chebyshev", "minkowski", "cosine", "mahalanobis")


# -- data ------------------------------------------------------------------------------------------
def clouds(rng, n, m, d, *, shift=0.0):
    """Two point clouds ``X (n, d)`` and ``Y (m, d)`` with features of different scales."""
    scales = rng.uniform(0.5, 3.0, size=d)
    X = shift + rng.normal(size=(n, d)) * scales
    Y = shift + rng.normal(size=(m, d)) * scales + rng.normal(size=d)
    return X, Y


def inverse_covariance(rng, d):
    """A symmetric positive-definite (d, d) matrix, not diagonal, well conditioned."""
    A = rng.normal(size=(d, d))
    return A @ A.T / d + np.eye(d)


def labelled_blobs(rng, n_train, n_test, d, labels):
    """Overlapping Gaussian blobs, one per label; returns X_train, y_train (int64), X_test."""
    labels = np.asarray(labels, dtype=np.int64)
    centres = rng.normal(size=(len(labels), d)) * 1.5
    which = rng.integers(len(labels), size=n_train + n_test)
    points = centres[which] + rng.normal(size=(n_train + n_test, d))
    return points[:n_train], labels[which[:n_train]], points[n_train:]


# -- known mistakes, computed on the judge's side ------------------------------------------------
def metric_mistakes(X, Y, metric, p, VI):
    """(candidate, hint) pairs for the usual slips in each metric."""
    U = X[:, None, :] - Y[None, :, :]
    A = np.abs(U)
    with np.errstate(all="ignore"):
        if metric == "euclidean":
            return [(np.sum(U**2, axis=2), "these are squared distances: take the square root")]
        if metric == "cityblock":
            return [(np.sum(U, axis=2), "take the absolute value of each difference before summing")]
        if metric == "chebyshev":
            return [(np.max(U, axis=2), "take the absolute value of each difference before the maximum"),
                    (np.sum(A, axis=2), "this is the L1 (cityblock) distance; Chebyshev is the largest |u_k|")]
        if metric == "minkowski":
            return [(np.sum(A**p, axis=2), "you forgot the p-th root: (Σ |u_k|^p)^(1/p)"),
                    (np.sum(U**p, axis=2) ** (1 / p), "take |u_k| before the power"),
                    (np.sqrt(np.sum(A**2, axis=2)), "this is the Euclidean distance: use the order p")]
        if metric == "cosine":
            xn = np.linalg.norm(X, axis=1)[:, None]
            yn = np.linalg.norm(Y, axis=1)[None, :]
            similarity = (X @ Y.T) / (xn * yn)
            return [(similarity, "this is the cosine similarity; the distance is 1 - cos"),
                    (np.arccos(np.clip(similarity, -1, 1)), "this is the angle; the cosine distance is 1 - cos"),
                    (1 - X @ Y.T, "divide the dot product by both norms")]
        if metric == "mahalanobis":
            Q = np.einsum("nmi,ij,nmj->nm", U, VI, U)
            Q_inv = np.einsum("nmi,ij,nmj->nm", U, np.linalg.inv(VI), U)
            return [(Q, "these are squared Mahalanobis distances: take the square root"),
                    (np.sqrt(Q_inv), "VI is already the inverse covariance: do not invert it again"),
                    (np.sqrt(np.sum(U**2, axis=2)), "this is the Euclidean distance: put VI between the differences")]
    return []


def metric_kwargs(rng, metric, d):
    if metric == "minkowski":
        return {"p": float(rng.choice([1.5, 3.0, 4.5]))}
    if metric == "mahalanobis":
        return {"VI": inverse_covariance(rng, d)}
    return {}


# -- pairwise_sq_dists -----------------------------------------------------------------------------
@pytest.mark.exercise("pairwise_sq_dists", banned=("scipy.spatial",))
class TestPairwiseSqDists:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, m) float array and leaves X and Y unchanged"""
        X, Y = clouds(rng, 12, 8, 5)
        D, after = learner.pairwise_sq_dists.call_checking_inputs(X.copy(), Y.copy())
        assert_shape(D, (12, 8), "the distance matrix", describe(X=X, Y=Y))
        assert_unchanged((X, Y), after, ["X", "Y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "m", "d"), [(40, 25, 7), (9, 60, 3), (100, 1, 12)],
                             ids=["40x25-d7", "9x60-d3", "100x1-d12"])
    def test_matches_reference(self, learner, rng, n, m, d):
        """matches the reference on random clouds"""
        X, Y = clouds(rng, n, m, d)
        U = X[:, None, :] - Y[None, :, :]
        assert_close(learner.pairwise_sq_dists(X, Y), ref.pairwise_sq_dists(X, Y), what="the squared distances",
                     inputs=describe(X=X, Y=Y), rtol=1e-9, hints=[
                         (np.sqrt(np.sum(U**2, axis=2)), "these are distances; return their squares (no sqrt)"),
                         (np.sum(X**2, 1)[:, None] + np.sum(Y**2, 1)[None, :] - X @ Y.T,
                          "the cross term is -2 x·y: ‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y"),
                         (np.sum(X**2, 1)[:, None] + np.sum(Y**2, 1)[None, :] + 2 * X @ Y.T,
                          "the cross term has a minus sign: ‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y"),
                     ])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.spatial.distance.cdist(X, Y, "sqeuclidean")"""
        X, Y = clouds(rng, 70, 45, 9)
        assert_close(learner.pairwise_sq_dists(X, Y), cdist(X, Y, "sqeuclidean"), what="the squared distances",
                     inputs=describe(X=X, Y=Y), rtol=1e-9)

    @pytest.mark.points(1)
    def test_same_cloud(self, learner, rng):
        """X = Y: no negative entries, and a zero diagonal (up to rounding)"""
        X = 4.0 + rng.normal(size=(300, 20)) * rng.uniform(0.5, 3.0, size=20)
        inputs = describe(X=X, Y=X) + " (Y is X)"
        D = assert_shape(learner.pairwise_sq_dists(X, X), (300, 300), "the squared distances", inputs)
        negative = D < 0
        if negative.any():
            raise CheckFailed(f"{int(negative.sum())} entries of the squared distances are negative (smallest "
                              f"{D.min():.2g}) for {inputs}; a squared distance is never negative\n"
                              "Hint: rounding in ‖x‖² + ‖y‖² - 2 x·y can dip below 0 when x = y: "
                              "clamp the result with np.maximum(D, 0)")
        scale = float(np.max(np.abs(D)))
        diagonal = float(np.max(np.abs(np.diag(D))))
        if diagonal > 1e-10 * scale:
            raise CheckFailed(f"the distance of a point to itself should be 0, but the diagonal reaches "
                              f"{diagonal:.2g} (the largest distance is {scale:.2g}) for {inputs}")
        assert_close(D, ref.pairwise_sq_dists(X, X), what="the squared distances", inputs=inputs, rtol=1e-9)

    @pytest.mark.points(1)
    def test_far_from_origin(self, learner, rng):
        """stays accurate for points around 1e8, where the expansion cancels catastrophically"""
        X, Y = clouds(rng, 50, 30, 4, shift=1e8)
        inputs = describe(X=X, Y=Y) + ", coordinates around 1e8"
        actual = call_quietly(learner.pairwise_sq_dists, X, Y, inputs=inputs)
        try:
            assert_close(actual, cdist(X, Y, "sqeuclidean"), what="the squared distances", inputs=inputs, rtol=1e-6)
        except CheckFailed as failed:
            raise CheckFailed(f"{failed}\nHint: with coordinates around 1e8, ‖x‖², ‖y‖² and 2 x·y are about 1e16 and "
                              "nearly cancel, so every digit of the (small) distance is lost. Distances do not "
                              "change under a common shift: subtract the mean of all points from X and Y "
                              "first") from None

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as the vectorised expansion ‖x‖² + ‖y‖² - 2 x·y"""
        X, Y = clouds(rng, 20000, 12, 2)
        speed.check(learner.pairwise_sq_dists, (X, Y), max_ratio=10, inputs=describe(X=X, Y=Y),
                    hint="use the expansion ‖x‖² + ‖y‖² - 2 x·y: a column of squared norms plus a row of squared "
                         "norms minus 2 X Yᵀ (one matrix product); a Python loop over points is the usual cause")


# -- cdist_metric -------------------------------------------------------------------------------------
@pytest.mark.exercise("cdist_metric", banned=("scipy.spatial",))
class TestCdistMetric:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, m) float array and leaves its inputs unchanged"""
        X, Y = clouds(rng, 6, 9, 4)
        VI = inverse_covariance(rng, 4)
        D, after = learner.cdist_metric.call_checking_inputs(X.copy(), Y.copy(), "mahalanobis", 2.0, VI.copy())
        assert_shape(D, (6, 9), "the distance matrix", describe(X=X, Y=Y, metric="mahalanobis"))
        assert_unchanged((X, Y, None, None, VI), after, ["X", "Y", "metric", "p", "VI"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "m", "d"), [(30, 17, 6), (8, 40, 3), (25, 2, 11)],
                             ids=["30x17-d6", "8x40-d3", "25x2-d11"])
    def test_matches_reference(self, learner, rng, n, m, d):
        """matches the reference for each of the six metrics"""
        X, Y = clouds(rng, n, m, d)
        for metric in METRICS:
            kwargs = metric_kwargs(rng, metric, d)
            p, VI = kwargs.get("p", 2.0), kwargs.get("VI")
            inputs = describe(X=X, Y=Y, metric=metric, **({"p": p} if "p" in kwargs else {}),
                              **({"VI": VI} if VI is not None else {}))
            actual = call_quietly(learner.cdist_metric, X, Y, metric, p, VI, inputs=inputs)
            assert_close(actual, ref.cdist_metric(X, Y, metric, p, VI), what=f"the {metric} distances",
                         inputs=inputs, rtol=1e-9, hints=metric_mistakes(X, Y, metric, p, VI))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.spatial.distance.cdist for every metric (and Minkowski p = 1, 2)"""
        X, Y = clouds(rng, 35, 22, 5)
        VI = inverse_covariance(rng, 5)
        cases = [(metric, {}) for metric in METRICS if metric != "mahalanobis"] + [
            ("minkowski", {"p": 1.0}), ("minkowski", {"p": 2.0}), ("minkowski", {"p": 3.5}),
            ("mahalanobis", {"VI": VI})]
        for metric, kwargs in cases:
            p = kwargs.get("p", 2.0)
            inputs = describe(X=X, Y=Y, metric=metric, **kwargs)
            actual = call_quietly(learner.cdist_metric, X, Y, metric, p, kwargs.get("VI"), inputs=inputs)
            assert_close(actual, cdist(X, Y, metric, **kwargs), what=f"the {metric} distances", inputs=inputs,
                         rtol=1e-9)

    @pytest.mark.points(1)
    def test_cosine_zero_vectors(self, learner, rng):
        """cosine distance: a zero vector is at distance 1 from everything, without warnings"""
        X, Y = clouds(rng, 7, 5, 3)
        X[2] = 0.0
        Y[[0, 3]] = 0.0
        inputs = describe(X=X, Y=Y, metric="cosine") + ", with zero rows in X and Y"
        actual = call_quietly(learner.cdist_metric, X, Y, "cosine", inputs=inputs, hints={
            "invalid value": "0/0 for a zero vector: its norm is 0. Divide by the norm only where it is > 0 "
                             "(e.g. np.where(norm > 0, norm, 1)); a zero vector then has similarity 0, distance 1",
            "divide by zero": "a zero vector has norm 0: divide by the norm only where it is > 0 "
                              "(e.g. np.where(norm > 0, norm, 1)); its cosine distance is then 1",
        })
        expected = ref.cdist_metric(X, Y, "cosine")
        actual = assert_shape(actual, expected.shape, "the cosine distances", inputs)
        if not np.isfinite(actual).all():
            raise CheckFailed(f"the cosine distances contain NaN or inf for {inputs}\nHint: a zero vector has norm 0, "
                              "so x·y / (‖x‖ ‖y‖) is 0/0; use the convention of the docstring (similarity 0, "
                              "distance 1) instead")
        involves_zero = ~X.any(axis=1)[:, None] | ~Y.any(axis=1)[None, :]
        assert_close(actual, expected, what="the cosine distances", inputs=inputs, rtol=1e-9, hints=[
            (np.where(involves_zero, 0.0, expected),
             "a zero vector has cosine similarity 0 with everything, so its distance is 1, not 0"),
        ])

    @pytest.mark.points(1)
    def test_invalid_arguments(self, learner, rng):
        """raises ValueError for Minkowski p < 1, an unknown metric and Mahalanobis without VI"""
        X, Y = clouds(rng, 5, 4, 3)
        for p in (0.5, 0.0, -1.0):
            expect_raises(learner.cdist_metric, (X, Y, "minkowski", p), ["ValueError"],
                          what=f"metric = 'minkowski', p = {p}",
                          returned_hint="for p < 1, (Σ |u_k|^p)^(1/p) breaks the triangle inequality, so it is "
                                        "not a distance: check 1 <= p and raise ValueError")
        expect_raises(learner.cdist_metric, (X, Y, "manhattan"), ["ValueError"], what="metric = 'manhattan'",
                      returned_hint="only the six metric names of the docstring are valid; raise ValueError "
                                    "for any other name")
        expect_raises(learner.cdist_metric, (X, Y, "mahalanobis"), ["ValueError"],
                      what="metric = 'mahalanobis' without VI",
                      returned_hint="'mahalanobis' needs the inverse covariance VI: raise ValueError when it is None")


# -- knn_predict --------------------------------------------------------------------------------------
def check_labels(actual, expected, *, inputs, what="the predicted labels", hints=()):
    """Fail unless ``actual`` equals the integer labels ``expected``; say how many differ, never which."""
    actual = assert_shape(actual, expected.shape, what, inputs)
    if np.array_equal(actual, expected):
        return actual
    wrong = int(np.sum(actual != expected))
    message = f"{what} differ at {wrong} of {expected.size} test points for {inputs}"
    for candidate, hint in hints:
        if candidate.shape == actual.shape and np.array_equal(actual, candidate):
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def knn_mistakes(X_train, y_train, X_test, k):
    """Predictions of the usual slips: labels as class indices, 1-NN, ties to the nearest neighbour."""
    classes, codes = np.unique(y_train, return_inverse=True)
    D = cdist(X_test, X_train, "sqeuclidean")
    order = np.argsort(D, axis=1, kind="stable")[:, :k]
    votes = codes.reshape(-1)[order]
    counts = (votes[:, :, None] == np.arange(len(classes))).sum(axis=1)
    best = counts.max(axis=1)
    # Among the tied winners, the one whose first vote comes from the nearest neighbour.
    nearest_winner = np.array([next(v for v in row if c[v] == b) for row, c, b in zip(votes, counts, best)])
    farthest = np.argsort(D, axis=1, kind="stable")[:, ::-1][:, :k]
    far_votes = codes.reshape(-1)[farthest]
    far_counts = (far_votes[:, :, None] == np.arange(len(classes))).sum(axis=1)
    return [
        (np.argmax(counts, axis=1), "these are class indices 0, 1, 2, …; return the labels themselves "
                                    "(classes[index], with classes = np.unique(y_train))"),
        (classes[len(classes) - 1 - np.argmax(counts[:, ::-1], axis=1)],
         "on a tie in the vote, predict the smallest label (np.argmax returns the first maximum)"),
        (classes[nearest_winner], "on a tie in the vote, predict the smallest label, not the label of the "
                                  "nearest neighbour among the tied ones"),
        (y_train[order[:, 0]], "this is the label of the single nearest neighbour; let all k neighbours vote"),
        (classes[np.argmax(far_counts, axis=1)], "you took the k farthest points: sort distances ascending"),
    ]


@pytest.mark.exercise("knn_predict", banned=("scipy.spatial",))
class TestKnnPredict:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n_test,) labels of y_train's dtype and leaves the inputs unchanged"""
        X_train, y_train, X_test = labelled_blobs(rng, 30, 11, 4, [-1, 3, 7])
        args = (X_train.copy(), y_train.copy(), X_test.copy(), 5)
        y_pred, after = learner.knn_predict.call_checking_inputs(*args)
        inputs = describe(X_train=X_train, y_train=y_train, X_test=X_test, k=5)
        y_pred = assert_shape(y_pred, (11,), "the predictions", inputs)
        if y_pred.dtype.kind not in "iu":
            raise CheckFailed(f"the predictions should be integer labels like y_train ({y_train.dtype}), "
                              f"but have dtype {y_pred.dtype} for {inputs}\nHint: index the label array "
                              f"(classes[...]) instead of filling a float array")
        assert_unchanged(args, after, ["X_train", "y_train", "X_test", "k"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n_train", "n_test", "d", "k", "labels"), [
        (60, 25, 4, 5, (0, 1, 2)), (200, 50, 7, 1, (-2, 3, 10, 11)), (35, 90, 12, 6, (5, 9))],
        ids=["60-25-d4-k5", "200-50-d7-k1", "35-90-d12-k6"])
    def test_matches_reference(self, learner, rng, n_train, n_test, d, k, labels):
        """matches the reference on overlapping blobs (labels not 0..C-1)"""
        X_train, y_train, X_test = labelled_blobs(rng, n_train, n_test, d, labels)
        inputs = describe(X_train=X_train, X_test=X_test, k=k) + f", labels {sorted(labels)}"
        check_labels(learner.knn_predict(X_train, y_train, X_test, k), ref.knn_predict(X_train, y_train, X_test, k),
                     inputs=inputs, hints=knn_mistakes(X_train, y_train, X_test, k))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's KNeighborsClassifier(algorithm="brute")"""
        X_train, y_train, X_test = labelled_blobs(rng, 120, 60, 5, [1, 4, 6])
        for k in (3, 4, 9):
            oracle = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_train, y_train)
            inputs = describe(X_train=X_train, X_test=X_test, k=k)
            check_labels(learner.knn_predict(X_train, y_train, X_test, k), oracle.predict(X_test), inputs=inputs,
                         hints=knn_mistakes(X_train, y_train, X_test, k))

    @pytest.mark.points(1)
    def test_tied_votes(self, learner, rng):
        """a tie in the vote goes to the smallest label"""
        # Each test point has two neighbours of a large label nearer than two of a small label,
        # and every other training point far away: with k = 4 the vote is 2 : 2.
        d = 3
        centres = rng.normal(size=(6, d)) * 20.0
        X_train, y_train, X_test = [], [], []
        for centre in centres:
            big, small = rng.choice([8, 9, 12]), rng.choice([-4, 0, 2])
            X_train += [centre + [0.1, 0, 0], centre - [0, 0.2, 0], centre + [0, 0, 0.5], centre - [0.6, 0, 0]]
            y_train += [big, big, small, small]
            X_test.append(centre)
        X_train, y_train, X_test = np.array(X_train), np.array(y_train, dtype=np.int64), np.array(X_test)
        expected = ref.knn_predict(X_train, y_train, X_test, 4)
        inputs = describe(X_train=X_train, X_test=X_test, k=4) + ", every vote a 2 : 2 tie"
        check_labels(learner.knn_predict(X_train, y_train, X_test, 4), expected, inputs=inputs,
                     hints=knn_mistakes(X_train, y_train, X_test, 4) + [
                         (y_train[::4], "on a tie in the vote, predict the smallest label, not the label of the "
                                        "nearest neighbour")])

    @pytest.mark.points(1)
    def test_bad_k(self, learner, rng):
        """raises ValueError for k = 0 and for k > n_train"""
        X_train, y_train, X_test = labelled_blobs(rng, 10, 4, 3, [0, 1])
        expect_raises(learner.knn_predict, (X_train, y_train, X_test, 0), ["ValueError"], what="k = 0",
                      returned_hint="k must be at least 1: raise ValueError")
        expect_raises(learner.knn_predict, (X_train, y_train, X_test, 11), ["ValueError"],
                      what="k = 11 with 10 training points",
                      returned_hint="there are not k neighbours to vote when k > n_train: raise ValueError "
                                    "(scikit-learn does too) instead of silently using fewer")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation (no loop over test points)"""
        X_train, y_train, X_test = labelled_blobs(rng, 30, 8000, 3, [0, 1, 2])
        speed.check(learner.knn_predict, (X_train, y_train, X_test, 3), max_ratio=8,
                    inputs=describe(X_train=X_train, X_test=X_test, k=3),
                    hint="compute all distances at once (pairwise_sq_dists), take the k smallest of each row with "
                         "np.argpartition(D, k - 1, axis=1), and count votes for all rows together; a loop over "
                         "test points is the usual cause")
