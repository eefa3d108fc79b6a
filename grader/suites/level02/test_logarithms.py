"""Hidden suite for exercises/level02/logarithms.py."""

import numpy as np
import pytest

from mlgrade.checks import CheckFailed, as_float, assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level02 import logarithms as ref
from mlgrade.suites.level02 import assert_close_entrywise, call_quietly, numbers

MODULE = "logarithms"
LOG1P_BANS = ("numpy.log1p", "math.log1p", "numpy.logaddexp", "numpy.logaddexp2")

NAIVE_HINT = ("this is np.log(1 + x): 1 + x is rounded before the logarithm sees it, which loses the digits of "
              "a small x (for |x| < 1.1e-16, 1 + x is exactly 1). Use u = 1 + x and log(u) · x / (u - 1), "
              "with log1p(x) = x where u == 1")
WHERE_HINT = ("np.where(cond, A, B) computes A and B for every entry, so a division by u - 1 still runs where "
              "u - 1 == 0: replace those zeros first (e.g. np.where(d == 0, 1.0, d)) and then divide")
OVERFLOW_HINT = ("for x near 1e308, log(u) · x overflows although the answer is about 709: compute "
                 "x / (u - 1) first (it is close to 1), then multiply by log(u)")
LOG1P_WARNINGS = {"divide by zero": WHERE_HINT, "invalid value": WHERE_HINT, "overflow": OVERFLOW_HINT}


def log1p_hints(x):
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        return [(np.log(1 + x), NAIVE_HINT)]


def check_log1p(learner, x, expected, versus=""):
    inputs = describe(x=x) if np.ndim(x) else f"x = {x!r}"
    actual = call_quietly(learner.log1p, x, inputs=inputs, hints=LOG1P_WARNINGS)
    assert_close_entrywise(actual, expected, what="log1p(x)", inputs=inputs + versus, rtol=1e-12, at=("x", x),
                           hints=log1p_hints(x))


