"""Hidden suite for exercises/level06/integration.py."""

import numpy as np
import pytest
from scipy import integrate

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level06 import integration as ref
from mlgrade.sandbox.callables.level06 import GaussianBump, Polynomial, SineWave

MODULE = "integration"
INTEGRATION_BANS = ("numpy.trapezoid", "numpy.trapz", "scipy.integrate")


# -- data ----------------------------------------------------------------------------------------------
def grid(rng, n, a=0.0, b=3.0, uniform=False):
    """``n`` strictly increasing points from a to b, uniform or with widths varying by a factor ~10."""
    if uniform:
        return np.linspace(a, b, n)
    widths = rng.uniform(0.2, 2.0, size=n - 1)
    return a + (b - a) * np.concatenate([[0.0], np.cumsum(widths)]) / widths.sum()


def samples(rng, n, uniform=False):
    x = grid(rng, n, uniform=uniform)
    return np.sin(3 * x) + 0.5 * x**2 - x, x


def grid_inputs(y, x, uniform):
    return describe(y=y, x=x) + (", uniform x" if uniform else ", non-uniform x")


def as_number(value, what):
    return np.float64(as_float(value, what))


# -- known mistakes -------------------------------------------------------------------------------------
def uniform_trapezoid(y, x):
    """The trapezoid rule with one global step h = x[1] - x[0] (or the mean width)."""
    candidates = []
    for h in (x[1] - x[0], (x[-1] - x[0]) / (len(x) - 1)):
        candidates.append(h * (np.sum(y) - (y[0] + y[-1]) / 2))
    return candidates


def uniform_weight_simpson(y, x):
    """Simpson's weights h/3 (1, 4, 1) applied on a non-uniform grid: per pair, and with a global h."""
    per_pair = np.sum((x[2::2] - x[0:-1:2]) / 6 * (y[0:-1:2] + 4 * y[1::2] + y[2::2]))
    h = x[1] - x[0]
    global_h = h / 3 * np.sum(y[0:-1:2] + 4 * y[1::2] + y[2::2])
    mean_h = (x[-1] - x[0]) / (len(x) - 1) / 3 * np.sum(y[0:-1:2] + 4 * y[1::2] + y[2::2])
    return [per_pair, global_h, mean_h]


UNIFORM_TRAPEZOID_HINT = ("this is the trapezoid rule with one fixed step h: on a non-uniform grid every "
                          "interval has its own width, np.diff(x)")
UNIFORM_SIMPSON_HINT = ("this uses Simpson's uniform weights h/3·(1, 4, 1) on a non-uniform grid: with widths "
                        "h0 ≠ h1 the parabola's area has the weights given in the docstring")


