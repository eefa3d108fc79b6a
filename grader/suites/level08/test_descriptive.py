"""Hidden suite for exercises/level08/descriptive.py."""

from functools import partial

import numpy as np
import pytest
from scipy import stats

from mlgrade import checks
from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level08 import descriptive as ref
from mlgrade.sandbox.callables.level08 import Statistic

MODULE = "descriptive"
DESCRIBE_BANS = ("numpy.percentile", "numpy.median", "numpy.quantile", "numpy.nanpercentile", "numpy.nanmedian",
                 "numpy.nanquantile", "scipy.stats.iqr", "scipy.stats.mode", "scipy.stats.scoreatpercentile",
                 "statistics")
call_quietly = partial(checks.call_quietly, default_hints={
    "invalid value": "a NaN appeared: check that every index you use is inside the sample",
})


def ratings(rng, n):
    """Average ratings of n movies on a 1–5 scale, rounded to 0.1 (so values repeat)."""
    return np.round(np.clip(rng.normal(3.4, 0.8, size=n), 1.0, 5.0), 1)


def as_triple(result, what):
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        length = f" of length {len(result)}" if hasattr(result, "__len__") else ""
        raise CheckFailed(f"{what} should return a tuple (median, iqr, mode), but returned "
                          f"{type(result).__name__}{length}")
    return [as_float(value, name) for value, name in zip(result, ("the median", "the IQR", "the mode"))]


def quantile_rule(s, q, position):
    """Quantile of sorted s at a (possibly wrong) position rule, for hints."""
    h = min(max(position(len(s), q), 0), len(s) - 1)
    lo = int(np.floor(h))
    return s[lo] + (h - lo) * (s[min(lo + 1, len(s) - 1)] - s[lo])


