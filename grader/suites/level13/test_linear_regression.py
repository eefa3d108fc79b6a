"""Hidden suite for exercises/level13/linear_regression.py."""

import warnings

import numpy as np
import pytest
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Lasso, LinearRegression, Ridge

from mlgrade.checks import (
    CheckFailed,
    as_array,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
    relative_error,
)
from mlgrade.datasets import ill_conditioned, regression_data
from mlgrade.reference.level13 import linear_regression as ref
from mlgrade.sandbox.faults import LearnerRaised

MODULE = "linear_regression"
TALL = [(50, 7), (300, 4), (23, 11)]  # n > d, n ≠ d: least squares has a unique solution
TALL_IDS = ["50x7", "300x4", "23x11"]
MIXED = [(50, 7), (13, 30), (300, 4)]  # also wide data (d > n)
MIXED_IDS = ["50x7", "13x30", "300x4"]
LEAST_SQUARES_BANS = ("numpy.linalg.lstsq", "numpy.linalg.pinv")


# -- helpers ---------------------------------------------------------------------------
def half_mse(X, y, w):
    """J(w) = ||X w - y||² / (2n)."""
    r = X @ w - y
    return float(r @ r) / (2 * X.shape[0])


def lasso_objective(X, y, w, alpha):
    r = y - X @ w
    return float(r @ r) / (2 * X.shape[0]) + alpha * float(np.sum(np.abs(w)))


def with_intercept_hint(actual, d, what, inputs):
    """A (d + 1,) answer means an intercept was added; say so before the generic shape message."""
    if isinstance(actual, np.ndarray) and actual.shape == (d + 1,):
        raise CheckFailed(f"{what} should have shape ({d},) but has shape {actual.shape} (for {inputs})."
                          "\nHint: there is no implicit intercept here: one weight per column of X "
                          "(a learner who wants an intercept calls add_bias first)")
    return assert_shape(actual, (d,), what, inputs)


def check_weights(actual, expected, X, *, what="w", inputs, rtol=1e-8, hints=()):
    with_intercept_hint(actual, X.shape[1], what, inputs)
    return assert_close(actual, expected, what=what, inputs=inputs, rtol=rtol, hints=hints)


def matches_weights(actual, expected, rtol):
    """True if ``actual`` is a finite array of the expected shape within ``rtol`` (no failure raised)."""
    if not isinstance(actual, np.ndarray) or actual.shape != expected.shape:
        return False
    actual = np.asarray(actual, dtype=float)
    return bool(np.isfinite(actual).all()) and relative_error(actual, expected) <= rtol


def sklearn_quietly(model, X, y):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.fit(X, y).coef_.copy()


def sklearn_lasso(X, y, alpha):
    """scikit-learn's lasso, solved to a tight tolerance so its exact zeros are the optimum's."""
    return sklearn_quietly(Lasso(alpha=alpha, fit_intercept=False, tol=1e-12, max_iter=200_000), X, y)


