"""Hidden suite for exercises/level01/floats.py."""

import math
import struct

from functools import partial

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_array,
    as_float,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level01 import floats as ref

MODULE = "floats"
U = 2.0**-53  # unit roundoff of float64: half the distance from 1 to the next float
SHAPES = [(100,), (13, 7)]
SHAPE_IDS = ["100", "13x7"]


# -- data ------------------------------------------------------------------------------------------
def compose(sign, exponent, mantissa):
    """Float64 array with the given bit fields (the inverse of float_parts)."""
    bits = (np.asarray(sign, np.uint64) << np.uint64(63)) | (np.asarray(exponent, np.uint64) << np.uint64(52)) \
        | np.asarray(mantissa, np.uint64)
    return bits.view(np.float64)


def random_normal_floats(rng, shape, *, low_exponent=1, high_exponent=2046):
    """Normal (not subnormal, finite) floats with random signs and exponents spread over the whole range."""
    return compose(rng.integers(0, 2, size=shape), rng.integers(low_exponent, high_exponent + 1, size=shape),
                   rng.integers(0, 2**52, size=shape, dtype=np.uint64))


def struct_fields(values):
    """The oracle: each float's bytes through the standard library's struct, split into the three fields."""
    fields = []
    for value in np.ravel(values).tolist():
        (bits,) = struct.unpack("<Q", struct.pack("<d", value))
        fields.append((bits >> 63, (bits >> 52) & 0x7FF, bits & (2**52 - 1)))
    return [np.array([f[i] for f in fields], dtype=np.int64).reshape(np.shape(values)) for i in range(3)]


# -- floating-point warnings -----------------------------------------------------------------------
WARNING_HINTS = {
    "divide by zero": "log2(0) or x / 0 produced a warning: read the fields from the bits (x.view(np.uint64)) "
                      "instead of computing them with logarithms or divisions",
    "invalid value": "an operation on inf or NaN (inf - inf, 0 · inf, log of a negative) made a NaN: work on "
                     "the bit patterns, or only compute with finite values",
    "overflow": "an intermediate result overflowed to inf: keep the arithmetic in integers or within range",
}


call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)
def assert_integers(actual, shape, what, inputs):
    """``actual`` as an integer array of ``shape`` (Python ints and NumPy integer scalars are fine for shape ())."""
    actual = assert_shape(actual, shape, what, inputs)
    if actual.dtype.kind not in "iu":
        raise CheckFailed(f"{what} should hold integers, but has dtype {actual.dtype}"
                          + ("\nHint: convert with .astype(np.int64)" if actual.dtype.kind in "fb" else ""))
    return actual


def assert_exact(actual, expected, what, inputs, hints=()):
    """Fail unless the integer array ``actual`` equals ``expected`` everywhere."""
    expected = np.asarray(expected)
    actual = assert_integers(actual, expected.shape, what, inputs)
    wrong = actual.astype(object) != expected.astype(object)  # exact, whatever the integer dtypes
    if not np.any(wrong):
        return actual
    message = f"{what} is wrong in {int(np.sum(wrong))} of {wrong.size} entries (for {inputs})"
    for candidate, hint in hints:
        candidate = np.asarray(candidate)
        if candidate.shape == actual.shape and np.all(actual.astype(object) == candidate.astype(object)):
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


# -- float_parts ------------------------------------------------------------------------------------
def parts(learner, x, inputs):
    result = call_quietly(learner.float_parts, x, inputs=inputs)
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        raise CheckFailed("float_parts should return a tuple (sign, exponent, mantissa) of three arrays")
    return result


