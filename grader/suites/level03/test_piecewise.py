"""Hidden suite for exercises/level03/piecewise.py."""

import numpy as np
import pytest
from scipy.special import huber as scipy_huber

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level03 import piecewise as ref

MODULE = "piecewise"
SHAPES = [(13, 7), (4, 5, 6)]  # 2-D with n ≠ d, and 3-D: elementwise means every shape
SHAPE_IDS = ["13x7", "4x5x6"]
TINY = np.finfo(float).tiny
HUGE = 1.5e308  # z + z overflows


# -- helpers ------------------------------------------------------------------------------------------
call_quietly = checks.call_quietly
def with_breakpoints(rng, shape, breakpoints, scale=3.0):
    """Random normal entries, a fifth of them replaced by exact breakpoints."""
    x = rng.normal(size=shape) * scale
    spots = rng.uniform(size=shape) < 0.2
    x[spots] = rng.choice(np.asarray(breakpoints, dtype=float), size=int(spots.sum()))
    return x


def assert_exact(actual, expected, x, *, what, inputs, hints=(), rtol=5e-16):
    """Every entry equal to the expected one up to an ulp of its own size (subnormals count as 0)."""
    actual = assert_shape(actual, expected.shape, what, inputs)
    with np.errstate(all="ignore"):  # |a| + |b| may overflow near the largest float: halve first
        scale = np.maximum(0.5 * np.abs(actual) + 0.5 * np.abs(expected), TINY)
        errors = np.abs(0.5 * actual - 0.5 * expected) / scale
    errors[~np.isfinite(errors)] = np.inf
    worst = int(np.argmax(errors))
    if errors[worst] <= rtol:
        return actual
    message = (f"{what} is off for {inputs}: at the input {float(x.ravel()[worst])!r} the relative error is "
               f"{errors[worst]:.2g} (allowed {rtol:.0e}: these values are exact)")
    for candidate, hint in hints:
        candidate = np.asarray(candidate, dtype=float)
        with np.errstate(all="ignore"):
            close = np.abs(actual - candidate) <= 1e-12 * np.maximum(np.abs(candidate), TINY)
        if close.all():
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def check_float_array(value, x, what, inputs):
    value = assert_shape(value, x.shape, what, inputs)
    if value.dtype.kind != "f":
        raise CheckFailed(f"{what} should hold floats, but has dtype {value.dtype} (for {inputs})")
    return value


# -- relu -------------------------------------------------------------------------------------------
RELU_OVERFLOW_HINT = ("(z + |z|) / 2 overflows for z near the largest float, although max(z, 0) = z is fine there: "
                      "use the pieces, np.where(z > 0, z, 0.0) or np.maximum(z, 0.0)")


def relu_mistakes(z):
    with np.errstate(all="ignore"):
        return [
            ((z > 0).astype(float), "this is the mask z > 0 (the derivative of ReLU): return z where it is positive"),
            (np.minimum(z, 0.0), "this is min(z, 0): ReLU keeps the positive part, max(z, 0)"),
            (np.abs(z), "this is |z|: negative entries become 0, not -z"),
            (np.where(z < 0, z, 0.0), "you kept the negative entries: ReLU keeps z where z > 0"),
        ]