def sparse_problem(rng, n, d, *, n_informative=None, fraction=0.1):
    """A lasso problem whose optimum has a clear-cut support.

    ``y`` depends on a few features; ``alpha`` is ``fraction`` of the smallest alpha
    that zeroes every weight. The data is redrawn until, at scikit-learn's optimum,
    every zero weight is strictly inside the soft threshold (margin >= 5% of alpha)
    and every nonzero weight is clearly nonzero, so any correct solver finds the
    same exact zeros. Returns ``X, y, alpha, w_opt``.
    """
    k = n_informative or max(2, d // 5)
    for _ in range(50):
        X = rng.normal(size=(n, d))
        w = np.zeros(d)
        support = rng.choice(d, size=k, replace=False)
        w[support] = rng.choice([-1.0, 1.0], size=k) * rng.uniform(1.0, 3.0, size=k)
        y = X @ w + 0.5 * rng.normal(size=n)
        alpha = float(f"{fraction * np.max(np.abs(X.T @ y)) / n:.3g}")  # short enough to print
        w_opt = sklearn_lasso(X, y, alpha)
        zero = w_opt == 0
        correlation = np.abs(X.T @ (y - X @ w_opt)) / n
        margin_ok = not zero.any() or np.max(correlation[zero]) <= 0.95 * alpha
        size_ok = zero.all() or np.min(np.abs(w_opt[~zero])) >= 1e-3 * np.max(np.abs(w_opt))
        if zero.any() and margin_ok and size_ok:
            return X, y, alpha, w_opt
    raise RuntimeError("could not draw a lasso problem with a clear-cut support")


def unpack_descent(result, d, n_iter, inputs):
    """Check the (w, losses) pair of gradient_descent; return both as arrays."""
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        length = f" of length {len(result)}" if isinstance(result, (tuple, list)) else ""
        raise CheckFailed("gradient_descent should return a pair (w, losses), but returned "
                          f"{type(result).__name__}{length}")
    w, losses = result
    w = assert_shape(w, (d,), "w", inputs)
    if isinstance(losses, (list, tuple)):
        try:
            losses = np.asarray(losses, dtype=float)
        except (TypeError, ValueError):
            raise CheckFailed("losses should be a 1-D array of numbers") from None
    losses = as_array(losses, "losses")
    if losses.shape == (n_iter,):
        raise CheckFailed(f"losses should have shape ({n_iter + 1},) but has shape {losses.shape} (for {inputs})."
                          "\nHint: losses has n_iter + 1 entries: J before each step and the final J")
    losses = assert_shape(losses, (n_iter + 1,), "losses", inputs)
    return w, losses


def descent_run(X, y, lr, n_iter):
    """The reference trajectory, without overflow warnings (for hints of diverging mistakes)."""
    with np.errstate(all="ignore"):
        return ref.gradient_descent(X, y, lr, n_iter)


def step_size(X, fraction):
    """``fraction / λ_max(Xᵀ X / n)``: a stable learning rate for fraction < 2."""
    return fraction * X.shape[0] / np.linalg.norm(X, 2) ** 2


# -- add_bias ----------------------------------------------------------------------------
@pytest.mark.exercise("add_bias")
class TestAddBias:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, d + 1) float array and leaves X unchanged"""
        X = rng.normal(size=(40, 6))
        X_bias, (X_after,) = learner.add_bias.call_checking_inputs(X.copy())
        assert_shape(X_bias, (40, 7), "X with a bias column", describe(X=X))
        assert_unchanged((X,), (X_after,), ["X"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(50, 7), (13, 30), (1, 5)], ids=["50x7", "13x30", "1x5"])
    def test_matches_reference(self, learner, rng, shape):
        """puts a column of ones first, then X"""
        X = rng.normal(size=shape)
        ones = np.ones((shape[0], 1))
        assert_close(learner.add_bias(X), ref.add_bias(X), what="X with a bias column", inputs=describe(X=X),
                     rtol=0.0, hints=[
                         (np.hstack([X, ones]), "the column of ones goes first (column 0), not last"),
                         (np.hstack([0 * ones, X]), "the new column should hold ones, not zeros"),
                     ])

    @pytest.mark.points(1)
    def test_not_2d(self, learner, rng):
        """raises ValueError for a 1-D X"""
        x = rng.normal(size=5)
        assert_learner_raises(lambda: learner.add_bias(x), "ValueError", what="X of shape (5,)")


# -- mse_gradient ------------------------------------------------------------------------
@pytest.mark.exercise("mse_gradient")
class TestMseGradient:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X, y and w unchanged"""
        X, y, w = regression_data(rng, 30, 5)
        args = (X.copy(), y.copy(), w.copy())
        gradient, after = learner.mse_gradient.call_checking_inputs(*args)
        assert_shape(gradient, (5,), "the gradient", describe(X=X, y=y, w=w))
        assert_unchanged(args, after, ["X", "y", "w"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", MIXED, ids=MIXED_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference gradient at a random w"""
        X, y, _ = regression_data(rng, *shape)
        w = rng.normal(size=shape[1])
        expected = ref.mse_gradient(X, y, w)
        n = shape[0]
        assert_close(learner.mse_gradient(X, y, w), expected, what="the gradient", inputs=describe(X=X, y=y, w=w),
                     rtol=1e-10, hints=[
                         (expected * n, "this is n times too large: J has a 1/n in front, and so does its "
                                        "gradient Xᵀ (X w - y) / n"),
                         (2 * expected, "this is twice the gradient: J = ||X w - y||² / (2n) has a ½ that "
                                        "cancels the 2 from the square"),
                         (-expected, "the sign is flipped: the residual is r = X w - y (prediction minus "
                                     "target), and the gradient is Xᵀ r / n"),
                     ])

    @pytest.mark.points(1)
    def test_finite_differences(self, learner, rng):
        """agrees with central finite differences of J(w) = ||X w - y||² / (2n)"""
        X, y, _ = regression_data(rng, 60, 6)
        w = rng.normal(size=6)
        h = 1e-4
        numerical = np.array([(half_mse(X, y, w + h * e) - half_mse(X, y, w - h * e)) / (2 * h)
                              for e in np.eye(6)])
        assert_close(learner.mse_gradient(X, y, w), numerical, what="the gradient",
                     inputs=describe(X=X, y=y, w=w) + " (compared with finite differences of J)", rtol=1e-6)

    @pytest.mark.points(1)
    def test_shape_mismatch(self, learner, rng):
        """raises ValueError when y or w does not fit X"""
        X, y, w = regression_data(rng, 20, 4)
        assert_learner_raises(lambda: learner.mse_gradient(X, y[:-3], w), "ValueError",
                              what="y with 17 entries for X with 20 rows")
        assert_learner_raises(lambda: learner.mse_gradient(X, y, np.append(w, 1.0)), "ValueError",
                              what="w with 5 entries for X with 4 columns")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, y, w = regression_data(rng, 40_000, 10)
        speed.check(learner.mse_gradient, (X, y, w), max_ratio=8, inputs=describe(X=X),
                    hint="the gradient is two matrix-vector products, Xᵀ (X w - y) / n; a loop over "
                         "samples is the usual cause")


# -- normal_equation ---------------------------------------------------------------------
@pytest.mark.exercise("normal_equation", banned=LEAST_SQUARES_BANS)
class TestNormalEquation:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X and y unchanged"""
        X, y, _ = regression_data(rng, 30, 5)
        w, after = learner.normal_equation.call_checking_inputs(X.copy(), y.copy())
        with_intercept_hint(w, 5, "w", describe(X=X, y=y))
        assert_unchanged((X, y), after, ["X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", TALL, ids=TALL_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference least-squares weights"""
        X, y, _ = regression_data(rng, *shape)
        expected = ref.normal_equation(X, y)
        n = shape[0]
        check_weights(learner.normal_equation(X, y), expected, X, inputs=describe(X=X, y=y), hints=[
            (expected * n, "this is n times too large: you divided one side of Xᵀ X w = Xᵀ y by n "
                           "but not the other"),
            (expected / n, "this is n times too small: you divided one side of Xᵀ X w = Xᵀ y by n "
                           "but not the other"),
        ])

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's LinearRegression(fit_intercept=False)"""
        X, y, _ = regression_data(rng, 80, 9, noise=1.0)
        oracle = sklearn_quietly(LinearRegression(fit_intercept=False), X, y)
        check_weights(learner.normal_equation(X, y), oracle, X, inputs=describe(X=X, y=y))

    @pytest.mark.points(1)
    def test_moderately_conditioned(self, learner, rng):
        """recovers the exact weights of noiseless data when cond(X) = 1e4"""
        X = ill_conditioned(rng, 60, 6, 1e4)
        w_true = rng.normal(size=6)
        check_weights(learner.normal_equation(X, X @ w_true), w_true, X, rtol=1e-5,
                      inputs=describe(X=X) + " with condition number 1e4, y = X w exactly")

    @pytest.mark.points(1)
    def test_shape_mismatch(self, learner, rng):
        """raises ValueError when X and y have different numbers of rows"""
        X, y, _ = regression_data(rng, 20, 3)
        assert_learner_raises(lambda: learner.normal_equation(X, y[:-1]), "ValueError",
                              what="y with 19 entries for X with 20 rows")


# -- least_squares_qr --------------------------------------------------------------------
@pytest.mark.exercise("least_squares_qr", banned=LEAST_SQUARES_BANS)
class TestLeastSquaresQR:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X and y unchanged"""
        X, y, _ = regression_data(rng, 30, 5)
        w, after = learner.least_squares_qr.call_checking_inputs(X.copy(), y.copy())
        with_intercept_hint(w, 5, "w", describe(X=X, y=y))
        assert_unchanged((X, y), after, ["X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", TALL, ids=TALL_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference least-squares weights"""
        X, y, _ = regression_data(rng, *shape)
        Q, R = np.linalg.qr(X)
        check_weights(learner.least_squares_qr(X, y), ref.least_squares_qr(X, y), X,
                      inputs=describe(X=X, y=y), hints=[
                          (np.linalg.solve(R.T, Q.T @ y), "you solved Rᵀ w = Qᵀ y; the system is R w = Qᵀ y "
                                                          "(R upper triangular: back substitution from the last row)"),
                      ])

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's LinearRegression(fit_intercept=False)"""
        X, y, _ = regression_data(rng, 80, 9, noise=1.0)
        oracle = sklearn_quietly(LinearRegression(fit_intercept=False), X, y)
        check_weights(learner.least_squares_qr(X, y), oracle, X, inputs=describe(X=X, y=y))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(100, 8), (60, 10)], ids=["100x8", "60x10"])
    def test_ill_conditioned(self, learner, rng, shape):
        """stays accurate when cond(X) = 1e8, where the normal equation loses every digit"""
        n, d = shape
        hint = ("\nHint: that is the accuracy of the normal equation: Xᵀ X squares the condition number "
                "(1e8² = 1e16, all of float64's digits). Do not form Xᵀ X: solve R w = Qᵀ y")
        # First a well-conditioned problem of the same shape, to tell a conditioning problem from a bug.
        X_good, y_good, _ = regression_data(rng, n, d)
        fine_when_well_conditioned = matches_weights(learner.least_squares_qr(X_good, y_good),
                                                     ref.least_squares_qr(X_good, y_good), 1e-8)
        X = ill_conditioned(rng, n, d, 1e8)
        w_true = rng.normal(size=d)
        inputs = describe(X=X) + " with condition number 1e8, y = X w exactly"
        try:
            w = learner.least_squares_qr(X, X @ w_true)
        except LearnerRaised as raised:
            if raised.is_a("LinAlgError"):
                raise CheckFailed(f"{raised}\n(for {inputs}){hint}") from None
            raise
        with_intercept_hint(w, d, "w", inputs)
        try:
            assert_close(w, w_true, what="w", inputs=inputs, rtol=1e-6)
        except CheckFailed as failed:
            raise CheckFailed(str(failed) + (hint if fine_when_well_conditioned else "")) from None