def check_parts(result, x, inputs):
    sign, exponent, mantissa = struct_fields(x)
    shape = np.shape(x)
    s, e, m = (assert_integers(part, shape, name, inputs) for part, name in
               zip(result, ("the sign", "the exponent", "the mantissa")))
    normal = (exponent > 0) & (exponent < 2047)
    assert_exact(s, sign, "the sign", inputs, hints=[
        (1 - 2 * sign, "return the sign *bit*: 0 for positive, 1 for negative (not +1 / -1)"),
        (np.where(np.asarray(x) < 0, 1, 0), "-0.0 < 0 is False (and so is NaN < 0), but -0.0 has its sign bit "
                                            "set: read the top bit instead of comparing with 0"),
    ])
    try:
        assert_exact(e, exponent, "the exponent", inputs, hints=[
            (exponent - 1023, "this is the unbiased exponent E - 1023; return the stored 11-bit field E (0 to 2047)"),
            (exponent - 1022, "this is the exponent of np.frexp (E - 1022); return the stored 11-bit field E"),
        ])
    except CheckFailed as failed:
        if "Hint" in str(failed) or not (np.any(e < 0) or np.any(e > 2047)):
            raise
        raise CheckFailed(f"{failed}\nHint: the stored exponent field is an 11-bit number from 0 to 2047 (zeros "
                          "and subnormals store 0, inf and NaN store 2047): read it from the bits rather than "
                          "computing it with logarithms") from None
    assert_exact(m, mantissa, "the mantissa", inputs, hints=[
        (mantissa + np.where(normal, 2**52, 0), "you included the implicit leading 1 (2**52): the stored "
                                                "mantissa field is only the 52 fraction bits"),
        (mantissa | 2**52, "you included the implicit leading 1 (2**52): the stored field is only the 52 low bits"),
    ])


@pytest.mark.exercise("float_parts", banned=("math.frexp", "numpy.frexp"))
class TestFloatParts:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns three integer arrays of the shape of x and leaves x unchanged; a float gives three scalars"""
        x = random_normal_floats(rng, (4, 5), low_exponent=900, high_exponent=1100)
        inputs = describe(x=x)
        result, (x_after,) = call_quietly(learner.float_parts, x.copy(), inputs=inputs, checking_inputs=True)
        if not isinstance(result, (tuple, list)) or len(result) != 3:
            raise CheckFailed("float_parts should return a tuple (sign, exponent, mantissa) of three arrays")
        for part, name in zip(result, ("sign", "exponent", "mantissa")):
            assert_integers(part, (4, 5), name, inputs)
        assert_unchanged((x,), (x_after,), ["x"])
        check_parts(parts(learner, -2.5, "x = -2.5"), -2.5, "x = -2.5")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on normal floats of every size, from 1e-308 to 1e308"""
        x = random_normal_floats(rng, shape)
        inputs = describe(x=x)
        expected = ref.float_parts(x)
        result = parts(learner, x, inputs)
        check_parts(result, x, inputs)  # the struct oracle (with hints)
        for part, want, name in zip(result, expected, ("sign", "exponent", "mantissa")):
            assert_exact(part, want, f"the {name}", inputs)

    @pytest.mark.points(1)
    def test_matches_struct_and_frexp(self, learner, rng):
        """agrees with struct (the raw bytes) and np.frexp: x = (-1)^s · (1 + m / 2**52) · 2**(E - 1023)"""
        x = np.concatenate([rng.normal(size=60) * 10.0 ** rng.integers(-30, 30, size=60), [1.0, -2.5, 0.1, 1e300]])
        inputs = describe(x=x)
        sign, exponent, mantissa = parts(learner, x, inputs)
        check_parts((sign, exponent, mantissa), x, inputs)
        fraction, power = np.frexp(np.abs(x))  # |x| = f · 2**p with f in [0.5, 1): E = p + 1022, 1 + m/2**52 = 2f
        assert_exact(np.asarray(exponent), power + 1022, "the exponent (compared with np.frexp)", inputs)
        rebuilt = np.where(np.asarray(sign) == 1, -1.0, 1.0) * np.ldexp(1.0 + np.asarray(mantissa) / 2.0**52,
                                                                        np.asarray(exponent) - 1023)
        if not np.array_equal(rebuilt, x) or not np.array_equal(2.0 * fraction, 1.0 + np.asarray(mantissa) / 2.0**52):
            raise CheckFailed(f"your three parts do not rebuild x exactly (for {inputs})")

    @pytest.mark.points(1)
    def test_signed_zeros(self, learner):
        """0.0 and -0.0 differ only in the sign bit"""
        x = np.array([0.0, -0.0])
        check_parts(parts(learner, x, "x = [0.0, -0.0]"), x, "x = [0.0, -0.0]")

    @pytest.mark.points(1)
    def test_subnormals(self, learner):
        """subnormal numbers (below 2.2e-308) have the exponent field 0 and no implicit leading 1"""
        x = np.array([5e-324, -5e-324, 1e-310, -2.2250738585072009e-308, 1e-320, 2.2250738585072014e-308])
        inputs = "subnormal x such as 5e-324 and 1e-310 (and the smallest normal float, 2.2e-308)"
        check_parts(parts(learner, x, inputs), x, inputs)

    @pytest.mark.points(1)
    def test_inf_and_nan(self, learner):
        """inf and NaN have the exponent field 2047; the mantissa is 0 for inf and not 0 for NaN"""
        payload = compose(0, 2047, 12345)
        x = np.array([np.inf, -np.inf, np.nan, -np.nan, payload, 1.7976931348623157e308])
        inputs = "x = [inf, -inf, nan, -nan, a NaN with mantissa 12345, the largest float]"
        check_parts(parts(learner, x, inputs), x, inputs)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        x = random_normal_floats(rng, (50_000,))
        speed.check(learner.float_parts, (x,), max_ratio=10, inputs=describe(x=x),
                    hint="view all the bits at once (x.view(np.uint64)) and take the fields with >> and & on the "
                         "whole array; a Python loop over elements (struct per float) is the usual cause")


