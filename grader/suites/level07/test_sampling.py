"""Hidden suite for exercises/level07/sampling.py."""

import numpy as np
import pytest
from scipy import stats

from mlgrade.checks import CheckFailed, as_array, assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level07 import sampling as ref
from mlgrade.suites.level07 import assert_entrywise, call_quietly, numbers

MODULE = "sampling"
MIN_P_VALUE = 1e-6  # a correct sampler fails a goodness-of-fit check once in a million runs


def draws_of(result, n, k, inputs):
    """The learner's draws as an integer array of shape (n,) with values in 0..k-1."""
    draws = as_array(result, "the draws")
    if draws.shape != (n,):
        raise CheckFailed(f"the draws should have shape ({n},) but have shape {draws.shape} (for {inputs})")
    if draws.dtype.kind not in "iu":
        raise CheckFailed(f"the draws should be integer category indices, but have dtype {draws.dtype} "
                          f"(for {inputs})\nHint: np.searchsorted returns integers")
    if n and (draws.min() < 0 or draws.max() >= k):
        raise CheckFailed(f"the draws should be category indices 0 … {k - 1}, but range from {draws.min()} to "
                          f"{draws.max()} (for {inputs})\nHint: an index of {k} means a u at or above the last "
                          "CDF value, or an off-by-one in the lookup (a leading 0 in the CDF?)")
    return draws


def check_fits(draws, p, inputs):
    """Zero-probability categories are never drawn, and a chi-square test accepts the counts."""
    counts = np.bincount(draws, minlength=len(p))
    impossible = np.flatnonzero((p == 0) & (counts > 0))
    if impossible.size:
        raise CheckFailed(f"category {impossible[0]} has probability 0 but was drawn {counts[impossible[0]]} times "
                          f"(for {inputs})\nHint: the interval of an empty category is [F_j-1, F_j) with "
                          "F_j-1 = F_j, which no u can fall into: find the first j with u < F_j")
    possible = p > 0
    expected = p[possible] * len(draws)
    result = stats.chisquare(counts[possible], expected * counts[possible].sum() / expected.sum())
    if result.pvalue >= MIN_P_VALUE:
        return
    message = (f"the draws do not follow p (for {inputs}): a chi-square goodness-of-fit test gives "
               f"statistic {result.statistic:.1f} on {possible.sum() - 1} degrees of freedom, p-value "
               f"{result.pvalue:.1g}")
    uniform = stats.chisquare(counts, np.full(len(p), len(draws) / len(p))).pvalue
    if uniform >= MIN_P_VALUE:
        message += ("\nHint: your draws look uniform over the categories: look each uniform u up in the "
                    "CDF of p (np.cumsum) instead of scaling it by k")
    elif possible.all() and stats.chisquare(counts[::-1], expected).pvalue >= MIN_P_VALUE:
        message += "\nHint: your draws follow p reversed"
    raise CheckFailed(message)


def skewed_p(rng, k, zeros=()):
    p = rng.gamma(0.7, size=k) + 0.01
    p[list(zeros)] = 0.0
    return p / p.sum()