@pytest.mark.exercise("relu")
class TestRelu:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array of z's shape and leaves z unchanged"""
        z = rng.normal(size=(6, 4))
        out, (z_after,) = learner.relu.call_checking_inputs(z.copy())
        check_float_array(out, z, "relu(z)", describe(z=z))
        assert_unchanged((z,), (z_after,), ["z"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random z (with some exact zeros)"""
        z = with_breakpoints(rng, shape, [0.0])
        inputs = describe(z=z)
        assert_close(learner.relu(z), ref.relu(z), what="relu(z)", inputs=inputs, rtol=1e-15, hints=relu_mistakes(z))

    @pytest.mark.points(1)
    def test_matches_piecewise(self, learner, rng):
        """agrees with np.piecewise on half-integers from -5 to 5 (many exact breakpoints)"""
        z = rng.integers(-10, 11, size=(9, 11)) / 2.0
        expected = np.piecewise(z, [z > 0, z <= 0], [lambda v: v, 0.0])
        assert_close(learner.relu(z), expected, what="relu(z)", inputs=describe(z=z) + " of half-integers",
                     rtol=1e-15, hints=relu_mistakes(z))

    @pytest.mark.points(1)
    def test_breakpoint_and_extremes(self, learner):
        """exact at 0, at ±the smallest floats and at ±1.5e308, with no overflow"""
        z = np.array([0.0, -0.0, 5e-324, -5e-324, 1e-300, -1e-300, 1.0, -1.0, HUGE, -HUGE])
        inputs = describe(z=z) + " around 0 and near the largest float"
        out = call_quietly(learner.relu, z, inputs=inputs, hints={"overflow": RELU_OVERFLOW_HINT})
        assert_exact(out, ref.relu(z), z, what="relu(z)", inputs=inputs, hints=relu_mistakes(z))


# -- leaky relu -----------------------------------------------------------------------------------
MAXIMUM_TRICK_HINT = ("np.maximum(z, alpha * z) is the leaky ReLU only when alpha ≤ 1; for alpha > 1 it picks "
                      "alpha·z on the positive side. Write the two pieces: z where z > 0, alpha·z elsewhere")


def leaky_mistakes(z, alpha):
    """Known mistakes, leaving out those that happen to be right for this alpha (e.g. the default)."""
    expected = ref.leaky_relu(z, alpha)
    return [(candidate, hint) for candidate, hint in leaky_candidates(z, alpha)
            if not np.allclose(candidate, expected, rtol=1e-6, atol=0)]


def leaky_candidates(z, alpha):
    return [
        (np.where(z > 0, z, 0.01 * z), "this is the leaky ReLU with the default alpha = 0.01: use the alpha argument"),
        (np.where(z > 0, z, alpha), "the negative piece is alpha·z (a line of slope alpha), not the constant alpha"),
        (np.maximum(z, alpha * z), MAXIMUM_TRICK_HINT),
        (np.where(z > 0, alpha * z, z), "you scaled the positive side: it is z for z > 0 and alpha·z for z ≤ 0"),
        (np.where(z > 0, z, -alpha * z), "the negative piece is alpha·z, not -alpha·z"),
        (np.maximum(z, 0.0), "this is ReLU: for z ≤ 0 the leaky ReLU is alpha·z, not 0"),
    ]


@pytest.mark.exercise("leaky_relu")
class TestLeakyRelu:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array of z's shape and leaves z unchanged"""
        z = rng.normal(size=(6, 4))
        out, (z_after, _) = learner.leaky_relu.call_checking_inputs(z.copy(), 0.1)
        check_float_array(out, z, "leaky_relu(z, 0.1)", describe(z=z, alpha=0.1))
        assert_unchanged((z,), (z_after,), ["z"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "alpha"), [((13, 7), None), ((4, 5, 6), 0.2)],
                             ids=["13x7-default-alpha", "4x5x6-alpha=0.2"])
    def test_matches_reference(self, learner, rng, shape, alpha):
        """matches the reference on random z (with some exact zeros)"""
        z = with_breakpoints(rng, shape, [0.0])
        if alpha is None:
            actual, alpha, inputs = learner.leaky_relu(z), 0.01, describe(z=z) + " and the default alpha"
        else:
            actual, inputs = learner.leaky_relu(z, alpha), describe(z=z, alpha=alpha)
        assert_close(actual, ref.leaky_relu(z, alpha), what="leaky_relu(z)", inputs=inputs, rtol=1e-15,
                     hints=leaky_mistakes(z, alpha))

    @pytest.mark.points(1)
    def test_matches_piecewise(self, learner, rng):
        """agrees with np.piecewise on half-integers (many exact breakpoints), alpha = 0.3"""
        z = rng.integers(-10, 11, size=(9, 11)) / 2.0
        expected = np.piecewise(z, [z > 0, z <= 0], [lambda v: v, lambda v: 0.3 * v])
        assert_close(learner.leaky_relu(z, 0.3), expected, what="leaky_relu(z, 0.3)",
                     inputs=describe(z=z, alpha=0.3) + " of half-integers", rtol=1e-15, hints=leaky_mistakes(z, 0.3))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("alpha", [0.0, 1.5], ids=["alpha=0", "alpha=1.5"])
    def test_any_alpha(self, learner, rng, alpha):
        """follows the two pieces for any alpha (0 gives ReLU, and alpha > 1 is allowed)"""
        z = with_breakpoints(rng, (8, 5), [0.0])
        inputs = describe(z=z, alpha=alpha)
        assert_close(learner.leaky_relu(z, alpha), ref.leaky_relu(z, alpha), what=f"leaky_relu(z, {alpha})",
                     inputs=inputs, rtol=1e-15, hints=leaky_mistakes(z, alpha))

    @pytest.mark.points(1)
    def test_breakpoint_and_extremes(self, learner):
        """exact at 0, at ±the smallest floats and at ±1.5e308, with no overflow"""
        z = np.array([0.0, -0.0, 5e-324, -5e-324, 1e-300, -1e-300, 1.0, -1.0, HUGE, -HUGE])
        inputs = describe(z=z, alpha=0.01) + " around 0 and near the largest float"
        out = call_quietly(learner.leaky_relu, z, 0.01, inputs=inputs, hints={"overflow": (
            "an intermediate overflowed although z and 0.01·z are finite: compute the two pieces separately")})
        assert_exact(out, ref.leaky_relu(z, 0.01), z, what="leaky_relu(z, 0.01)", inputs=inputs,
                     hints=leaky_mistakes(z, 0.01))


# -- huber ------------------------------------------------------------------------------------------
HUBER_OVERFLOW_HINT = ("np.where computes ½r² on every entry, and r² overflows for |r| > 1e154 although that "
                       "piece is not used there. Evaluate the quadratic piece only where |r| ≤ δ: np.piecewise "
                       "or a boolean mask (out[inside] = 0.5 * r[inside] ** 2) do that")


def huber_mistakes(r, delta):
    """Known mistakes, leaving out those that happen to be right here (e.g. "δ = 1" when delta is 1)."""
    expected = ref.huber(r, delta)
    return [(candidate, hint) for candidate, hint in huber_candidates(r, delta)
            if not np.allclose(candidate, expected, rtol=1e-6, atol=0)]


def huber_candidates(r, delta):
    a = np.abs(r)
    inside = a <= delta
    with np.errstate(all="ignore"):
        linear = delta * (a - 0.5 * delta)
        return [
            (np.where(inside, 0.5 * r * r, delta * (a - delta)), "the linear piece is δ(|r| - ½δ): with δ(|r| - δ) "
             "the two pieces do not meet at |r| = δ (½δ² on one side, 0 on the other)"),
            (np.where(inside, r * r, linear), "the quadratic piece is ½r², not r²"),
            (np.where(inside, r * r, 2 * linear), "this is 2·H_δ(r): the pieces are ½r² and δ(|r| - ½δ)"),
            (np.where(inside, 0.5 * r * r, delta * (r - 0.5 * delta)), "use |r| in the linear piece: H_δ is "
             "symmetric, H_δ(-r) = H_δ(r)"),
            (np.where(a <= 1.0, 0.5 * r * r, a - 0.5), "this is the Huber function for δ = 1: use the delta argument"),
            (0.5 * r * r, "this is ½r² everywhere: beyond |r| = δ the Huber function grows linearly, δ(|r| - ½δ)"),
            (np.where(inside, 0.5 * r * r, 0.0) + np.where(a >= delta, linear, 0.0), "at |r| = δ your value is "
             "½δ² twice: the conditions |r| ≤ δ and |r| ≥ δ overlap at the breakpoint. Make one piece the "
             "complement of the other"),
            (np.where(a < delta, 0.5 * r * r, 0.0) + np.where(a > delta, linear, 0.0), "at |r| = δ your value is 0: "
             "with |r| < δ and |r| > δ no piece covers the breakpoint. Make one piece the complement of the other"),
        ]


@pytest.mark.exercise("huber")
class TestHuber:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns floats of r's shape (also for integer r) and leaves r unchanged"""
        r = rng.normal(size=(6, 4)) * 2
        out, (r_after, _) = call_quietly(learner.huber, r.copy(), 1.0, inputs=describe(r=r), checking_inputs=True,
                                         hints={"overflow": HUBER_OVERFLOW_HINT})
        check_float_array(out, r, "huber(r)", describe(r=r))
        assert_unchanged((r,), (r_after,), ["r"])
        r_int = rng.integers(-4, 5, size=(3, 5))
        inputs = describe(r=r_int, delta=1.5) + " with r of dtype int64"
        out = assert_shape(call_quietly(learner.huber, r_int, 1.5, inputs=inputs), r_int.shape, "huber(r, 1.5)",
                           inputs)
        if out.dtype.kind != "f":
            raise CheckFailed(f"huber(r, 1.5) should hold floats, but has dtype {out.dtype} (for {inputs}).\nHint: "
                              "np.piecewise and np.empty_like build their output with r's dtype, so ½r² is rounded "
                              "to an integer: start from np.asarray(r, dtype=float)")
        assert_close(out, ref.huber(r_int, 1.5), what="huber(r, 1.5)", inputs=inputs, rtol=1e-15,
                     hints=huber_mistakes(r_int.astype(float), 1.5))

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "delta"), [((13, 7), None), ((4, 5, 6), 0.5)],
                             ids=["13x7-default-delta", "4x5x6-delta=0.5"])
    def test_matches_reference(self, learner, rng, shape, delta):
        """matches the reference on random residuals (with some at exactly ±δ)"""
        d = 1.0 if delta is None else delta
        r = with_breakpoints(rng, shape, [d, -d, 0.0], scale=2 * d)
        inputs = describe(r=r) + (" and the default delta" if delta is None else f", delta = {delta}")
        args = (r,) if delta is None else (r, delta)
        actual = call_quietly(learner.huber, *args, inputs=inputs, hints={"overflow": HUBER_OVERFLOW_HINT})
        assert_close(actual, ref.huber(r, d), what="huber(r)", inputs=inputs, rtol=1e-15, hints=huber_mistakes(r, d))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("delta", [0.3, 2.5], ids=["delta=0.3", "delta=2.5"])
    def test_matches_scipy(self, learner, rng, delta):
        """agrees with scipy.special.huber(delta, r)"""
        r = rng.normal(size=200) * 3 * delta
        inputs = describe(r=r, delta=delta)
        actual = call_quietly(learner.huber, r, delta, inputs=inputs, hints={"overflow": HUBER_OVERFLOW_HINT})
        assert_close(actual, scipy_huber(delta, r), what="huber(r)", inputs=inputs, rtol=1e-14,
                     hints=huber_mistakes(r, delta))

    @pytest.mark.points(1)
    def test_exact_breakpoints(self, learner):
        """exact at |r| = δ and one float either side of it, for several δ"""
        for delta in (1.0, 0.5, 2.5, 0.1, 3e5):
            edges = [delta, np.nextafter(delta, 0.0), np.nextafter(delta, np.inf)]
            r = np.array(edges + [-e for e in edges] + [0.0, 0.5 * delta, -3.0 * delta])
            inputs = describe(r=r, delta=delta) + " at the breakpoints ±δ"
            expected = np.piecewise(r, [np.abs(r) <= delta, np.abs(r) > delta],
                                    [lambda t: 0.5 * t * t, lambda t: delta * (np.abs(t) - 0.5 * delta)])
            actual = call_quietly(learner.huber, r, delta, inputs=inputs, hints={"overflow": HUBER_OVERFLOW_HINT})
            assert_exact(actual, expected, r, what=f"huber(r, {delta:g})", inputs=inputs, rtol=1e-15,
                         hints=huber_mistakes(r, delta))

    @pytest.mark.points(1)
    def test_outliers(self, learner, rng):
        """finite and exact for outliers up to 1e200, with no overflow"""
        r = np.concatenate([rng.normal(size=20), [1e20, -1e100, 3e160, -1e200, 1e200]])
        inputs = describe(r=r, delta=1.0) + " with outliers up to 1e200"
        actual = call_quietly(learner.huber, r, 1.0, inputs=inputs, hints={"overflow": HUBER_OVERFLOW_HINT})
        assert_exact(actual, ref.huber(r, 1.0), r, what="huber(r)", inputs=inputs, rtol=1e-15,
                     hints=huber_mistakes(r, 1.0))

    @pytest.mark.points(1)
    def test_bad_delta(self, learner, rng):
        """raises ValueError for delta = 0 and delta < 0"""
        r = rng.normal(size=5)
        assert_learner_raises(lambda: learner.huber(r, 0.0), "ValueError",
                              what="delta = 0 (there is no quadratic piece)")
        assert_learner_raises(lambda: learner.huber(r, -1.0), "ValueError", what="delta = -1")