# -- ulp_distance -----------------------------------------------------------------------------------
def raw_bits_distance(a, b, view=np.int64):
    with np.errstate(all="ignore"):
        a, b = np.broadcast_arrays(np.asarray(a, float), np.asarray(b, float))
        return np.abs(a.view(view).astype(np.int64) - b.view(view).astype(np.int64))


def off_by_one_across_zero(a, b):
    """Ordinals that number -0.0 as -1 (e.g. ~magnitude), so crossing zero costs one extra step."""
    def ordinal(x):
        bits = x.view(np.int64)
        magnitude = bits & 0x7FFFFFFFFFFFFFFF
        return np.where(bits < 0, -magnitude - 1, magnitude)
    a, b = np.broadcast_arrays(np.asarray(a, float), np.asarray(b, float))
    return np.abs(ordinal(a) - ordinal(b))


def spacing_estimate(a, b):
    with np.errstate(all="ignore"):
        return np.rint(np.abs(np.asarray(a) - np.asarray(b)) / np.spacing(np.abs(np.asarray(b)))).astype(np.int64)


def ulp_hints(a, b):
    return [
        (off_by_one_across_zero(a, b), "-0.0 and 0.0 are the same number (-0.0 == 0.0), so they must get the same "
                                       "position: crossing zero, your count is one too many"),
        (raw_bits_distance(a, b), "subtracting the raw bit patterns only works when a and b have the same sign: a "
                                  "negative float's pattern is |x|'s with the top bit set, so number negative floats "
                                  "as -(bits of |x|)"),
        (raw_bits_distance(a, b, np.uint64), "subtracting the raw bit patterns only works when a and b have the same "
                                             "sign: number negative floats as -(bits of |x|)"),
        (spacing_estimate(a, b), "|a - b| / spacing only counts right while a and b share a binade: the spacing "
                                 "doubles at every power of two. Count through the bit patterns instead"),
    ]


def check_distance(learner, a, b, inputs, expected=None):
    expected = ref.ulp_distance(a, b) if expected is None else expected
    actual = call_quietly(learner.ulp_distance, a, b, inputs=inputs)
    return assert_exact(actual, expected, "the ulp distance", inputs, hints=ulp_hints(a, b))


