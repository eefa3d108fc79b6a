"""Hidden suite for exercises/level01/scaling.py."""

from functools import partial

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import CheckFailed, assert_close, assert_shape, assert_unchanged, describe
from mlgrade.datasets import ratings_like
from mlgrade.reference.level01 import scaling as ref

MODULE = "scaling"
SHAPES = [(50, 7), (13, 30), (300, 4)]  # n ≠ d, and more movies than users
SHAPE_IDS = ["50x7", "13x30", "300x4"]


# -- data ------------------------------------------------------------------------------------------
def star_ratings(rng, n_users, n_movies):
    """Integer ratings 1..5 (int64) rounded from ratings-like data."""
    return np.clip(np.rint(ratings_like(rng, n_users, n_movies)), 1, 5).astype(np.int64)


def with_constant_columns(rng, R):
    """A copy of R in which some movies got the same rating from every user (3.7, 0.1 and 5)."""
    R = R.astype(float)
    columns = rng.choice(R.shape[1], size=3, replace=False)
    for column, value in zip(columns, (3.7, 0.1, 5.0)):
        R[:, column] = value
    return R


def sklearn_scaled(R, scaler):
    """The scikit-learn oracle, ``MinMaxScaler`` or ``StandardScaler`` (imported on first use: it is slow to import)."""
    from sklearn import preprocessing

    return getattr(preprocessing, scaler)().fit_transform(R)


# -- floating-point warnings -----------------------------------------------------------------------
CONSTANT_HINT = ("a constant column (every user gave the movie the same rating) has max - min = 0 and std = 0, so "
                 "the division computes 0/0. Replace the zero divisors by 1 *before* dividing "
                 "(np.where evaluates both of its branches, so np.where(d == 0, 0, x / d) still divides by 0)")
WARNING_HINTS = {
    "invalid value encountered in sqrt": "the variance came out negative: E[x²] - E[x]² cancels catastrophically "
                                         "when the mean is large. Centre first, then average the squares",
    "invalid value": CONSTANT_HINT,
    "divide by zero": CONSTANT_HINT,
}


call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)
def safe_divide(numerator, denominator):
    with np.errstate(all="ignore"):
        return numerator / np.where(denominator == 0, 1.0, denominator)


def minmax_hints(R):
    R = np.asarray(R, dtype=float)
    low, high = R.min(axis=0), R.max(axis=0)
    rows = safe_divide(R - R.min(axis=1, keepdims=True), np.ptp(R, axis=1, keepdims=True))
    return [
        (rows, "you scaled each row (user); scale each column (movie): reduce with axis=0"),
        (safe_divide(R - R.min(), np.ptp(R)), "you used the minimum and maximum of the whole matrix; every column "
                                              "gets its own: R.min(axis=0), R.max(axis=0)"),
        (safe_divide(R - low, high), "divide by the range max - min, not by the maximum"),
        (safe_divide(R, high - low), "subtract the column minimum before dividing by the range"),
    ]


def zscore_hints(R):
    R = np.asarray(R, dtype=float)
    n = R.shape[0]
    centred = R - R.mean(axis=0)
    constant = R.max(axis=0) == R.min(axis=0)
    variance = np.mean(centred**2, axis=0)
    std = np.sqrt(variance)
    z = np.where(constant, 0.0, safe_divide(centred, std))
    hints = [
        (z * np.sqrt((n - 1) / n), "this is the sample std (ddof = 1, dividing by n - 1); StandardScaler and the "
                                   "z-score here use the population std, dividing by n"),
        (np.where(constant, 0.0, safe_divide(centred, variance)), "you divided by the variance; divide by the "
                                                                  "standard deviation (its square root)"),
        (safe_divide(centred, std), "a constant column came out as ±1 or more instead of 0: its computed mean is "
                                    "off by a rounding error (seven 0.1s average to 0.10000000000000002), so the "
                                    "std is ~1e-17, not 0. Detect constant columns exactly, with max == min"),
        (np.where(constant, 0.0, safe_divide(R, std)), "subtract the column mean before dividing by the std"),
    ]
    rows = R - R.mean(axis=1, keepdims=True)
    hints.append((safe_divide(rows, np.sqrt(np.mean(rows**2, axis=1, keepdims=True))),
                  "you standardised each row (user); standardise each column (movie): reduce with axis=0"))
    return hints


def one_pass_zscore(R):
    with np.errstate(all="ignore"):
        mean = R.mean(axis=0)
        std = np.sqrt(np.mean(R**2, axis=0) - mean**2)
        return safe_divide(R - mean, std)


