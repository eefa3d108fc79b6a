"""Hidden suite for exercises/level03/activations.py."""

from functools import partial

import numpy as np
import pytest
from scipy.special import expit

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level03 import activations as ref

MODULE = "activations"
SHAPES = [(13, 7), (4, 5, 6)]  # 2-D with n ≠ d, and 3-D: elementwise means every shape
SHAPE_IDS = ["13x7", "4x5x6"]

# -- floating-point warnings ----------------------------------------------------------------------
SIGMOID_OVERFLOW_HINT = ("e^{-z} overflows for z < -709 (e^{1000} is inf). Use the two-branch form σ(z) = 1/(1 + e) "
                         "for z ≥ 0 and e/(1 + e) for z < 0, with e = np.exp(-np.abs(z)) ≤ 1. np.where computes "
                         "both branches on every entry, so each branch must be safe everywhere")
SOFTPLUS_OVERFLOW_HINT = ("e^{z} overflows for z > 709: use log(1 + e^{z}) = max(z, 0) + log1p(e^{-|z|}), whose "
                          "exponential is at most 1. np.where computes both branches on every entry, so a branch "
                          "that forms e^{z} overflows even where it is not selected")
WARNING_HINTS = {
    "overflow": SIGMOID_OVERFLOW_HINT,
    "invalid value": "inf/inf or inf - inf made a NaN: keep every intermediate finite (exponentiate only -|z|)",
    "divide by zero": "a log(0) or a division by 0: keep the exponential in (0, 1] and use np.log1p",
}


call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)
def check_array_out(value, z, what, inputs):
    """The learner's result for an array ``z``: a float array of z's shape."""
    value = assert_shape(value, z.shape, what, inputs)
    if value.dtype.kind != "f":
        raise CheckFailed(f"{what} should hold floats, but has dtype {value.dtype} (for {inputs})."
                          "\nHint: np.empty_like(z) and z.copy() keep z's integer dtype; start from "
                          "np.asarray(z, dtype=float)")
    return value


def check_number_out(value, what):
    """The learner's result for a scalar ``z``: a single float, not an array."""
    if isinstance(value, np.ndarray):
        raise CheckFailed(f"{what} returned an array of shape {value.shape}; for a single number z return a "
                          "float.\nHint: np.where returns a 0-d array for scalar input: convert it with "
                          "float(result) when np.ndim(z) == 0")
    return np.float64(as_float(value, what))


def assert_close_entrywise(actual, expected, z, *, what, inputs, rtol, hints=()):
    """Every entry within ``rtol`` of its own magnitude (a normwise error would hide tiny entries)."""
    actual = assert_shape(actual, expected.shape, what, inputs)
    scale = np.maximum(np.abs(actual) + np.abs(expected), np.finfo(float).tiny)
    with np.errstate(all="ignore"):
        errors = np.abs(actual - expected) / scale
    errors[~np.isfinite(errors)] = np.inf
    worst = int(np.argmax(errors))
    if errors[worst] <= rtol:
        return actual
    message = (f"{what} is off for {inputs}: at z = {z.ravel()[worst]:g} the relative error is "
               f"{errors[worst]:.2g} (allowed {rtol:.0e} of the value itself)")
    for candidate, hint in hints:
        with np.errstate(all="ignore"):
            close = np.abs(actual - candidate) <= 1e-6 * np.maximum(np.abs(candidate), np.finfo(float).tiny)
        if close.all():
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def numpy_softplus(z):
    """The oracle: np.logaddexp(0, z) = log(e⁰ + e^z)."""
    return np.logaddexp(0.0, z)


# -- sigmoid ----------------------------------------------------------------------------------------
FLIPPED_SIGN_HINT = "this is σ(-z) = 1/(1 + e^{z}): the exponent of σ(z) = 1/(1 + e^{-z}) is -z"
CANCELLATION_HINT = ("for very negative z, σ(z) is tiny, but 1 - σ(-z) (and ½(1 + tanh(z/2))) rounds to 1 - 1 = 0 "
                     "in floating point (catastrophic cancellation). For z < 0 compute e^{z}/(1 + e^{z}) with "
                     "e^{z} = np.exp(-np.abs(z))")