def walk(start, steps, direction):
    """Take ``steps[i]`` np.nextafter steps from ``start[i]`` towards ``direction[i]`` (±inf): the oracle."""
    x = start.copy()
    for k in range(int(steps.max())):
        moving = steps > k
        x[moving] = np.nextafter(x[moving], direction[moving])
    return x


@pytest.mark.exercise("ulp_distance")
class TestUlpDistance:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an integer array of the broadcast shape and leaves a and b unchanged"""
        a = rng.normal(size=(4, 6))
        b = rng.normal(size=6)
        inputs = describe(a=a, b=b)
        result, after = call_quietly(learner.ulp_distance, a.copy(), b.copy(), inputs=inputs, checking_inputs=True)
        assert_integers(result, (4, 6), "the ulp distance", inputs)
        assert_unchanged((a, b), after, ["a", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["nearby", "far-apart"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference on pairs of floats with the same sign"""
        a = random_normal_floats(rng, (60,), low_exponent=3, high_exponent=2043)
        if kind == "nearby":  # up to a million steps apart
            b = (a.view(np.int64) + rng.integers(-10**6, 10**6, size=a.shape)).view(np.float64)
        else:  # anywhere on the same side of zero
            b = np.abs(random_normal_floats(rng, a.shape)) * np.sign(a)
        check_distance(learner, a, b, describe(a=a, b=b) + f" ({kind})")

    @pytest.mark.points(1)
    def test_matches_nextafter(self, learner, rng):
        """counts np.nextafter steps exactly, across powers of two, subnormals and zero"""
        start = np.concatenate([[0.0, -0.0, 1.0, 2.0, -1.0, 5e-324, -5e-324, 2.2250738585072014e-308, -1e-320],
                                rng.normal(size=40) * 10.0 ** rng.integers(-300, 300, size=40)])
        steps = rng.integers(1, 40, size=start.shape)
        direction = np.where(rng.uniform(size=start.shape) < 0.5, -np.inf, np.inf)
        end = walk(start, steps, direction)
        check_distance(learner, start, end, describe(a=start) + " and b = a moved by k np.nextafter steps",
                       expected=steps)

    @pytest.mark.points(1)
    def test_equal(self, learner, rng):
        """is 0 for equal numbers, including 0.0 and -0.0 and infinities"""
        a = np.concatenate([[0.0, -0.0, 0.0, np.inf, -np.inf, 5e-324], rng.normal(size=10)])
        b = np.concatenate([[-0.0, 0.0, 0.0, np.inf, -np.inf, 5e-324], a[6:]])
        check_distance(learner, a, b, "equal a and b, among them 0.0 and -0.0", expected=np.zeros(a.shape, np.int64))

    @pytest.mark.points(1)
    def test_across_zero(self, learner, rng):
        """counts the steps through zero between numbers of opposite signs"""
        a = np.concatenate([[5e-324, 1e-320, 1.0, 1.5, 2.2250738585072014e-308],
                            rng.uniform(0.1, 1.9, size=10) * 10.0 ** rng.integers(-300, 1, size=10)])
        b = -np.concatenate([[5e-324, 3e-323, 1.0, 1e-300, 1.0], rng.uniform(0.1, 1.9, size=10)])
        check_distance(learner, a, b, "a > 0 and b < 0 (both smaller than 2 in size), e.g. 5e-324 and -5e-324")

    @pytest.mark.points(1)
    def test_infinity_and_nan(self, learner):
        """the largest float is one step from inf; NaN raises ValueError"""
        largest = np.finfo(np.float64).max
        check_distance(learner, np.array([largest, np.inf]), np.array([np.inf, 1e308]), "a = [max float, inf]")
        assert_learner_raises(lambda: learner.ulp_distance(np.array([1.0, np.nan]), np.array([1.0, 1.0])),
                              "ValueError", what="a containing NaN")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        a = random_normal_floats(rng, (50_000,), low_exponent=3, high_exponent=2043)
        b = np.abs(random_normal_floats(rng, a.shape)) * np.sign(a)
        speed.check(learner.ulp_distance, (a, b), max_ratio=10, inputs=describe(a=a, b=b),
                    hint="map every float to its position at once (a.view(np.int64), np.where for the negative "
                         "ones) and subtract the arrays; a Python loop over the pairs is the usual cause")