@pytest.mark.exercise("log1p", banned=LOG1P_BANS)
class TestLog1p:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array of x's shape (a float for a float) and leaves x unchanged"""
        x = rng.uniform(-0.9, 3.0, size=(4, 7))
        y, (x_after,) = call_quietly(learner.log1p, x.copy(), inputs=describe(x=x), hints=LOG1P_WARNINGS,
                                     checking_inputs=True)
        numbers(y, "log1p(x)", (4, 7), describe(x=x))
        assert_unchanged((x,), (x_after,), ["x"])
        value = call_quietly(learner.log1p, 0.25, inputs="x = 0.25", hints=LOG1P_WARNINGS)
        if isinstance(value, np.ndarray) and value.ndim:
            raise CheckFailed(f"log1p(0.25) returned an array of shape {value.shape}; for a single number "
                              "return a single float")
        as_float(value, "log1p(0.25)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["moderate", "tiny", "large"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference, entry by entry (relative error ≤ 1e-12)"""
        if kind == "moderate":
            x = rng.uniform(-0.99, 20.0, size=300)
        elif kind == "tiny":
            x = rng.choice([-1.0, 1.0], size=(17, 11)) * 10.0 ** rng.uniform(-20, -3, size=(17, 11))
        else:
            x = 10.0 ** rng.uniform(0, 300, size=60)
        check_log1p(learner, x, ref.log1p(x), f" ({kind} values)")

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.log1p from 1e-30 to 100, for both signs"""
        x = np.concatenate([np.logspace(-30, 2, 200), -np.logspace(-30, -0.01, 100), [0.0]])
        rng.shuffle(x)
        check_log1p(learner, x, np.log1p(x), " (vs np.log1p)")

    @pytest.mark.points(1)
    def test_extremes(self, learner):
        """exact at x = ±1e-12, below machine epsilon, subnormal, 0, near -1 and at 1.7e308, with no warning"""
        x = np.array([1e-12, -1e-12, 3e-17, -3e-17, 1e-300, 5e-324, 0.0, -0.999999999999, 1.7e308])
        check_log1p(learner, x, np.log1p(x), " (extreme values)")

    @pytest.mark.points(1)
    def test_domain(self, learner):
        """raises ValueError for x ≤ -1 (log of a number ≤ 0), also inside an array"""
        assert_learner_raises(lambda: learner.log1p(-1.0), "ValueError", what="x = -1.0")
        assert_learner_raises(lambda: learner.log1p(-2.5), "ValueError", what="x = -2.5")
        assert_learner_raises(lambda: learner.log1p(np.array([0.5, -1.5, 2.0])), "ValueError",
                              what="x = [0.5, -1.5, 2.0]")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation (30 000 values)"""
        x = np.concatenate([rng.uniform(-0.9, 10.0, size=15_000),
                            rng.choice([-1.0, 1.0], size=15_000) * 10.0 ** rng.uniform(-18, -1, size=15_000)])
        rng.shuffle(x)
        speed.check(learner.log1p, (x,), max_ratio=10, inputs=describe(x=x),
                    hint="apply 1 + x, np.log, the division and np.where to the whole array at once; a Python "
                         "loop over the entries is the usual cause")


# -- solve_exponential ----------------------------------------------------------------------------------
RATE_HINT = ("this is log(b / a) / np.log(1 + r): for a tiny rate, 1 + r is rounded and log(1 + r) loses most "
             "of r's digits. Divide by your log1p(r)")


def solve(learner, a, r, b):
    inputs = describe(a=a, r=r, b=b)
    value = call_quietly(learner.solve_exponential, a, r, b, inputs=inputs)
    return np.float64(as_float(value, "t")), inputs


def check_time(learner, a, r, b, *, rtol=1e-11):
    t, inputs = solve(learner, a, r, b)
    expected = ref.solve_exponential(a, r, b)
    with np.errstate(all="ignore"):
        hints = [
            (np.log(b / a) / np.log(1 + r), RATE_HINT),
            (-expected, "the sign is flipped: t = log(b / a) / log(1 + r), not log(a / b) / log(1 + r)"),
            (np.log(b / a) / r, "log(1 + r) ≈ r only for tiny r: divide by log1p(r)"),
            (np.log(b) / np.log1p(r), "you dropped a: t = log(b / a) / log(1 + r)"),
            (np.log10(b / a) / np.log1p(r), "log10 and the natural log mixed: use the same logarithm "
                                            "on top and below (np.log)"),
        ]
    assert_close_entrywise(t, expected, what="t", inputs=inputs, rtol=rtol, hints=hints)


@pytest.mark.exercise("solve_exponential", banned=LOG1P_BANS)
class TestSolveExponential:
    @pytest.mark.points(1)
    def test_returns_float(self, learner):
        """returns a single float"""
        value, _ = learner.solve_exponential.call_checking_inputs(100.0, 0.05, 200.0)
        as_float(value, "t")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["growth", "decay"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference on random amounts and rates (relative error ≤ 1e-11)"""
        for _ in range(15):
            a = float(10.0 ** rng.uniform(-2, 4))
            r = float(10.0 ** rng.uniform(-3, 0)) if kind == "growth" else -float(rng.uniform(0.001, 0.9))
            b = float(a * 10.0 ** (rng.choice([-1.0, 1.0]) * rng.uniform(0.5, 3)))
            check_time(learner, a, r, b)

    @pytest.mark.points(2)
    def test_tiny_rate(self, learner):
        """accurate for tiny rates (r = ±1e-12, 3e-15, 1e-9), where np.log(1 + r) loses digits"""
        for a, r, b in ((1.0, 1e-12, 2.0), (5.0, -1e-12, 1.0), (2.0, 3e-15, 3.0), (1e3, 1e-9, 1e6)):
            check_time(learner, a, r, b)

    @pytest.mark.points(1)
    def test_round_trip(self, learner, rng):
        """a·(1 + r)^t gives back b (computed as a·exp(t·np.log1p(r)))"""
        for _ in range(10):
            a, r = float(10.0 ** rng.uniform(-3, 3)), float(rng.uniform(-0.5, 1.0))
            r = r if abs(r) > 1e-3 else 0.01
            b = float(a * 10.0 ** rng.uniform(-2, 2))
            t, inputs = solve(learner, a, r, b)
            with np.errstate(all="ignore"):
                back = a * np.exp(t * np.log1p(r))
            if not abs(back - b) <= 1e-10 * b:
                raise CheckFailed(f"a·(1 + r)^t with your t is off from b by a relative {abs(back - b) / b:.2g} "
                                  f"for {inputs} (allowed 1e-10)")

    @pytest.mark.points(1)
    def test_no_solution(self, learner):
        """raises ValueError when a ≤ 0 or b ≤ 0"""
        for a, b in ((1.0, 0.0), (1.0, -5.0), (0.0, 2.0), (-1.0, 2.0)):
            assert_learner_raises(lambda: learner.solve_exponential(a, 0.1, b), "ValueError",
                                  what=f"a = {a!r}, r = 0.1, b = {b!r}")

    @pytest.mark.points(1)
    def test_bad_rate(self, learner):
        """raises ValueError for r = 0 (nothing grows) and r ≤ -1 (1 + r ≤ 0)"""
        for r in (0.0, -1.0, -1.5):
            assert_learner_raises(lambda: learner.solve_exponential(1.0, r, 2.0), "ValueError",
                                  what=f"a = 1.0, r = {r!r}, b = 2.0")