# -- minmax_scale ---------------------------------------------------------------------------------------
@pytest.mark.exercise("minmax_scale")
class TestMinmaxScale:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of the shape of R and leaves R unchanged"""
        R = ratings_like(rng, 20, 6)
        scaled, (R_after,) = call_quietly(learner.minmax_scale, R.copy(), inputs=describe(R=R), checking_inputs=True)
        scaled = assert_shape(scaled, R.shape, "the scaled matrix", describe(R=R))
        if scaled.dtype.kind != "f":
            raise CheckFailed(f"the scaled matrix should hold floats, but has dtype {scaled.dtype}")
        assert_unchanged((R,), (R_after,), ["R"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on ratings-like data"""
        R = ratings_like(rng, *shape)
        inputs = describe(R=R)
        assert_close(call_quietly(learner.minmax_scale, R, inputs=inputs), ref.minmax_scale(R),
                     what="the min-max scaled ratings", inputs=inputs, rtol=1e-12, hints=minmax_hints(R))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's MinMaxScaler"""
        R = ratings_like(rng, 80, 12) * rng.uniform(0.5, 20.0, size=12)
        inputs = describe(R=R)
        assert_close(call_quietly(learner.minmax_scale, R, inputs=inputs), sklearn_scaled(R, "MinMaxScaler"),
                     what="the min-max scaled ratings", inputs=inputs, rtol=1e-12, hints=minmax_hints(R))

    @pytest.mark.points(1)
    def test_constant_column(self, learner, rng):
        """maps a constant column to 0 (like MinMaxScaler), with no division-by-zero warning"""
        R = with_constant_columns(rng, ratings_like(rng, 30, 9))
        inputs = describe(R=R) + " with 3 constant columns"
        assert_close(call_quietly(learner.minmax_scale, R, inputs=inputs), sklearn_scaled(R, "MinMaxScaler"),
                     what="the min-max scaled ratings", inputs=inputs, rtol=1e-12, hints=minmax_hints(R))

    @pytest.mark.points(1)
    def test_integer_ratings(self, learner, rng):
        """accepts integer star ratings (1 to 5) and returns floats"""
        R = star_ratings(rng, 40, 8)
        R[:, 2] = 4  # a movie every user rated 4 stars
        inputs = describe(R=R) + " of dtype int64"
        scaled, (R_after,) = call_quietly(learner.minmax_scale, R.copy(), inputs=inputs, checking_inputs=True)
        assert_close(scaled, ref.minmax_scale(R), what="the min-max scaled ratings", inputs=inputs, rtol=1e-12,
                     hints=minmax_hints(R))
        if np.asarray(scaled).dtype.kind != "f":
            raise CheckFailed(f"the scaled matrix should hold floats, but has dtype {np.asarray(scaled).dtype}")
        assert_unchanged((R,), (R_after,), ["R"])

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R = ratings_like(rng, 40, 4000)
        speed.check(learner.minmax_scale, (R,), max_ratio=10, inputs=describe(R=R),
                    hint="reduce all columns at once (R.min(axis=0), R.max(axis=0)) and let broadcasting scale the "
                         "whole matrix; a Python loop over movies or users is the usual cause")


# -- zscore ------------------------------------------------------------------------------------------------
@pytest.mark.exercise("zscore", banned=("numpy.std", "numpy.var", "numpy.nanstd", "numpy.nanvar", "method:std",
                                        "method:var"))
class TestZscore:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of the shape of R and leaves R unchanged"""
        R = ratings_like(rng, 20, 6)
        z, (R_after,) = call_quietly(learner.zscore, R.copy(), inputs=describe(R=R), checking_inputs=True)
        z = assert_shape(z, R.shape, "the z-scores", describe(R=R))
        if z.dtype.kind != "f":
            raise CheckFailed(f"the z-scores should be floats, but have dtype {z.dtype}")
        assert_unchanged((R,), (R_after,), ["R"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on ratings-like data"""
        R = ratings_like(rng, *shape)
        inputs = describe(R=R)
        assert_close(call_quietly(learner.zscore, R, inputs=inputs), ref.zscore(R), what="the z-scores",
                     inputs=inputs, rtol=1e-12, hints=zscore_hints(R))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's StandardScaler"""
        R = ratings_like(rng, 80, 12) * rng.uniform(0.5, 20.0, size=12)
        inputs = describe(R=R)
        assert_close(call_quietly(learner.zscore, R, inputs=inputs), sklearn_scaled(R, "StandardScaler"),
                     what="the z-scores", inputs=inputs, rtol=1e-12, hints=zscore_hints(R))

    @pytest.mark.points(1)
    def test_constant_column(self, learner, rng):
        """maps a constant column to 0 (also a column of 0.1s, whose computed mean is not exactly 0.1)"""
        R = with_constant_columns(rng, ratings_like(rng, 7, 9))
        inputs = describe(R=R) + " with constant columns of 3.7, 0.1 and 5.0"
        assert_close(call_quietly(learner.zscore, R, inputs=inputs), sklearn_scaled(R, "StandardScaler"),
                     what="the z-scores", inputs=inputs, rtol=1e-12, hints=zscore_hints(R))

    @pytest.mark.points(1)
    def test_large_mean(self, learner, rng):
        """stays accurate when the ratings sit around 1e8 (where E[x²] - E[x]² cancels catastrophically)"""
        R = 1e8 + ratings_like(rng, 200, 6)
        inputs = describe(R=R) + " around 1e8"
        assert_close(call_quietly(learner.zscore, R, inputs=inputs), ref.zscore(R), what="the z-scores",
                     inputs=inputs, rtol=1e-6, hints=[
                         (one_pass_zscore(R), "E[x²] - E[x]² subtracts two numbers near 1e16, where floats are 2 "
                                              "apart, so the variance is rounding noise: centre first, then "
                                              "average the squares (two passes)"),
                     ] + zscore_hints(R))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R = ratings_like(rng, 40, 4000)
        speed.check(learner.zscore, (R,), max_ratio=10, inputs=describe(R=R),
                    hint="reduce all columns at once (R.mean(axis=0), ...) and let broadcasting scale the whole "
                         "matrix; a Python loop over movies or users is the usual cause")