# -- isclose ----------------------------------------------------------------------------------------
def isclose_hints(a, b, rtol, atol):
    """Known mistakes as boolean arrays: each wrong rule both with and without the inf/NaN handling."""
    inf_hint = ("with b = ±inf, rtol·|b| is inf, so every finite a looks close to inf: only equal infinities are "
                "close (and inf - inf is NaN)")
    with np.errstate(all="ignore"):
        finite = np.isfinite(a) & np.isfinite(b)
        a0, b0 = np.where(finite, a, 0.0), np.where(finite, b, 0.0)
        rules = [
            (lambda x, y: np.abs(x - y) < atol + rtol * np.abs(y),
             "the bound is inclusive: |a - b| <= atol + rtol·|b| (<=, not <)"),
            (lambda x, y: np.abs(x - y) <= np.maximum(rtol * np.maximum(np.abs(x), np.abs(y)), atol),
             "this is math.isclose's symmetric rule; np.isclose scales rtol by |b| only: |a - b| <= atol + rtol·|b|"),
            (lambda x, y: np.abs(x - y) <= atol + rtol * np.abs(x),
             "the relative part scales with |b|, the second argument (the reference value), not with |a|"),
            (lambda x, y: np.abs(x - y) <= atol, "you only used atol: the bound is atol + rtol·|b|"),
            (lambda x, y: np.abs(x - y) <= rtol * np.abs(y), "you only used rtol: the bound is atol + rtol·|b|"),
        ]
        hints = [(np.abs(a - b) <= atol + rtol * np.abs(b), inf_hint)]
        for rule, hint in rules:
            hints.append(((finite & rule(a0, b0)) | (a == b), hint))
            hints.append((rule(a, b), hint))
        return hints


ISCLOSE_WARNINGS = {
    "invalid value": "inf - inf is NaN (an 'invalid value' warning): compute |a - b| only where both are finite "
                     "(e.g. replace the others with 0 via np.where first) and decide infinities with a == b",
}


def check_mask(learner, a, b, rtol, atol, inputs, expected=None, explain=None):
    """Compare learner.isclose(a, b, rtol, atol) with the expected boolean array."""
    expected = ref.isclose(a, b, rtol, atol) if expected is None else np.asarray(expected)
    actual = call_quietly(learner.isclose, a, b, rtol, atol, inputs=inputs, hints=ISCLOSE_WARNINGS)
    if isinstance(actual, (bool, np.bool_)):
        actual = np.asarray(actual)
    actual = as_array(actual, "the result of isclose")
    actual = assert_shape(actual, expected.shape, "the result of isclose", inputs)
    if actual.dtype != np.bool_:
        raise CheckFailed(f"isclose should return booleans, but the result has dtype {actual.dtype}"
                          "\nHint: a comparison such as x <= y already gives a boolean array")
    wrong = actual != expected
    if not wrong.any():
        return
    false_close = int(np.sum(wrong & actual))
    message = (f"isclose is wrong in {int(wrong.sum())} of {wrong.size} entries for {inputs}: "
               f"{false_close} pairs called close that are not, {int(wrong.sum()) - false_close} close pairs missed")
    if explain is not None:
        index = np.flatnonzero(wrong.ravel())[0]
        message += f"\n    e.g. {explain(index)}: your function says {bool(actual.ravel()[index])}"
    for candidate, hint in isclose_hints(np.broadcast_to(a, expected.shape), np.broadcast_to(b, expected.shape),
                                         rtol, atol):
        if np.array_equal(candidate, actual):
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def pairs_around_bound(rng, n, rtol, atol):
    """b of widely varying size and a = b ± r·(atol + rtol·|b|) with r kept away from 1 (no ties)."""
    b = rng.normal(size=n) * 10.0 ** rng.uniform(-12, 12, size=n)
    b[:5] = 0.0
    r = np.where(rng.uniform(size=n) < 0.5, rng.uniform(0.0, 0.9, size=n), rng.uniform(1.1, 3.0, size=n))
    a = b + np.where(rng.uniform(size=n) < 0.5, -1.0, 1.0) * r * (atol + rtol * np.abs(b))
    return a, b


