"""Hidden suite for exercises/level08/estimation.py."""

from functools import partial

import numpy as np
import pytest
from scipy import optimize, stats

from mlgrade import checks
from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level08 import estimation as ref

MODULE = "estimation"
N_MINUS_1_HINT = "the MLE of the variance divides by n, not n - 1 (that is the unbiased estimator)"
call_quietly = partial(checks.call_quietly, default_hints={
    "Degrees of freedom": "with n = 1, ddof = 1 leaves no degrees of freedom: " + N_MINUS_1_HINT,
    "divide by zero": "with n = 1, n - 1 = 0: " + N_MINUS_1_HINT,
    "invalid value": "0/0 or the square root of a negative number: with n = 1, n - 1 = 0 (" + N_MINUS_1_HINT
                     + "); for data far from 0, E[x²] - E[x]² can come out negative: subtract the mean first",
})


def as_pair(result, what, names):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"{what} should return a tuple ({names[0]}, {names[1]}) of two floats")
    return np.array([as_float(result[0], names[0]), as_float(result[1], names[1])])


def check_normal(learner, x, inputs, expected=None, rtol=1e-12):
    actual = as_pair(call_quietly(learner.mle_normal, x, inputs=inputs), "mle_normal", ("mu", "sigma"))
    expected = np.array(ref.mle_normal(x) if expected is None else expected)
    n = len(x)
    assert_close(actual[0], expected[0], what="mu", inputs=inputs, rtol=rtol)
    assert_close(actual[1], expected[1], what="sigma", inputs=inputs, rtol=rtol, hints=[
        (expected[1] * np.sqrt(n / (n - 1)) if n > 1 else np.nan, N_MINUS_1_HINT),
        (expected[1] ** 2, "this is the variance σ²; return the standard deviation σ (its square root)"),
        (expected[1] ** 2 * n / (n - 1) if n > 1 else np.nan,
         "this is the unbiased variance; return σ = sqrt(Σ (x - μ)² / n)"),
    ])


@pytest.mark.exercise("mle_normal")
class TestMleNormal:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (mu, sigma) as two floats and leaves x unchanged"""
        x = rng.normal(3.0, 2.0, size=20)
        result, (x_after,) = call_quietly(learner.mle_normal, x.copy(), inputs=describe(x=x), checking_inputs=True)
        as_pair(result, "mle_normal", ("mu", "sigma"))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [7, 50, 2000], ids=["n7", "n50", "n2000"])
    def test_matches_reference(self, learner, rng, n):
        """matches the closed-form MLE (mean, root mean squared deviation)"""
        x = rng.normal(rng.uniform(-5, 5), rng.uniform(0.5, 3), size=n)
        check_normal(learner, x, describe(x=x))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.norm.fit (loc, scale)"""
        x = rng.normal(-1.0, 0.3, size=300)
        check_normal(learner, x, describe(x=x), expected=stats.norm.fit(x), rtol=1e-10)

    @pytest.mark.points(1)
    def test_single_value(self, learner):
        """n = 1: mu is the value and sigma is 0 (no division by n - 1)"""
        check_normal(learner, np.array([4.2]), "x = [4.2]")

    @pytest.mark.points(1)
    def test_large_mean(self, learner, rng):
        """stays accurate when the mean (1e9) dwarfs the spread (1)"""
        x = 1e9 + rng.normal(size=500)
        mu = x.mean()
        shortcut = np.sqrt(abs(np.mean(x**2) - mu**2))
        inputs = describe(x=x) + " around 1e9"
        actual = as_pair(call_quietly(learner.mle_normal, x, inputs=inputs), "mle_normal", ("mu", "sigma"))
        assert_close(actual[1], ref.mle_normal(x)[1], what="sigma", inputs=inputs, rtol=1e-6, hints=[
            (shortcut, "E[x²] - E[x]² cancels catastrophically for a large mean: compute mean((x - mu)²)"),
        ])

    @pytest.mark.points(1)
    def test_empty(self, learner):
        """raises ValueError for an empty sample"""
        assert_learner_raises(lambda: learner.mle_normal(np.array([])), "ValueError", what="an empty x")


def clicks(rng, n, rate):
    """n click (1) / no-click (0) outcomes as int64."""
    return (rng.uniform(size=n) < rate).astype(np.int64)