def check_describe(learner, x, inputs):
    median, iqr, mode = as_triple(call_quietly(learner.describe, x, inputs=inputs), "describe")
    expected = ref.describe(x)
    s, n = np.sort(x), len(x)
    even_hint = "for an even n the median is the mean of the two middle values s[n//2 - 1] and s[n//2]"
    middles = [(s[n // 2], even_hint), (s[n // 2 - 1], even_hint)] if n % 2 == 0 else []
    assert_close(median, expected[0], what="the median", inputs=inputs, rtol=1e-12, hints=middles + [
        (x[n // 2], "this is the middle of the unsorted sample: sort first"),
    ])
    values, counts = np.unique(s, return_counts=True)
    tied = values[counts == counts.max()]
    assert_close(mode, expected[2], what="the mode", inputs=inputs, rtol=0, hints=[
    ] + [(value, "several values tie for the most frequent; return the smallest of them (like scipy.stats.mode)")
         for value in tied[1:]])
    nearest = s[min(int(0.75 * n), n - 1)] - s[int(0.25 * n)]
    def weibull_position(n, q):
        return (n + 1) * q - 1  # 0-based position of the (n + 1) q rule

    weibull = quantile_rule(s, 0.75, weibull_position) - quantile_rule(s, 0.25, weibull_position)
    assert_close(iqr, expected[1], what="the IQR", inputs=inputs, rtol=1e-12, hints=[
        (nearest, "this is s[int(0.75 n)] - s[int(0.25 n)]: interpolate at position h = (n - 1) q between "
                  "s[floor(h)] and s[floor(h) + 1]"),
        (weibull, "this uses the position (n + 1) q; the rule here (NumPy's default) is h = (n - 1) q, 0-based"),
    ])


@pytest.mark.exercise("describe", banned=DESCRIBE_BANS)
class TestDescribe:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a tuple of three floats (median, iqr, mode) and leaves x unchanged (unsorted)"""
        x = ratings(rng, 31)
        result, (x_after,) = call_quietly(learner.describe, x.copy(), inputs=describe(x=x), checking_inputs=True)
        as_triple(result, "describe")
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [17, 40, 1001], ids=["n17-odd", "n40-even", "n1001"])
    def test_matches_reference(self, learner, rng, n):
        """median, IQR and mode match the reference on ratings-like samples"""
        x = ratings(rng, n)
        check_describe(learner, x, describe(x=x))

    @pytest.mark.points(1)
    def test_matches_numpy_scipy(self, learner, rng):
        """agrees with np.median, np.percentile(75) - np.percentile(25) and scipy.stats.mode"""
        x = rng.integers(-20, 20, size=64).astype(float) * 0.5
        inputs = describe(x=x)
        median, iqr, mode = as_triple(call_quietly(learner.describe, x, inputs=inputs), "describe")
        assert_close(median, np.median(x), what="the median", inputs=inputs, rtol=1e-12)
        assert_close(iqr, np.subtract(*np.percentile(x, [75, 25])), what="the IQR", inputs=inputs, rtol=1e-12)
        assert_close(mode, stats.mode(x).mode, what="the mode", inputs=inputs, rtol=0)

    @pytest.mark.points(1)
    def test_even_n_and_tied_modes(self, learner, rng):
        """small even samples: median between the middles, the smallest of tied modes"""
        for x in (np.array([4.0, 1.0, 3.0, 2.0]), np.array([5.0, 2.0, 5.0, 9.0, 2.0, 7.0]),
                  rng.permutation(np.repeat([3.5, 1.5, 4.0, 2.5], [3, 2, 3, 3]))):
            check_describe(learner, x, f"x = {list(x)}")

    @pytest.mark.points(1)
    def test_single_value_and_empty(self, learner):
        """a single value is its own median and mode (IQR 0); an empty sample raises ValueError"""
        check_describe(learner, np.array([2.5]), "x = [2.5]")
        assert_learner_raises(lambda: learner.describe(np.array([])), "ValueError", what="an empty x")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        x = ratings(rng, 100_000)
        speed.check(learner.describe, (x,), max_ratio=8, inputs=describe(x=x),
                    hint="sort once (np.sort) and count with np.unique(..., return_counts=True); a Python loop or "
                         "dict over the values, or x.count / np.sum(x == v) per value, is the usual cause")


def bootstrap_like(x, stat, n_boot, alpha, seed, *, high_exclusive=False, shape="rows", tails="split"):
    """The reference interval, or one of the known mistakes, for hints."""
    rng = np.random.default_rng(seed)
    n = len(x)
    if shape == "rows":
        idx = rng.integers(0, n - 1 if high_exclusive else n, size=(n_boot, n))
        thetas = stat(x[idx], axis=-1)
    else:
        thetas = stat(x[rng.integers(0, n, size=(n, n_boot))], axis=0)
    cut = alpha / 2 if tails == "split" else alpha
    return np.quantile(thetas, [cut, 1 - cut])


def check_interval(learner, x, stat, n_boot, alpha, seed, inputs, rtol=1e-12):
    result = call_quietly(learner.bootstrap_ci, x, stat, n_boot, alpha, np.random.default_rng(seed), inputs=inputs)
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed("bootstrap_ci should return a tuple (low, high) of two floats")
    interval = np.array([as_float(result[0], "low"), as_float(result[1], "high")])
    expected = ref.bootstrap_ci(x, stat, n_boot, alpha, np.random.default_rng(seed))
    assert_close(interval, expected, what="the interval (low, high)", inputs=inputs, rtol=rtol, hints=[
        (bootstrap_like(x, stat, n_boot, alpha, seed, high_exclusive=True),
         "index n is never drawn: rng.integers(0, n - 1) excludes n - 1; the upper bound is exclusive, use "
         "rng.integers(0, n, size=(n_boot, n))"),
        (bootstrap_like(x, stat, n_boot, alpha, seed, tails="whole"),
         "this interval cuts alpha from each tail; a (1 - alpha) interval cuts alpha / 2 from each tail"),
        (bootstrap_like(x, stat, n_boot, alpha, seed, shape="columns"),
         "you drew the indices with shape (n, n_boot); draw them with shape (n_boot, n), one row per resample"),
        (interval[::-1], "low and high are swapped"),
    ])


@pytest.mark.exercise("bootstrap_ci")
class TestBootstrapCi:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (low, high) as two floats and leaves x unchanged"""
        x = ratings(rng, 25)
        result, (x_after, *_) = call_quietly(learner.bootstrap_ci, x.copy(), Statistic("mean"), 200, 0.1,
                                             np.random.default_rng(1), inputs=describe(x=x), checking_inputs=True)
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise CheckFailed("bootstrap_ci should return a tuple (low, high) of two floats")
        low, high = as_float(result[0], "low"), as_float(result[1], "high")
        if not low <= high:
            raise CheckFailed(f"low should be <= high, got low = {low:.4g} > high = {high:.4g}")
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "name", "n_boot", "alpha"),
                             [(30, "mean", 1000, 0.05), (57, "median", 400, 0.1), (12, "std", 2500, 0.2)],
                             ids=["n30-mean", "n57-median", "n12-std"])
    def test_matches_reference(self, learner, rng, n, name, n_boot, alpha):
        """the same interval as the reference for the same random generator"""
        x = rng.normal(3.0, 1.5, size=n)
        stat = Statistic(name)
        check_interval(learner, x, stat, n_boot, alpha, int(rng.integers(2**32)),
                       describe(x=x, stat=name, n_boot=n_boot, alpha=alpha))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.bootstrap(method="percentile") given the same generator"""
        x = rng.exponential(2.0, size=40)
        seed = int(rng.integers(2**32))
        oracle = stats.bootstrap((x,), Statistic("mean"), n_resamples=3000, confidence_level=0.9,
                                 method="percentile", vectorized=True, rng=np.random.default_rng(seed))
        result = call_quietly(learner.bootstrap_ci, x, Statistic("mean"), 3000, 0.1, np.random.default_rng(seed),
                              inputs=describe(x=x))
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise CheckFailed("bootstrap_ci should return a tuple (low, high) of two floats")
        assert_close(np.array([as_float(v, "the bound") for v in result]),
                     [oracle.confidence_interval.low, oracle.confidence_interval.high],
                     what="the interval (low, high)", inputs=describe(x=x, n_boot=3000, alpha=0.1), rtol=1e-12)

    @pytest.mark.points(1)
    def test_two_values(self, learner, rng):
        """n = 2 works: both values are drawn (the upper bound of rng.integers is exclusive)"""
        x = np.array([1.0, 5.0])
        check_interval(learner, x, Statistic("mean"), 500, 0.1, int(rng.integers(2**32)), "x = [1.0, 5.0]")

    @pytest.mark.points(1)
    def test_bad_arguments(self, learner):
        """raises ValueError for a single value, n_boot = 0 or alpha outside (0, 1)"""
        mean, x = Statistic("mean"), np.array([1.0, 2.0, 4.0])
        assert_learner_raises(lambda: learner.bootstrap_ci(np.array([3.0]), mean, 100, 0.1, np.random.default_rng(0)),
                              "ValueError", what="x with one value")
        assert_learner_raises(lambda: learner.bootstrap_ci(x, mean, 0, 0.1, np.random.default_rng(0)),
                              "ValueError", what="n_boot = 0")
        assert_learner_raises(lambda: learner.bootstrap_ci(x, mean, 100, 1.5, np.random.default_rng(0)),
                              "ValueError", what="alpha = 1.5")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        x = rng.normal(size=10)
        speed.check(learner.bootstrap_ci, (x, Statistic("mean"), 20_000, 0.05, np.random.default_rng(7)), max_ratio=8,
                    inputs=describe(x=x, n_boot=20_000),
                    hint="draw all indices at once (shape (n_boot, n)) and call stat(samples, axis=-1) once; "
                         "a Python loop over resamples is the usual cause")