def explain_pair(a, b):
    a, b = np.ravel(a), np.ravel(b)
    return lambda i: f"a = {float(a[i])!r}, b = {float(b[i])!r}"


@pytest.mark.exercise("isclose", banned=("numpy.isclose", "numpy.allclose", "math.isclose"))
class TestIsclose:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a boolean array of the broadcast shape and leaves a and b unchanged"""
        a = rng.normal(size=(6, 4))
        b = a[0] + rng.normal(size=4) * 1e-6
        inputs = describe(a=a, b=b)
        result, after = call_quietly(learner.isclose, a.copy(), b.copy(), inputs=inputs, checking_inputs=True,
                                     hints=ISCLOSE_WARNINGS)
        result = assert_shape(np.asarray(result) if isinstance(result, (bool, np.bool_)) else result, (6, 4),
                              "the result of isclose", inputs)
        if result.dtype != np.bool_:
            raise CheckFailed(f"isclose should return booleans, but the result has dtype {result.dtype}")
        assert_unchanged((a, b), after, ["a", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("rtol", "atol"), [(1e-5, 1e-8), (0.25, 0.0)],
                             ids=["default-tolerances", "rtol=0.25-atol=0"])
    def test_matches_reference(self, learner, rng, rtol, atol):
        """matches the reference on pairs just inside and just outside the bound"""
        if atol == 0.0:  # large relative differences, where scaling by |a| or |b| matters
            b = rng.normal(size=300) * 10.0 ** rng.uniform(-5, 5, size=300)
            d = np.where(rng.uniform(size=300) < 0.5, rng.uniform(0.0, 0.2, 300), rng.uniform(0.3, 0.7, 300))
            a = b * (1 + np.where(rng.uniform(size=300) < 0.5, -d, d))
        else:
            a, b = pairs_around_bound(rng, 300, rtol, atol)
        check_mask(learner, a, b, rtol, atol, describe(a=a, b=b, rtol=rtol, atol=atol))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.isclose on random pairs, some of them inf or NaN"""
        a, b = pairs_around_bound(rng, 400, 1e-6, 1e-10)
        a[rng.choice(400, 20, replace=False)] = np.inf
        b[rng.choice(400, 20, replace=False)] = -np.inf
        a[rng.choice(400, 10, replace=False)] = np.nan
        b[rng.choice(400, 10, replace=False)] = np.nan
        with np.errstate(invalid="ignore"):
            expected = np.isclose(a, b, rtol=1e-6, atol=1e-10)
        check_mask(learner, a, b, 1e-6, 1e-10, describe(a=a, b=b) + " with inf and NaN entries", expected)

    @pytest.mark.points(1)
    def test_inf_and_nan(self, learner):
        """an infinity is close only to itself; NaN is close to nothing; no warnings"""
        inf, nan = np.inf, np.nan
        a = np.array([inf, -inf, inf, 1.0, inf, 1e308, nan, nan, 1.0, -inf])
        b = np.array([inf, -inf, -inf, inf, 1.0, inf, nan, 1.0, nan, 1e308])
        check_mask(learner, a, b, 1e-5, 1e-8, "pairs with inf and NaN", explain=explain_pair(a, b))

    @pytest.mark.points(1)
    def test_atol_zero_near_zero(self, learner):
        """with atol = 0 nothing but 0 is close to 0; the bound itself counts as close (<=)"""
        a = np.array([1e-20, 0.0, -1e-300, 1e-9, 1.5, 0.75, 0.0])
        b = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1e-300])
        rtol = 0.5
        check_mask(learner, a, b, rtol, 0.0, "atol = 0, rtol = 0.5 and b = 0 or 1", explain=explain_pair(a, b))
        check_mask(learner, a, b, 0.0, 0.0, "atol = 0, rtol = 0 (only equal numbers are close)",
                   explain=explain_pair(a, b))
        check_mask(learner, np.array([1e-9, 2e-8]), np.array([0.0, 0.0]), 1e-5, 1e-8,
                   "b = 0 with the default atol = 1e-8", explain=explain_pair([1e-9, 2e-8], [0.0, 0.0]))

    @pytest.mark.points(1)
    def test_negative_tolerance(self, learner):
        """raises ValueError for a negative rtol or atol"""
        a, b = np.array([1.0]), np.array([1.0])
        assert_learner_raises(lambda: learner.isclose(a, b, -1e-5, 1e-8), "ValueError", what="rtol = -1e-5")
        assert_learner_raises(lambda: learner.isclose(a, b, 1e-5, -1e-8), "ValueError", what="atol = -1e-8")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        a, b = pairs_around_bound(rng, 50_000, 1e-5, 1e-8)
        speed.check(learner.isclose, (a, b, 1e-5, 1e-8), max_ratio=10, inputs=describe(a=a, b=b),
                    hint="compare whole arrays at once (np.abs, np.isfinite, <=, &, |); a Python loop over the "
                         "pairs is the usual cause")


