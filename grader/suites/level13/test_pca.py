"""Hidden suite for exercises/level13/pca.py."""

import numpy as np
import pytest
from sklearn.decomposition import PCA

from mlgrade.checks import (
    CheckFailed,
    align_signs,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.datasets import ratings_like
from mlgrade.reference.level13 import pca as ref

MODULE = "pca"
SHAPES = [(50, 7), (13, 30), (300, 4)]  # n ≠ d, and wide data (d > n)
SHAPE_IDS = ["50x7", "13x30", "300x4"]


def uncentred_axes(X, k):
    """The known mistake of skipping the centring step, as (components, variances)."""
    values, vectors = np.linalg.eigh(X.T @ X / (X.shape[0] - 1))
    order = np.argsort(values)[::-1][:k]
    return vectors[:, order].T, values[order]


def check_components(components, variance, X, k, expected, what):
    """Shared checks for PCA outputs against expected (components, variance)."""
    inputs = describe(X=X, k=k)
    assert_shape(components, (k, X.shape[1]), f"{what} components", inputs)
    assert_shape(variance, (k,), f"{what} explained variance", inputs)
    ascending = np.sort(expected[1])
    assert_close(variance, expected[1], what="the explained variance", inputs=inputs, rtol=1e-8, hints=[
        (expected[1] * (X.shape[0] - 1) / X.shape[0], "this is the covariance divided by n; divide by n - 1"),
        (ascending, "your variances are in ascending order: np.linalg.eigh sorts ascending, reverse it"),
        (uncentred_axes(X, k)[1], "these are the variances of uncentred data: did you subtract the mean?"),
        (np.sqrt(expected[1] * (X.shape[0] - 1)), "these are the singular values s; the variance is s² / (n - 1)"),
    ])
    uncentred = uncentred_axes(X, k)[0]
    assert_close(align_signs(components, expected[0]), expected[0], what="the components (up to sign)",
                 inputs=inputs, rtol=1e-6, hints=[
                     (align_signs(components, uncentred), "your components match PCA on uncentred data: "
                                                          "did you subtract the mean?"),
                 ] + ([(align_signs(components, expected[0].T), "these are the components as columns; "
                        "return them as rows (transpose)")] if k == X.shape[1] else []))


@pytest.mark.exercise("covariance_matrix", banned=("numpy.cov",))
class TestCovarianceMatrix:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d, d) float array and leaves X unchanged"""
        X = ratings_like(rng, 40, 7)
        Sigma, (X_after,) = learner.covariance_matrix.call_checking_inputs(X.copy())
        assert_shape(Sigma, (7, 7), "the covariance matrix", describe(X=X))
        assert_unchanged((X,), (X_after,), ["X"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on ratings-like data"""
        X = ratings_like(rng, *shape)
        n = shape[0]
        expected = ref.covariance_matrix(X)
        Xc = X - X.mean(axis=0)
        assert_close(learner.covariance_matrix(X), expected, what="the covariance matrix", inputs=describe(X=X),
                     hints=[
                         (Xc.T @ Xc / n, "you divided by n; the unbiased estimator divides by n - 1"),
                         (X.T @ X / (n - 1), "this is Xᵀ X / (n - 1) without centring: subtract the column means first"),
                         (X.T @ X / n, "this is Xᵀ X / n: centre the columns and divide by n - 1"),
                         (Xc @ Xc.T / (n - 1) if n == shape[1] else np.zeros(1), "rows and columns are swapped"),
                     ])

    @pytest.mark.points(1)
    def test_matches_numpy_cov(self, learner, rng):
        """agrees with numpy.cov(X, rowvar=False)"""
        X = rng.normal(size=(120, 9)) * rng.uniform(0.1, 10.0, size=9)
        assert_close(learner.covariance_matrix(X), np.cov(X, rowvar=False), what="the covariance matrix",
                     inputs=describe(X=X), rtol=1e-10)

    @pytest.mark.points(1)
    def test_large_mean(self, learner, rng):
        """stays accurate when the mean is huge (1e8) compared with the spread"""
        X = 1e8 + rng.normal(size=(200, 5))
        n = X.shape[0]
        mu = X.mean(axis=0)
        shortcut = (X.T @ X - n * np.outer(mu, mu)) / (n - 1)
        assert_close(learner.covariance_matrix(X), ref.covariance_matrix(X), what="the covariance matrix",
                     inputs=describe(X=X) + " around 1e8", rtol=1e-6, hints=[
                         (shortcut, "E[x xᵀ] - μ μᵀ cancels catastrophically for a large mean: centre X first"),
                     ])

    @pytest.mark.points(1)
    def test_too_few_samples(self, learner):
        """raises ValueError for a single sample (n - 1 = 0)"""
        X = np.array([[1.0, 2.0, 3.0]])
        assert_learner_raises(lambda: learner.covariance_matrix(X), "ValueError", what="X with one row")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X = ratings_like(rng, 2000, 60)
        speed.check(learner.covariance_matrix, (X,), max_ratio=8, inputs=describe(X=X),
                    hint="the covariance is one matrix product Xcᵀ Xc / (n - 1); loops over features "
                         "or samples are the usual cause")