# -- ridge -------------------------------------------------------------------------------
@pytest.mark.exercise("ridge", banned=LEAST_SQUARES_BANS)
class TestRidge:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X and y unchanged"""
        X, y, _ = regression_data(rng, 30, 5)
        w, after = learner.ridge.call_checking_inputs(X.copy(), y.copy(), 1.5)
        with_intercept_hint(w, 5, "w", describe(X=X, y=y, alpha=1.5))
        assert_unchanged((X, y, 1.5), after, ["X", "y", "alpha"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "alpha"), [((50, 7), 0.5), ((13, 30), 3.0), ((300, 4), 10.0)],
                             ids=["50x7-alpha0.5", "13x30-alpha3", "300x4-alpha10"])
    def test_matches_reference(self, learner, rng, shape, alpha):
        """matches the reference ridge weights (also with more features than samples)"""
        X, y, _ = regression_data(rng, *shape, noise=0.5)
        n, d = shape
        A, b = X.T @ X, X.T @ y

        def penalised(penalty):
            return np.linalg.solve(A + penalty * np.eye(d), b)

        check_weights(learner.ridge(X, y, alpha), ref.ridge(X, y, alpha), X, inputs=describe(X=X, y=y, alpha=alpha),
                      hints=[
                          (penalised(n * alpha), "this is the solution with alpha multiplied by n: the ridge "
                                                 "objective ||X w - y||² + alpha ||w||² has no 1/n (that is the "
                                                 "lasso's convention, not ridge's)"),
                          (penalised(alpha / 2), "this is the solution for a penalty (alpha/2) ||w||²; the "
                                                 "objective is ||X w - y||² + alpha ||w||², so the system is "
                                                 "(Xᵀ X + alpha I) w = Xᵀ y"),
                          (penalised(2 * alpha), "this is the solution for a penalty 2·alpha ||w||²; the system "
                                                 "is (Xᵀ X + alpha I) w = Xᵀ y"),
                          (penalised(0.0) if n > d else np.zeros(1), "this is ordinary least squares: did you "
                                                                     "add alpha to the diagonal of Xᵀ X?"),
                      ])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("alpha", [0.1, 25.0], ids=["alpha0.1", "alpha25"])
    def test_matches_sklearn(self, learner, rng, alpha):
        """agrees with scikit-learn's Ridge(alpha, fit_intercept=False)"""
        X, y, _ = regression_data(rng, 70, 12, noise=1.0)
        oracle = sklearn_quietly(Ridge(alpha=alpha, fit_intercept=False, solver="cholesky"), X, y)
        check_weights(learner.ridge(X, y, alpha), oracle, X, inputs=describe(X=X, y=y, alpha=alpha))

    @pytest.mark.points(1)
    def test_collinear_features(self, learner, rng):
        """solvable with two identical columns (Xᵀ X is singular; Xᵀ X + alpha I is not)"""
        X, y, _ = regression_data(rng, 40, 6)
        X[:, 5] = X[:, 2]
        check_weights(learner.ridge(X, y, 0.7), ref.ridge(X, y, 0.7), X,
                      inputs=describe(X=X, y=y, alpha=0.7) + " with columns 2 and 5 equal")

    @pytest.mark.points(1)
    def test_negative_alpha(self, learner, rng):
        """raises ValueError for alpha < 0"""
        X, y, _ = regression_data(rng, 20, 3)
        assert_learner_raises(lambda: learner.ridge(X, y, -1.0), "ValueError", what="alpha = -1")