# -- kahan_sum ----------------------------------------------------------------------------------------
def naive_sum(x):
    total = 0.0
    for value in x.tolist():
        total += value
    return total


def classic_kahan(x):
    total = compensation = 0.0
    for value in x.tolist():
        y = value - compensation
        t = total + y
        compensation = (t - total) - y
        total = t
    return total


def allowed_error(x):
    """Error bound of a compensated sum: 2u|S| for the final rounding plus 2nu²Σ|x| for the compensation."""
    exact = math.fsum(x.tolist())
    return 2 * U * abs(exact) + 2 * len(x) * U * U * math.fsum(np.abs(x).tolist()) + 5e-324


def sum_hints(x):
    return [
        (naive_sum(x), "this is exactly the plain running sum s += x_i: every addition rounds and nothing recovers "
                       "the lost low-order bits. Keep a compensation term c — and if you have one, add it to the "
                       "total at the end (return total + compensation)"),
        (classic_kahan(x), "this is classic Kahan summation: it recovers the low bits of the new term only. When a "
                           "term is larger than the running total (|x_i| > |s|), the bits lost are the total's: "
                           "Neumaier's version compares magnitudes and recovers whichever operand was smaller"),
        (float(np.sum(x)), "this matches NumPy's pairwise summation (np.sum), which is better than a running sum "
                           "but not compensated"),
    ]