@pytest.mark.exercise("sample_categorical", banned=("method:choice", "numpy.random.choice"))
class TestSampleCategorical:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns n integer indices in 0 … k-1 and leaves p unchanged"""
        p = skewed_p(rng, 7)
        inputs = describe(p=p, n=500)
        result, (p_after, *_) = call_quietly(learner.sample_categorical, p.copy(), 500, np.random.default_rng(1),
                                             inputs=inputs, checking_inputs=True)
        draws_of(result, 500, 7, inputs)
        assert_unchanged((p,), (p_after,), ["p"])

    @pytest.mark.points(1)
    def test_uses_rng(self, learner, rng):
        """draws its randomness from rng: the same seed gives the same draws, another seed other draws"""
        p = skewed_p(rng, 5)
        inputs = describe(p=p, n=200)
        first = draws_of(learner.sample_categorical(p, 200, np.random.default_rng(7)), 200, 5, inputs)
        again = draws_of(learner.sample_categorical(p, 200, np.random.default_rng(7)), 200, 5, inputs)
        other = draws_of(learner.sample_categorical(p, 200, np.random.default_rng(8)), 200, 5, inputs)
        if not np.array_equal(first, again):
            raise CheckFailed(f"two calls with rng = np.random.default_rng(7) gave different draws (for {inputs})"
                              "\nHint: draw the uniforms from the rng argument (rng.random(n)), not from np.random")
        if np.array_equal(first, other):
            raise CheckFailed(f"rng = default_rng(7) and default_rng(8) gave the same draws (for {inputs})"
                              "\nHint: draw the uniforms from the rng argument")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("k", [6, 15], ids=["k6", "k15"])
    def test_goodness_of_fit(self, learner, rng, k):
        """the counts of 40 000 draws pass a chi-square goodness-of-fit test against p"""
        p = skewed_p(rng, k)
        inputs = describe(p=p, n=40_000)
        draws = draws_of(call_quietly(learner.sample_categorical, p, 40_000, np.random.default_rng(rng.integers(2**32)),
                                      inputs=inputs), 40_000, k, inputs)
        check_fits(draws, p, inputs)

    @pytest.mark.points(1)
    def test_zeros_in_p(self, learner, rng):
        """categories of probability 0 (first, middle, last) are never drawn"""
        p = skewed_p(rng, 8, zeros=(0, 3, 4, 7))
        inputs = describe(p=p, n=40_000) + " with p = 0 for categories 0, 3, 4 and 7"
        draws = draws_of(call_quietly(learner.sample_categorical, p, 40_000, np.random.default_rng(rng.integers(2**32)),
                                      inputs=inputs), 40_000, 8, inputs)
        check_fits(draws, p, inputs)
        one = np.array([0.0, 0.0, 1.0])
        draws = draws_of(learner.sample_categorical(one, 1000, np.random.default_rng(3)), 1000, 3, describe(p=one))
        if not (draws == 2).all():
            raise CheckFailed("for p = [0, 0, 1] every draw should be 2")

    @pytest.mark.points(1)
    def test_bad_p(self, learner):
        """raises ValueError when p does not sum to 1 or has a negative entry"""
        for p, what in [(np.array([0.2, 0.3, 0.4]), "p summing to 0.9"),
                        (np.array([0.5, 0.7, -0.2]), "p with a negative entry")]:
            assert_learner_raises(lambda: learner.sample_categorical(p, 10, np.random.default_rng(0)), "ValueError",
                                  what=what)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        p = skewed_p(rng, 20)
        speed.check(learner.sample_categorical, (p, 100_000, np.random.default_rng(5)), max_ratio=8,
                    inputs=describe(p=p, n=100_000),
                    hint="draw all n uniforms at once (rng.random(n)) and look them all up with np.searchsorted")


def moment_scale(expected):
    """How far each of the four results may be off: the mean relative to the spread, the rest relative to 1."""
    spread = np.sqrt(expected[1])
    return np.array([abs(expected[0]) + spread, expected[1], 1.0 + abs(expected[2]), 1.0 + abs(expected[3])])


def moment_mistakes(x):
    n = x.size
    mean = x.mean()
    d = x - mean
    m2, m3, m4 = (d**2).mean(), (d**3).mean(), (d**4).mean()
    s2 = m2 * n / (n - 1)
    return [
        (np.array([mean, s2, m3 / m2**1.5, m4 / m2**2 - 3]), "this is the sample variance (divided by n - 1); "
                                                             "use the population moment m₂ (divide by n)"),
        (np.array([mean, m2, m3 / m2**1.5, m4 / m2**2]), "the excess kurtosis subtracts 3 (the kurtosis of a normal)"),
        (np.array([mean, s2, m3 / s2**1.5, m4 / s2**2 - 3]), "standardise with the population moment m₂ "
                                                             "(divided by n), not the sample variance"),
        (np.array([mean, m2, m3 / m2, m4 / m2 - 3]), "skewness is m₃ / m₂^{3/2} and kurtosis m₄ / m₂²"),
    ]


@pytest.mark.exercise("moments", banned=("scipy.stats",))
class TestMoments:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns 4 numbers and leaves x unchanged"""
        x = rng.normal(size=50)
        result, (x_after,) = call_quietly(learner.moments, x.copy(), inputs=describe(x=x), checking_inputs=True)
        numbers(result, "moments(x)", (4,), describe(x=x))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [10, 1000], ids=["n10", "n1000"])
    def test_matches_reference(self, learner, rng, n):
        """matches the reference on a skewed sample"""
        x = rng.gamma(2.0, 3.0, size=n)
        inputs = describe(x=x)
        expected = ref.moments(x)
        result = call_quietly(learner.moments, x, inputs=inputs)
        assert_entrywise(result, expected, what="[mean, variance, skewness, excess kurtosis]", inputs=inputs,
                         rtol=1e-10, scale=moment_scale(expected), hints=moment_mistakes(x))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with np.mean, np.var, scipy.stats.skew and scipy.stats.kurtosis"""
        x = rng.standard_t(5, size=300) * 4 + 2
        inputs = describe(x=x)
        expected = np.array([np.mean(x), np.var(x), stats.skew(x), stats.kurtosis(x)])
        result = call_quietly(learner.moments, x, inputs=inputs)
        assert_entrywise(result, expected, what="[mean, variance, skewness, excess kurtosis]", inputs=inputs,
                         rtol=1e-10, scale=moment_scale(expected), hints=moment_mistakes(x))

    @pytest.mark.points(1)
    def test_large_mean(self, learner, rng):
        """stays accurate when the mean (1e8) is huge compared with the spread (1)"""
        x = 1e8 + rng.exponential(size=2000)
        inputs = describe(x=x) + " around 1e8"
        expected = ref.moments(x)
        mean = x.mean()
        shortcut = np.mean(x**2) - mean**2
        cancels = ("the variance came out negative or zero: E[x²] - E[x]² cancels catastrophically for a large "
                   "mean; centre first, then average (x - mean)²")
        result = numbers(call_quietly(learner.moments, x, inputs=inputs,
                                      hints={"invalid value": cancels, "divide by zero": cancels}),
                         "moments(x)", (4,), inputs)
        assert_entrywise(result[:2], expected[:2], what="[mean, variance]", inputs=inputs, rtol=1e-6,
                         scale=moment_scale(expected)[:2], hints=[
                             (np.array([mean, shortcut]), "E[x²] - E[x]² cancels catastrophically for a large mean: "
                                                          "centre first, then average (x - mean)²"),
                         ])
        assert_entrywise(result, expected, what="[mean, variance, skewness, excess kurtosis]", inputs=inputs,
                         rtol=1e-6, scale=moment_scale(expected))

    @pytest.mark.points(1)
    def test_constant(self, learner):
        """a constant sample: mean, variance 0, and NaN skewness and kurtosis, without a warning"""
        for x in (np.full(6, 0.1), np.full(3, -7.0), np.array([2.5])):
            inputs = describe(x=x) + f" all equal to {x[0]}"
            result = call_quietly(learner.moments, x, inputs=inputs, hints={
                "invalid value": "a constant sample has m₂ = 0, so skewness and kurtosis are 0 / 0: detect it "
                                 "(e.g. np.all(x == x[0])) and return NaN for them",
                "divide by zero": "a constant sample has m₂ = 0, so skewness and kurtosis are 0 / 0: detect it "
                                  "(e.g. np.all(x == x[0])) and return NaN for them",
            })
            result = numbers(result, "moments(x)", (4,), inputs)
            if not np.isnan(result[2:]).all():
                raise CheckFailed(f"skewness and excess kurtosis should be NaN for {inputs}, but are "
                                  f"{result[2]:.3g} and {result[3]:.3g}\nHint: for a constant sample they are 0 / 0, "
                                  "undefined (x - mean may still hold rounding noise like 1e-17): detect a constant "
                                  "sample (e.g. np.all(x == x[0])) and return NaN for them")
            assert_entrywise(result[:2], np.array([x[0], 0.0]), what="[mean, variance]", inputs=inputs,
                             rtol=1e-15, scale=np.array([abs(x[0]), x[0] ** 2]))