class PCAChecks:
    """Checks shared by both PCA routes (the subclasses name the function)."""

    function = ""

    def run(self, learner, X, k):
        return getattr(learner, self.function)(X, k)

    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (components (k, d), explained_variance (k,)) and leaves X unchanged"""
        X = ratings_like(rng, 30, 6)
        result, (X_after, _) = getattr(learner, self.function).call_checking_inputs(X.copy(), 3)
        if not isinstance(result, tuple) or len(result) != 2:
            raise CheckFailed("return a tuple (components, explained_variance)")
        assert_shape(result[0], (3, 6), "components", describe(X=X, k=3))
        assert_shape(result[1], (3,), "explained_variance", describe(X=X, k=3))
        assert_unchanged((X,), (X_after,), ["X"])

    @pytest.mark.points(2)
    @pytest.mark.parametrize(("shape", "k"), [((50, 7), 3), ((13, 30), 5), ((300, 4), 4)],
                             ids=["50x7-k3", "13x30-k5", "300x4-k4"])
    def test_matches_reference(self, learner, rng, shape, k):
        """matches the reference up to the sign of each component"""
        X = ratings_like(rng, *shape)
        components, variance = self.run(learner, X, k)
        check_components(components, variance, X, k, ref.pca_svd(X, k), "the")

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's PCA (components_ up to sign, explained_variance_)"""
        X = ratings_like(rng, 80, 10)
        oracle = PCA(n_components=4, svd_solver="full").fit(X)
        components, variance = self.run(learner, X, 4)
        check_components(components, variance, X, 4, (oracle.components_, oracle.explained_variance_), "the")

    @pytest.mark.points(1)
    def test_orthonormal(self, learner, rng):
        """components are orthonormal rows (W Wᵀ = I)"""
        X = ratings_like(rng, 60, 8)
        components, _ = self.run(learner, X, 5)
        components = assert_shape(components, (5, 8), "components", describe(X=X, k=5))
        assert_close(components @ components.T, np.eye(5), what="W Wᵀ", inputs=describe(X=X, k=5), rtol=1e-8)

    @pytest.mark.points(1)
    def test_bad_k(self, learner, rng):
        """raises ValueError for k = 0 and for k > min(n, d)"""
        X = ratings_like(rng, 10, 4)
        assert_learner_raises(lambda: self.run(learner, X, 0), "ValueError", what="k = 0")
        assert_learner_raises(lambda: self.run(learner, X, 5), "ValueError", what="k = 5 with 4 features")


@pytest.mark.exercise("pca_eig")
class TestPcaEig(PCAChecks):
    function = "pca_eig"