def check_sum(value, x, inputs, *, expected=None, slack=1.0, what="the sum"):
    """Fail unless ``value`` is within ``slack`` times the compensated-sum error bound of ``expected``."""
    exact = math.fsum(x.tolist()) if expected is None else expected
    if isinstance(value, np.ndarray) and value.shape == x.shape and x.size > 1:
        raise CheckFailed(f"{what} should be a single float, but your function returned an array of shape "
                          f"{value.shape}")
    value = as_float(value, what)
    allowed = slack * allowed_error(x)
    error = abs(value - exact)
    if error <= allowed:
        return
    scale = max(abs(exact), 5e-324)
    message = (f"{what} is off for {inputs}: relative error {error / scale:.2g} "
               f"(allowed {allowed / scale:.1g}: a compensated sum is within a rounding or two of exact)")
    for candidate, hint in sum_hints(x):
        if abs(value - candidate) <= allowed_error(x) and abs(candidate - exact) > allowed:
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def cancelling_terms(rng, n, scale):
    """Terms of size ``scale`` that cancel almost exactly (pairs ±t plus noise of size 1): Σ|x| ≫ |Σx|."""
    big = rng.normal(size=n // 2) * scale
    x = np.concatenate([big, -big + rng.normal(size=n // 2)])
    return rng.permutation(x)


@pytest.mark.exercise("kahan_sum", banned=("numpy.sum", "numpy.nansum", "math.fsum", "math.sumprod", "builtins.sum",
                                           "call:sum/1", "method:sum", "fractions", "decimal", "statistics"))
class TestKahanSum:
    @pytest.mark.points(1)
    def test_returns_float_and_inputs(self, learner, rng):
        """returns a single float and leaves x unchanged"""
        x = rng.normal(size=50)
        value, (x_after,) = learner.kahan_sum.call_checking_inputs(x.copy())
        check_sum(value, x, describe(x=x))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["cancelling-4000", "lognormal-3000"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference on sums with heavy cancellation"""
        if kind.startswith("cancelling"):
            x = cancelling_terms(rng, 4000, 1e8)
        else:  # terms of wildly different sizes and both signs
            x = rng.lognormal(0.0, 5.0, size=3000) * np.where(rng.uniform(size=3000) < 0.5, -1.0, 1.0)
        check_sum(learner.kahan_sum(x), x, describe(x=x) + f" ({kind})", expected=ref.kahan_sum(x), slack=2.0)

    @pytest.mark.points(1)
    def test_matches_fsum(self, learner, rng):
        """agrees with math.fsum (the exactly rounded sum) when the terms cancel to 1e-12 of their size"""
        x = cancelling_terms(rng, 6000, 1e12)
        check_sum(learner.kahan_sum(x), x, describe(x=x) + " whose terms cancel almost completely")

    @pytest.mark.points(1)
    def test_lost_low_bits(self, learner):
        """returns 1 for [1e16, 1, -1e16] and 2 for [1, 1e100, 1, -1e100], where the running total drops the 1s"""
        for x, shown in ((np.array([1e16, 1.0, -1e16]), "[1e16, 1, -1e16]"),
                         (np.array([1.0, 1e100, 1.0, -1e100]), "[1, 1e100, 1, -1e100]")):
            value = as_float(learner.kahan_sum(x), f"kahan_sum({shown})")
            if value != math.fsum(x.tolist()):
                message = f"kahan_sum({shown}) returned {value!r}"
                if value == 0.0:
                    message += ("\nHint: the 1s were lost. 1e16 + 1 rounds to 1e16, and the rounding error is the "
                                "low part of the running *total*, not of the new term: classic Kahan only recovers "
                                "the term's. Use Neumaier's version (compare |total| and |x_i|), and add the "
                                "compensation to the total at the end")
                raise CheckFailed(message)

    @pytest.mark.points(1)
    def test_million_terms(self, learner):
        """adding 0.1 a million times gives the exactly rounded 100000.0"""
        x = np.full(10**6, 0.1)
        check_sum(learner.kahan_sum(x), x, "x = 0.1 repeated 10**6 times")

    @pytest.mark.points(1)
    def test_empty_and_single(self, learner):
        """the sum of no terms is 0.0 and the sum of one term is that term"""
        value = as_float(learner.kahan_sum(np.array([], dtype=float)), "kahan_sum of an empty array")
        if value != 0.0:
            raise CheckFailed(f"kahan_sum of an empty array returned {value!r}: the empty sum is 0.0")
        value = as_float(learner.kahan_sum(np.array([-3.25])), "kahan_sum([-3.25])")
        if value != -3.25:
            raise CheckFailed(f"kahan_sum([-3.25]) returned {value!r}")