# -- lasso -------------------------------------------------------------------------------
THRESHOLD_ALPHA = ("your weights are the lasso solution for alpha / n: you soft-thresholded ρ_j = x_jᵀ r + "
                   "z_j w_j at alpha, but with the 1/(2n) in the objective the threshold is n·alpha")
THRESHOLD_N2_ALPHA = ("your weights are the lasso solution for n·alpha: the threshold is n·alpha for "
                      "ρ_j = x_jᵀ r + z_j w_j, or alpha if you divide both ρ_j and z_j by n, not both")


def check_lasso_weights(actual, expected, X, y, alpha):
    """Compare lasso weights; only on failure solve the known mistakes' problems for the hints."""
    inputs = describe(X=X, y=y, alpha=alpha)
    try:
        return check_weights(actual, expected, X, rtol=1e-6, inputs=inputs)
    except CheckFailed:
        n = X.shape[0]
        hints = [(ref.lasso(X, y, alpha / n), THRESHOLD_ALPHA), (ref.lasso(X, y, alpha * n), THRESHOLD_N2_ALPHA)]
        check_weights(actual, expected, X, rtol=1e-6, inputs=inputs, hints=hints)
        raise


@pytest.mark.exercise("lasso")
class TestLasso:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X and y unchanged"""
        X, y, alpha, _ = sparse_problem(rng, 40, 8)
        w, after = learner.lasso.call_checking_inputs(X.copy(), y.copy(), alpha)
        with_intercept_hint(w, 8, "w", describe(X=X, y=y, alpha=alpha))
        assert_unchanged((X, y), after[:2], ["X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(80, 20), (40, 60)], ids=["80x20", "40x60"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference weights (also with more features than samples)"""
        X, y, alpha, _ = sparse_problem(rng, *shape)
        check_lasso_weights(learner.lasso(X, y, alpha), ref.lasso(X, y, alpha, tol=1e-12), X, y, alpha)

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's Lasso(alpha, fit_intercept=False)"""
        X, y, alpha, oracle = sparse_problem(rng, 120, 15)
        check_lasso_weights(learner.lasso(X, y, alpha), oracle, X, y, alpha)

    @pytest.mark.points(1)
    def test_reaches_minimum(self, learner, rng):
        """reaches the minimum of 1/(2n) ||y - X w||² + alpha ||w||₁ (as low as scikit-learn's)"""
        X, y, alpha, oracle = sparse_problem(rng, 60, 25)
        w = with_intercept_hint(learner.lasso(X, y, alpha), 25, "w", describe(X=X, y=y, alpha=alpha))
        if not np.isfinite(w).all():
            raise CheckFailed("w contains NaN or inf")
        best = lasso_objective(X, y, oracle, alpha)
        reached = lasso_objective(X, y, w, alpha)
        if reached > best * (1 + 1e-9):
            raise CheckFailed(f"the objective at your w is {reached:.10g}, but it can get down to {best:.10g} "
                              f"(for {describe(X=X, y=y, alpha=alpha)}): relative excess "
                              f"{(reached - best) / best:.2g}")

    @pytest.mark.points(2)
    def test_exact_zeros(self, learner, rng):
        """sets exactly the weights the optimum sets to zero to 0.0"""
        X, y, alpha, oracle = sparse_problem(rng, 100, 30)
        inputs = describe(X=X, y=y, alpha=alpha)
        w = with_intercept_hint(learner.lasso(X, y, alpha), 30, "w", inputs)
        should_be_zero, is_zero = oracle == 0, w == 0
        missing = should_be_zero & ~is_zero
        extra = is_zero & ~should_be_zero
        if missing.any():
            largest = float(np.max(np.abs(w[missing])))
            message = (f"{int(missing.sum())} of the {int(should_be_zero.sum())} weights the optimum sets to "
                       f"exactly 0 are nonzero in your answer (the largest is {largest:.2g}) for {inputs}")
            if largest < 1e-2 * float(np.max(np.abs(oracle))):
                message += ("\nHint: they are small but not exactly 0.0: the soft threshold "
                            "S(ρ, t) = sign(ρ) max(|ρ| - t, 0) returns exactly 0 when |ρ| <= t; "
                            "a (sub)gradient step never lands exactly on 0")
            raise CheckFailed(message)
        if extra.any():
            raise CheckFailed(f"{int(extra.sum())} of your weights are exactly 0 where the optimum is "
                              f"nonzero (for {inputs}): is the threshold too large?")

    @pytest.mark.points(1)
    def test_large_alpha(self, learner, rng):
        """returns all zeros when alpha >= max|Xᵀ y| / n"""
        X, y, _ = regression_data(rng, 50, 6)
        alpha = float(f"{1.01 * np.max(np.abs(X.T @ y)) / 50:.3g}")
        w = with_intercept_hint(learner.lasso(X, y, alpha), 6, "w", describe(X=X, y=y, alpha=alpha))
        if np.any(w != 0):
            raise CheckFailed(f"with alpha = {alpha:g} >= max|Xᵀ y| / n every weight should be exactly 0, "
                              f"but {int(np.sum(w != 0))} of yours are not (largest {np.max(np.abs(w)):.2g})")

    @pytest.mark.points(1)
    def test_negative_alpha(self, learner, rng):
        """raises ValueError for alpha < 0"""
        X, y, _ = regression_data(rng, 20, 3)
        assert_learner_raises(lambda: learner.lasso(X, y, -0.1), "ValueError", what="alpha = -0.1")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """each coordinate update costs O(n) (the residual is updated, not recomputed)"""
        X, y, _ = regression_data(rng, 2000, 400)
        # Column-major, so that X[:, j] is contiguous: the check is about O(n) versus O(n d) per
        # update, not about the memory layout learners did not choose.
        X = np.asfortranarray(X)
        alpha = 0.01 * float(np.max(np.abs(X.T @ y))) / 2000
        speed.check(learner.lasso, (X, y, alpha), kwargs={"n_iter": 4, "tol": 0.0}, max_ratio=8,
                    inputs=describe(X=X) + " (4 sweeps)",
                    hint="recomputing the residual y - X @ w for every coordinate costs O(n d); update it "
                         "instead: r ← r - x_j (w_j_new - w_j_old), which costs O(n)")