@pytest.mark.exercise("sigmoid", banned=("scipy.special.expit",))
class TestSigmoid:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns floats of z's shape (also for integer z) and leaves z unchanged"""
        z = rng.normal(size=(6, 4)) * 3
        s, (z_after,) = call_quietly(learner.sigmoid, z.copy(), inputs=describe(z=z), checking_inputs=True)
        check_array_out(s, z, "sigmoid(z)", describe(z=z))
        assert_unchanged((z,), (z_after,), ["z"])
        z_int = rng.integers(-5, 6, size=(3, 5))
        inputs = describe(z=z_int) + " of dtype int64"
        s = check_array_out(call_quietly(learner.sigmoid, z_int, inputs=inputs), z_int, "sigmoid(z)", inputs)
        assert_close(s, expit(z_int.astype(float)), what="sigmoid(z)", inputs=inputs, rtol=1e-13,
                     hints=[(expit(-z_int.astype(float)), FLIPPED_SIGN_HINT)])

    @pytest.mark.points(1)
    def test_scalar(self, learner, rng):
        """a single number in gives a single float out"""
        for z in (0.0, 2.5, -3.0, float(np.round(rng.normal() * 4, 3))):
            value = check_number_out(call_quietly(learner.sigmoid, z, inputs=f"z = {z}"), f"sigmoid({z})")
            assert_close(value, expit(z), what=f"sigmoid({z})", rtol=1e-14, hints=[(expit(-z), FLIPPED_SIGN_HINT)])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random z"""
        z = rng.normal(size=shape) * 4
        inputs = describe(z=z)
        assert_close(call_quietly(learner.sigmoid, z, inputs=inputs), ref.sigmoid(z), what="sigmoid(z)",
                     inputs=inputs, rtol=1e-13, hints=[
                         (expit(-z), FLIPPED_SIGN_HINT),
                         (1.0 / (1.0 + np.exp(z)), FLIPPED_SIGN_HINT),
                         (0.5 * (1 + np.tanh(z)), "½(1 + tanh(z)) is σ(2z): the identity is σ(z) = ½(1 + tanh(z/2))"),
                         (np.exp(-z), "this is e^{-z}: σ(z) = 1/(1 + e^{-z})"),
                     ])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.special.expit from z = -60 to 60"""
        z = np.concatenate([np.linspace(-60.0, 60.0, 241), rng.normal(size=100) * 10])
        inputs = describe(z=z) + " between -60 and 60"
        assert_close(call_quietly(learner.sigmoid, z, inputs=inputs), expit(z), what="sigmoid(z)", inputs=inputs,
                     rtol=1e-13)

    @pytest.mark.points(1)
    def test_extremes(self, learner):
        """no overflow warning and exactly 0 / 1 for z = ±1000 (arrays and single numbers)"""
        z = np.array([-1000.0, -800.0, -709.9, -100.0, 0.0, 100.0, 709.9, 800.0, 1000.0])
        inputs = describe(z=z) + " with |z| up to 1000"
        assert_close(call_quietly(learner.sigmoid, z, inputs=inputs), expit(z), what="sigmoid(z)", inputs=inputs,
                     rtol=1e-15)
        for z_i in (-1000.0, 1000.0):
            value = check_number_out(call_quietly(learner.sigmoid, z_i, inputs=f"the single number z = {z_i:g}"),
                                     f"sigmoid({z_i:g})")
            assert_close(value, expit(z_i), what=f"sigmoid({z_i:g})", rtol=1e-15)

    @pytest.mark.points(1)
    def test_tiny_values(self, learner):
        """keeps full relative accuracy for very negative z, where σ(z) is tiny"""
        z = np.array([-20.0, -40.0, -100.0, -300.0, -700.0])
        inputs = describe(z=z)
        expected = expit(z)
        assert_close_entrywise(call_quietly(learner.sigmoid, z, inputs=inputs), expected, z, what="sigmoid(z)",
                               inputs=inputs, rtol=1e-12, hints=[
                                   (1.0 - expit(-z), CANCELLATION_HINT),
                                   (0.5 * (1.0 + np.tanh(z / 2.0)), CANCELLATION_HINT),
                               ])

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        z = rng.normal(size=(200, 100)) * 5
        speed.check(learner.sigmoid, (z,), max_ratio=8, inputs=describe(z=z),
                    hint="σ is elementwise: apply np.exp, np.abs and np.where to the whole array at once "
                         "instead of looping over its entries")


# -- softplus ---------------------------------------------------------------------------------------
LOG1P_HINT = ("for very negative z, 1 + e^{z} rounds to exactly 1 and np.log gives 0, losing the whole value: "
              "compute log(1 + t) as np.log1p(t)")
MISSING_MAX_HINT = ("this is log(1 + e^{-|z|}) alone, which is right only for z ≤ 0: "
                    "log(1 + e^{z}) = max(z, 0) + log1p(e^{-|z|})")


def softplus_mistakes(z):
    """Results of known softplus mistakes, leaving out those that happen to be right for this z."""
    expected = numpy_softplus(z)
    with np.errstate(all="ignore"):
        return [(candidate, hint) for candidate, hint in softplus_candidates(z)
                if not np.allclose(candidate, expected, rtol=1e-6, atol=0)]