def check_map(learner, x, a, b, inputs, expected=None, rtol=1e-12):
    actual = as_float(call_quietly(learner.map_bernoulli, x, a, b, inputs=inputs), "the MAP estimate")
    expected = ref.map_bernoulli(x, a, b) if expected is None else expected
    n, k = len(x), float(np.sum(x))
    assert_close(actual, expected, what="the MAP estimate", inputs=inputs, rtol=rtol, hints=[
        ((k + a) / (n + a + b), "this is the posterior mean (k + a) / (n + a + b); the MAP is the posterior's mode "
                                "(k + a - 1) / (n + a + b - 2)"),
        ((k + b - 1) / (n + a + b - 2), "a and b are swapped: a counts prior successes, b prior failures"),
        (k / n if n else np.nan, "this is the MLE k / n: the prior Beta(a, b) adds a - 1 successes and b - 1 failures"),
        ((n - k + a - 1) / (n + a + b - 2), "this is the MAP of the failure rate; count the successes (ones)"),
    ])


@pytest.mark.exercise("map_bernoulli")
class TestMapBernoulli:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves x unchanged"""
        x = clicks(rng, 30, 0.3)
        result, (x_after, *_) = call_quietly(learner.map_bernoulli, x.copy(), 2.0, 3.0, inputs=describe(x=x),
                                             checking_inputs=True)
        as_float(result, "the MAP estimate")
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "a", "b"), [(40, 2.0, 2.0), (9, 5.0, 1.5), (300, 1.0, 20.0)],
                             ids=["n40-a2-b2", "n9-a5-b1.5", "n300-a1-b20"])
    def test_matches_reference(self, learner, rng, n, a, b):
        """matches the mode of the Beta(k + a, n - k + b) posterior"""
        x = clicks(rng, n, 0.25)
        check_map(learner, x, a, b, describe(x=x, a=a, b=b))

    @pytest.mark.points(1)
    def test_flat_prior_is_mle(self, learner, rng):
        """with a = b = 1 (flat prior) it equals the MLE k / n, for 0/1 ints, floats and booleans"""
        x = clicks(rng, 57, 0.4)
        for data in (x, x.astype(float), x.astype(bool)):
            check_map(learner, data, 1.0, 1.0, describe(x=data, a=1.0, b=1.0) + f" of dtype {data.dtype}",
                      expected=x.mean())

    @pytest.mark.points(1)
    def test_maximises_posterior(self, learner, rng):
        """maximises the Beta posterior density (checked with scipy.optimize)"""
        x = clicks(rng, 25, 0.7)
        a, b = 3.0, 4.0
        k, n = x.sum(), len(x)
        best = optimize.minimize_scalar(lambda p: -stats.beta.logpdf(p, k + a, n - k + b), bounds=(1e-9, 1 - 1e-9),
                                        method="bounded", options={"xatol": 1e-12}).x
        check_map(learner, x, a, b, describe(x=x, a=a, b=b), expected=best, rtol=1e-6)

    @pytest.mark.points(1)
    def test_single_observation(self, learner):
        """n = 1: one click gives 1 with a flat prior and 2/3 with Beta(2, 2)"""
        check_map(learner, np.array([1]), 1.0, 1.0, "x = [1], a = b = 1")
        check_map(learner, np.array([1]), 2.0, 2.0, "x = [1], a = b = 2")
        check_map(learner, np.array([0]), 1.0, 1.0, "x = [0], a = b = 1")

    @pytest.mark.points(1)
    def test_bad_inputs(self, learner):
        """raises ValueError for outcomes other than 0/1, a < 1, and no data with a flat prior"""
        assert_learner_raises(lambda: learner.map_bernoulli(np.array([0, 1, 2]), 2.0, 2.0), "ValueError",
                              what="x = [0, 1, 2]")
        assert_learner_raises(lambda: learner.map_bernoulli(np.array([0, 1, 1]), 0.5, 2.0), "ValueError",
                              what="a = 0.5")
        assert_learner_raises(lambda: learner.map_bernoulli(np.array([], dtype=int), 1.0, 1.0), "ValueError",
                              what="an empty x with a = b = 1")