# -- gradient_descent --------------------------------------------------------------------
@pytest.mark.exercise("gradient_descent")
class TestGradientDescent:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (w (d,), losses (n_iter + 1,)) and leaves X and y unchanged"""
        X, y, _ = regression_data(rng, 30, 5)
        lr = step_size(X, 0.5)
        result, after = learner.gradient_descent.call_checking_inputs(X.copy(), y.copy(), lr, 10)
        unpack_descent(result, 5, 10, describe(X=X, y=y, n_iter=10))
        assert_unchanged((X, y), after[:2], ["X", "y"])

    @pytest.mark.points(1)
    def test_initial_loss(self, learner, rng):
        """losses[0] is J(0) = ||y||² / (2n)"""
        X, y, _ = regression_data(rng, 40, 6)
        inputs = describe(X=X, y=y, n_iter=3)
        _, losses = unpack_descent(learner.gradient_descent(X, y, step_size(X, 0.5), 3), 6, 3, inputs)
        n, expected = 40, float(y @ y) / 80
        assert_close(losses[:1], [expected], what="losses[0]", inputs=inputs, rtol=1e-12, hints=[
            ([2 * expected], "this is ||y||² / n, the mean squared error without the ½: J = ||X w - y||² / (2n)"),
            ([n * expected], "this is ||y||² / 2, a sum instead of a mean: J = ||X w - y||² / (2n)"),
            ([float(np.sqrt(y @ y))], "this is ||y||, not the loss J(0) = ||y||² / (2n)"),
        ])

    @pytest.mark.points(1)
    def test_one_step(self, learner, rng):
        """one step from w = 0 gives w = lr Xᵀ y / n"""
        X, y, _ = regression_data(rng, 60, 5)
        lr = step_size(X, 0.5)
        inputs = describe(X=X, y=y, lr=round(float(lr), 4), n_iter=1)
        w, _ = unpack_descent(learner.gradient_descent(X, y, lr, 1), 5, 1, inputs)
        expected = lr * X.T @ y / 60
        assert_close(w, expected, what="w after one step", inputs=inputs, rtol=1e-12, hints=[
            (60 * expected, "your step is n times too large: the gradient of J = ||X w - y||² / (2n) is "
                            "Xᵀ (X w - y) / n, with the 1/n"),
            (2 * expected, "your step is twice too large: the ½ in J cancels the 2 from the square"),
            (-expected, "you stepped uphill: w ← w - lr ∇J(w), with ∇J(w) = Xᵀ (X w - y) / n"),
        ])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", MIXED, ids=MIXED_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference trajectory (weights and every loss)"""
        X, y, _ = regression_data(rng, *shape)
        n, d = shape
        lr, n_iter = step_size(X, 0.5), 25
        inputs = describe(X=X, y=y, lr=round(float(lr), 4), n_iter=n_iter)
        w, losses = unpack_descent(learner.gradient_descent(X, y, lr, n_iter), d, n_iter, inputs)
        w_ref, losses_ref = ref.gradient_descent(X, y, lr, n_iter)
        assert_close(losses, losses_ref, what="the list of losses", inputs=inputs, rtol=1e-10, hints=[
            (2 * losses_ref, "your losses are twice J: J = ||X w - y||² / (2n) has a ½"),
            (descent_run(X, y, lr * n, n_iter)[1], "your steps are n times too large: the gradient of J "
                                                   "has a 1/n"),
        ])
        assert_close(w, w_ref, what="the final w", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    def test_converges(self, learner, rng):
        """with lr = 1 / λ_max(Xᵀ X / n) it converges to the least-squares solution, losses never increasing"""
        X, y, _ = regression_data(rng, 200, 5)
        lr, n_iter = step_size(X, 1.0), 300
        inputs = describe(X=X, y=y, lr=round(float(lr), 4), n_iter=n_iter)
        try:
            result = learner.gradient_descent(X, y, lr, n_iter)
        except LearnerRaised as raised:
            if raised.is_a("RuntimeWarning", "FloatingPointError") and "overflow" in raised.exc_message:
                raise CheckFailed(f"{raised}\n(for {inputs})\nHint: gradient descent diverged, but with this "
                                  "learning rate correct steps converge: are your steps too large? The gradient "
                                  "of J = ||X w - y||² / (2n) is Xᵀ (X w - y) / n, with the 1/n") from None
            raise
        w, losses = unpack_descent(result, 5, n_iter, inputs)
        increases = np.flatnonzero(np.diff(losses) > 1e-12 * losses[0])
        if increases.size:
            raise CheckFailed(f"the loss went up at step {int(increases[0])} (for {inputs}); with this learning "
                              "rate every step of gradient descent decreases J")
        assert_close(w, ref.normal_equation(X, y), what="w after 300 steps", inputs=inputs, rtol=1e-8)

    @pytest.mark.points(1)
    def test_zero_steps(self, learner, rng):
        """with n_iter = 0 it returns w = 0 and losses = [J(0)]"""
        X, y, _ = regression_data(rng, 20, 4)
        inputs = describe(X=X, y=y, n_iter=0)
        w, losses = unpack_descent(learner.gradient_descent(X, y, 0.1, 0), 4, 0, inputs)
        assert_close(w, np.zeros(4), what="w", inputs=inputs, rtol=0.0)
        assert_close(losses, [float(y @ y) / 40], what="losses", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, y, _ = regression_data(rng, 4000, 20)
        speed.check(learner.gradient_descent, (X, y, step_size(X, 0.5), 30), max_ratio=8,
                    inputs=describe(X=X, n_iter=30),
                    hint="each step is two matrix-vector products (X w - y, then Xᵀ r / n); a loop over "
                         "samples inside each step is the usual cause")