@pytest.mark.exercise("pca_svd")
class TestPcaSvd(PCAChecks):
    function = "pca_svd"

    @pytest.mark.points(1)
    def test_same_as_eig(self, learner, rng):
        """PCA = SVD: agrees with PCA by eigendecomposition of the covariance, up to sign"""
        X = ratings_like(rng, 70, 9)
        components, variance = self.run(learner, X, 4)
        check_components(components, variance, X, 4, ref.pca_eig(X, 4), "the SVD")

    @pytest.mark.points(1)
    def test_ill_conditioned(self, learner, rng):
        """accurate for nearly collinear features, where forming Xᵀ X loses digits"""
        base = rng.normal(size=(200, 1))
        X = np.hstack([base, base + 1e-7 * rng.normal(size=(200, 1)), rng.normal(size=(200, 2))])
        components, variance = self.run(learner, X, 4)
        expected = ref.pca_svd(X, 4)
        assert_close(variance[-1:], expected[1][-1:], what="the smallest explained variance",
                     inputs=describe(X=X) + " with two nearly equal columns", rtol=1e-4,
                     hints=[(ref.pca_eig(X, 4)[1][-1:], "this is what the covariance route gives; "
                                                       "take the SVD of the centred data instead")])


@pytest.mark.exercise("transform")
class TestTransform:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n, k) and leaves its inputs unchanged"""
        X = ratings_like(rng, 25, 6)
        components, mean = ref.pca_svd(X, 2)[0], X.mean(axis=0)
        args = (X.copy(), components.copy(), mean.copy())
        Z, after = learner.transform.call_checking_inputs(*args)
        assert_shape(Z, (25, 2), "Z", describe(X=X, components=components))
        assert_unchanged(args, after, ["X", "components", "mean"])

    @pytest.mark.points(2)
    @pytest.mark.parametrize(("shape", "k"), [((50, 7), 3), ((13, 30), 5)], ids=["50x7-k3", "13x30-k5"])
    def test_matches_reference(self, learner, rng, shape, k):
        """matches the reference projection"""
        X = ratings_like(rng, *shape)
        components, mean = ref.pca_svd(X, k)[0], X.mean(axis=0)
        assert_close(learner.transform(X, components, mean), ref.transform(X, components, mean),
                     what="the projection Z", inputs=describe(X=X, components=components), hints=[
                         (X @ components.T, "you projected X without subtracting the mean"),
                     ])

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X = ratings_like(rng, 5000, 40)
        components, mean = ref.pca_svd(X[:200], 10)[0], X.mean(axis=0)
        speed.check(learner.transform, (X, components, mean), max_ratio=8, inputs=describe(X=X, components=components))


@pytest.mark.exercise("reconstruct")
class TestReconstruct:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n, d) and leaves its inputs unchanged"""
        X = ratings_like(rng, 25, 6)
        components, mean = ref.pca_svd(X, 2)[0], X.mean(axis=0)
        Z = ref.transform(X, components, mean)
        args = (Z.copy(), components.copy(), mean.copy())
        X_hat, after = learner.reconstruct.call_checking_inputs(*args)
        assert_shape(X_hat, (25, 6), "X_hat", describe(Z=Z, components=components))
        assert_unchanged(args, after, ["Z", "components", "mean"])

    @pytest.mark.points(1)
    def test_matches_reference(self, learner, rng):
        """matches the reference reconstruction"""
        X = ratings_like(rng, 40, 9)
        components, mean = ref.pca_svd(X, 3)[0], X.mean(axis=0)
        Z = ref.transform(X, components, mean)
        assert_close(learner.reconstruct(Z, components, mean), ref.reconstruct(Z, components, mean),
                     what="the reconstruction", inputs=describe(Z=Z, components=components), hints=[
                         (Z @ components, "you forgot to add the mean back"),
                     ])

    @pytest.mark.points(1)
    def test_round_trip(self, learner, rng):
        """with all d components, reconstruct(transform(X)) gives back X"""
        X = ratings_like(rng, 30, 5)
        components, mean = ref.pca_svd(X, 5)[0], X.mean(axis=0)
        Z = ref.transform(X, components, mean)
        assert_close(learner.reconstruct(Z, components, mean), X, what="the round trip",
                     inputs=describe(X=X), rtol=1e-10)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X = ratings_like(rng, 5000, 40)
        components, mean = ref.pca_svd(X[:200], 10)[0], X.mean(axis=0)
        Z = ref.transform(X, components, mean)
        speed.check(learner.reconstruct, (Z, components, mean), max_ratio=8, inputs=describe(Z=Z, components=components))