# -- trapezoid -------------------------------------------------------------------------------------------
@pytest.mark.exercise("trapezoid", banned=INTEGRATION_BANS)
class TestTrapezoid:
    @pytest.mark.points(1)
    def test_returns_float_and_inputs(self, learner, rng):
        """returns a single float and leaves y and x unchanged"""
        y, x = samples(rng, 21)
        value, after = learner.trapezoid.call_checking_inputs(y.copy(), x.copy())
        as_float(value, "trapezoid(y, x)")
        assert_unchanged((y, x), after, ["y", "x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "uniform"), [(11, True), (37, False), (500, False)],
                             ids=["11-uniform", "37-nonuniform", "500-nonuniform"])
    def test_matches_reference(self, learner, rng, n, uniform):
        """matches the reference trapezoid rule"""
        y, x = samples(rng, n, uniform)
        expected = ref.trapezoid(y, x)
        assert_close(as_number(learner.trapezoid(y, x), "trapezoid(y, x)"), expected, what="the integral",
                     inputs=grid_inputs(y, x, uniform), rtol=1e-12, hints=[
                         (2 * expected, "this is twice the integral: each trapezoid is width × (y_i + y_{i+1}) / 2"),
                     ] + [(c, UNIFORM_TRAPEZOID_HINT) for c in uniform_trapezoid(y, x)])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.integrate.trapezoid on a non-uniform grid"""
        x = np.sort(rng.uniform(-2.0, 4.0, size=200))
        y = GaussianBump(1.0, 0.7)(x)
        assert_close(as_number(learner.trapezoid(y, x), "trapezoid(y, x)"), integrate.trapezoid(y, x=x),
                     what="the integral", inputs=grid_inputs(y, x, False), rtol=1e-12,
                     hints=[(c, UNIFORM_TRAPEZOID_HINT) for c in uniform_trapezoid(y, x)])

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for y and x of different lengths and for a single sample"""
        assert_learner_raises(lambda: learner.trapezoid(np.ones(5), np.arange(4.0)), "ValueError",
                              what="y of shape (5,) with x of shape (4,)")
        assert_learner_raises(lambda: learner.trapezoid(np.ones(1), np.zeros(1)), "ValueError",
                              what="a single sample")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        y, x = samples(rng, 100_000)
        speed.check(learner.trapezoid, (y, x), max_ratio=10, inputs=describe(y=y, x=x),
                    hint="sum all the trapezoids at once: np.diff(x) * (y[:-1] + y[1:]) / 2, no loop over samples")


# -- simpson ---------------------------------------------------------------------------------------------------
@pytest.mark.exercise("simpson", banned=INTEGRATION_BANS)
class TestSimpson:
    @pytest.mark.points(1)
    def test_returns_float_and_inputs(self, learner, rng):
        """returns a single float and leaves y and x unchanged"""
        y, x = samples(rng, 21)
        value, after = learner.simpson.call_checking_inputs(y.copy(), x.copy())
        as_float(value, "simpson(y, x)")
        assert_unchanged((y, x), after, ["y", "x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "uniform"), [(11, True), (41, False), (301, False)],
                             ids=["11-uniform", "41-nonuniform", "301-nonuniform"])
    def test_matches_reference(self, learner, rng, n, uniform):
        """matches the reference Simpson rule"""
        y, x = samples(rng, n, uniform)
        assert_close(as_number(learner.simpson(y, x), "simpson(y, x)"), ref.simpson(y, x), what="the integral",
                     inputs=grid_inputs(y, x, uniform), rtol=1e-12, hints=[
                         (ref.trapezoid(y, x), "this is the trapezoid rule; Simpson fits a parabola through "
                                               "each pair of intervals"),
                     ] + [(c, UNIFORM_SIMPSON_HINT) for c in uniform_weight_simpson(y, x)])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.integrate.simpson on a non-uniform grid (odd number of points)"""
        x = np.sort(rng.uniform(-2.0, 4.0, size=201))
        y = GaussianBump(1.0, 0.7)(x)
        assert_close(as_number(learner.simpson(y, x), "simpson(y, x)"), integrate.simpson(y, x=x),
                     what="the integral", inputs=grid_inputs(y, x, False), rtol=1e-11,
                     hints=[(c, UNIFORM_SIMPSON_HINT) for c in uniform_weight_simpson(y, x)])

    @pytest.mark.points(1)
    def test_exact_for_quadratics(self, learner, rng):
        """exact for a quadratic on a non-uniform grid (the parabola is the function itself)"""
        p = Polynomial(rng.normal(size=3))
        x = grid(rng, 9, a=-1.0, b=2.0)
        y = p(x)
        exact = np.polynomial.polynomial.polyval(2.0, np.polynomial.polynomial.polyint(p.coefficients)) - \
            np.polynomial.polynomial.polyval(-1.0, np.polynomial.polynomial.polyint(p.coefficients))
        assert_close(as_number(learner.simpson(y, x), "simpson(y, x)"), exact, what="the integral of a quadratic",
                     inputs=f"f(x) = {p!r} on " + grid_inputs(y, x, False) + " from -1 to 2", rtol=1e-12,
                     hints=[(c, UNIFORM_SIMPSON_HINT) for c in uniform_weight_simpson(y, x)])

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for an even number of samples and for mismatched lengths"""
        x = np.linspace(0.0, 1.0, 6)
        assert_learner_raises(lambda: learner.simpson(x**2, x), "ValueError", what="6 samples (an odd number "
                              "of intervals)")
        assert_learner_raises(lambda: learner.simpson(np.ones(5), np.arange(7.0)), "ValueError",
                              what="y of shape (5,) with x of shape (7,)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        y, x = samples(rng, 100_001)
        speed.check(learner.simpson, (y, x), max_ratio=10, inputs=describe(y=y, x=x),
                    hint="vectorise over the pairs of intervals with the slices x[0:-1:2], x[1::2], x[2::2]; "
                         "no loop over samples")


# -- monte_carlo_integral ----------------------------------------------------------------------------------------
def mc_result(learner, f, a, b, n, seed):
    result = learner.monte_carlo_integral(f, a, b, n, np.random.default_rng(seed))
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed("return a tuple (estimate, standard_error)")
    return (as_number(result[0], "the estimate"), as_number(result[1], "the standard error"))


def mc_mistakes(f, a, b, n, seed):
    """(estimate candidates, standard-error candidates) of known mistakes, with the same random points."""
    u = np.random.default_rng(seed).uniform(a, b, size=n)
    g = f(u)
    unit = f(np.random.default_rng(seed).random(n))
    estimates = [(np.mean(g), "this is the mean of f: multiply by the length b - a of the interval"),
                 ((b - a) * np.mean(unit), "these points are in [0, 1): draw them on [a, b] with "
                                           "rng.uniform(a, b, size=n)")]
    errors = [((b - a) * np.std(g) / np.sqrt(n), "the standard error uses the sample standard deviation with "
                                                 "ddof=1 (divide by n - 1)"),
              ((b - a) * np.std(g, ddof=1), "this is the spread of (b - a)·f(u), not of the mean: divide by √n"),
              ((b - a) * np.var(g, ddof=1) / n, "this is the variance of the estimate: take its square root"),
              (np.std(g, ddof=1) / np.sqrt(n), "scale the standard error by b - a as well")]
    return estimates, errors


@pytest.mark.exercise("monte_carlo_integral")
class TestMonteCarloIntegral:
    @pytest.mark.points(1)
    def test_returns_two_floats(self, learner, rng):
        """returns a tuple (estimate, standard_error) of floats, the standard error positive"""
        _, se = mc_result(learner, SineWave(), 0.0, 2.0, 1000, int(rng.integers(2**32)))
        if not se > 0:
            raise CheckFailed(f"the standard error should be positive, got {se:g}")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "a", "b", "n"), [("sine", 0.0, np.pi, 50), ("bump", -1.0, 3.0, 2000)],
                             ids=["sine-0-pi-n50", "bump-m1-3-n2000"])
    def test_matches_reference(self, learner, rng, kind, a, b, n):
        """matches the reference estimate and standard error for the same random generator"""
        f = SineWave(1.0, 1.0, 0.0) if kind == "sine" else GaussianBump(0.5, 0.8)
        seed = int(rng.integers(2**32))
        estimate, se = mc_result(learner, f, a, b, n, seed)
        expected = ref.monte_carlo_integral(f, a, b, n, np.random.default_rng(seed))
        estimates, errors = mc_mistakes(f, a, b, n, seed)
        inputs = f"f(x) = {f!r}, a = {a:g}, b = {b:g}, n = {n}, rng = np.random.default_rng(seed)"
        assert_close(estimate, expected[0], what="the estimate", inputs=inputs, rtol=1e-10, hints=estimates)
        assert_close(se, expected[1], what="the standard error", inputs=inputs, rtol=1e-10, hints=errors)

    @pytest.mark.points(1)
    def test_within_four_standard_errors(self, learner, rng):
        """over 10 seeds, the estimate lies within 4 standard errors of scipy.integrate.quad"""
        f, a, b = Polynomial([0.5, -1.0, 0.0, 0.4]), -1.0, 2.5
        exact = integrate.quad(f, a, b)[0]
        misses = []
        for seed in rng.integers(2**32, size=10):
            estimate, se = mc_result(learner, f, a, b, 2000, int(seed))
            if not abs(estimate - exact) <= 4 * se:
                misses.append(abs(estimate - exact) / se if se > 0 else np.inf)
        if len(misses) > 1:  # a correct estimator misses with probability 6e-5 per seed
            raise CheckFailed(f"for f(x) = {f!r} on [{a:g}, {b:g}] with n = 2000, {len(misses)} of 10 seeds gave "
                              f"an estimate more than 4 standard errors from the true integral (up to "
                              f"{max(misses):.3g} SE): the estimate is biased or the standard error too small")

    @pytest.mark.points(1)
    def test_bad_arguments(self, learner):
        """raises ValueError for a >= b and for n < 2"""
        f = SineWave()
        assert_learner_raises(lambda: learner.monte_carlo_integral(f, 1.0, 1.0, 100, np.random.default_rng(0)),
                              "ValueError", what="a = b = 1")
        assert_learner_raises(lambda: learner.monte_carlo_integral(f, 2.0, 1.0, 100, np.random.default_rng(0)),
                              "ValueError", what="a = 2 > b = 1")
        assert_learner_raises(lambda: learner.monte_carlo_integral(f, 0.0, 1.0, 1, np.random.default_rng(0)),
                              "ValueError", what="n = 1")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        args = (SineWave(1.0, 3.0, 0.2), 0.0, 2.0, 20_000, np.random.default_rng(int(rng.integers(2**32))))
        speed.check(learner.monte_carlo_integral, args, max_ratio=8, inputs="n = 20000",
                    hint="draw all n points with one rng.uniform(a, b, size=n) and call f once on the array; "
                         "no loop over samples")