def softplus_candidates(z):
    """Results of known softplus mistakes (computed quietly on the judge's side)."""
    with np.errstate(all="ignore"):
        return [
            (np.maximum(z, 0.0) + np.log(1.0 + np.exp(-np.abs(z))), LOG1P_HINT),
            (np.log1p(np.exp(-np.abs(z))), MISSING_MAX_HINT),
            (numpy_softplus(-z), "this is softplus(-z) = log(1 + e^{-z}): the exponent is +z"),
            (np.log(np.exp(z)), "log(e^{z}) is z: softplus is log(1 + e^{z})"),
            (np.maximum(z, 0.0), "this is max(z, 0) (ReLU): add the smooth part log1p(e^{-|z|})"),
            (expit(z), "this is σ(z), the derivative of softplus"),
        ]


@pytest.mark.exercise("softplus")
class TestSoftplus:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns floats of z's shape (also for integer z) and leaves z unchanged"""
        z = rng.normal(size=(6, 4)) * 3
        inputs = describe(z=z)
        out, (z_after,) = call_quietly(learner.softplus, z.copy(), inputs=inputs, checking_inputs=True,
                                       hints={"overflow": SOFTPLUS_OVERFLOW_HINT})
        check_array_out(out, z, "softplus(z)", inputs)
        assert_unchanged((z,), (z_after,), ["z"])
        z_int = rng.integers(-5, 6, size=(3, 5))
        inputs = describe(z=z_int) + " of dtype int64"
        out = check_array_out(call_quietly(learner.softplus, z_int, inputs=inputs), z_int, "softplus(z)", inputs)
        assert_close(out, numpy_softplus(z_int.astype(float)), what="softplus(z)", inputs=inputs, rtol=1e-13,
                     hints=softplus_mistakes(z_int.astype(float)))

    @pytest.mark.points(1)
    def test_scalar(self, learner, rng):
        """a single number in gives a single float out"""
        for z in (0.0, 2.5, -3.0, float(np.round(rng.normal() * 4, 3))):
            value = check_number_out(call_quietly(learner.softplus, z, inputs=f"z = {z}"), f"softplus({z})")
            assert_close(value, numpy_softplus(z), what=f"softplus({z})", rtol=1e-14,
                         hints=[(candidate, hint) for candidate, hint in softplus_mistakes(np.float64(z))])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random z"""
        z = rng.normal(size=shape) * 4
        inputs = describe(z=z)
        actual = call_quietly(learner.softplus, z, inputs=inputs, hints={"overflow": SOFTPLUS_OVERFLOW_HINT})
        assert_close(actual, ref.softplus(z), what="softplus(z)", inputs=inputs, rtol=1e-13,
                     hints=softplus_mistakes(z))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.logaddexp(0, z) from z = -50 to 50"""
        z = np.concatenate([np.linspace(-50.0, 50.0, 201), rng.normal(size=100) * 10])
        inputs = describe(z=z) + " between -50 and 50"
        actual = call_quietly(learner.softplus, z, inputs=inputs, hints={"overflow": SOFTPLUS_OVERFLOW_HINT})
        assert_close(actual, numpy_softplus(z), what="softplus(z)", inputs=inputs, rtol=1e-13,
                     hints=softplus_mistakes(z))

    @pytest.mark.points(1)
    def test_extremes(self, learner):
        """no overflow warning, softplus(1000) = 1000 and softplus(-1000) = 0 (arrays and single numbers)"""
        z = np.array([-1000.0, -800.0, -100.0, 0.0, 100.0, 709.9, 800.0, 1000.0])
        inputs = describe(z=z) + " with |z| up to 1000"
        actual = call_quietly(learner.softplus, z, inputs=inputs, hints={"overflow": SOFTPLUS_OVERFLOW_HINT})
        assert_close(actual, numpy_softplus(z), what="softplus(z)", inputs=inputs, rtol=1e-15,
                     hints=softplus_mistakes(z))
        for z_i in (-1000.0, 1000.0):
            value = check_number_out(call_quietly(learner.softplus, z_i, inputs=f"the single number z = {z_i:g}",
                                                  hints={"overflow": SOFTPLUS_OVERFLOW_HINT}),
                                     f"softplus({z_i:g})")
            assert_close(value, numpy_softplus(z_i), what=f"softplus({z_i:g})", rtol=1e-15)

    @pytest.mark.points(1)
    def test_tiny_values(self, learner):
        """keeps full relative accuracy for very negative z, where softplus(z) ≈ e^{z} is tiny"""
        z = np.array([-20.0, -40.0, -100.0, -300.0, -700.0])
        inputs = describe(z=z)
        actual = call_quietly(learner.softplus, z, inputs=inputs, hints={"overflow": SOFTPLUS_OVERFLOW_HINT})
        assert_close_entrywise(actual, numpy_softplus(z), z, what="softplus(z)", inputs=inputs, rtol=1e-12,
                               hints=softplus_mistakes(z))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        z = rng.normal(size=(200, 100)) * 5
        speed.check(learner.softplus, (z,), max_ratio=8, inputs=describe(z=z),
                    hint="softplus is elementwise: np.maximum, np.exp, np.abs and np.log1p work on the whole "
                         "array at once; a loop over the entries is the usual cause")
