"""Hidden suite for exercises/level00/notation.py."""

import math

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_array,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level00 import notation as ref
from mlgrade.sandbox.callables.level00 import Geometric, Polynomial

MODULE = "notation"


# -- helpers ------------------------------------------------------------------------------------------
def sequence(f, lo, hi):
    """How learners see a Σ / Π input: ``f(i) = 1 + 2·i, lo = -5, hi = 7``."""
    return f"f(i) = {f}, lo = {lo}, hi = {hi}"


call_quietly = checks.call_quietly
def scalar_result(value, what, n_terms, reduction):
    """The learner's Σ / Π as a NumPy float; an array of the terms gets a pointed message."""
    if isinstance(value, np.ndarray) and value.ndim == 1 and value.size == n_terms and n_terms > 1:
        raise CheckFailed(f"{what} should be a single float, but your function returned an array of shape "
                          f"({n_terms},), one value per term.\nHint: reduce the terms with {reduction}")
    return np.float64(as_float(value, what))


def bound_hints(reference, f, lo, hi):
    """Results of the usual off-by-one mistakes with Σ / Π bounds, as (value, hint) pairs."""
    with np.errstate(over="ignore"):  # 171! overflows; such a candidate just never matches
        return _bound_hints(reference, f, lo, hi)


def _bound_hints(reference, f, lo, hi):
    hints = [
        (reference(f, lo, hi - 1), "the upper bound hi is a term too: np.arange(lo, hi) and range(lo, hi) stop "
                                   "before hi, so use np.arange(lo, hi + 1)"),
        (reference(f, lo + 1, hi), "the lower bound lo is a term too: start the indices at lo"),
        (reference(f, lo + 1, hi + 1), "your indices are shifted by one: they should run from lo to hi"),
    ]
    if lo != 0:
        hints.append((reference(f, 0, hi), "the indices start at lo, not at 0"))
    return hints


def sum_rtol(f, lo, hi, expected):
    """A tolerance for a sum of mixed-sign terms: 1e-12 relative to Σ|f(i)|, not to the (smaller) sum."""
    scale = float(np.sum(np.abs(f(np.arange(lo, hi + 1)))))
    return float(min(1e-6, max(1e-12, 1e-12 * scale / max(abs(expected), 1e-300))))


def random_polynomial(rng):
    """A random quadratic whose terms change sign inside the ranges used here."""
    return Polynomial(np.round(rng.normal(size=3) * [3.0, 1.0, 0.05], 3))


def random_factors(rng, lo, hi):
    """Factors ``slope·(i - root)`` of moderate size; an odd number of them is negative, so the product is < 0."""
    n_negative = 2 * int(rng.integers(0, (hi - lo) // 2 + 1)) + 1  # odd, at most the number of factors
    root = lo + n_negative - 0.5  # the indices lo … lo + n_negative - 1 lie below the root
    slope = round(float(rng.uniform(0.3, 0.8)), 3)
    return Polynomial([-slope * root, slope])


def near_one_factors(lo, hi, spread=0.01):
    """Factors ``1 + spread·(i - mid)/half`` in [1 - spread, 1 + spread]: long products stay finite."""
    mid, half = (lo + hi) / 2.0, max((hi - lo) / 2.0, 1.0)
    return Polynomial([1.0 - spread * mid / half, spread / half])


BOUND_CASES = [(0.5, 3), (2, 7.5)]


# -- summation ----------------------------------------------------------------------------------------
@pytest.mark.exercise("summation")
class TestSummation:
    @pytest.mark.points(1)
    def test_returns_float(self, learner):
        """returns a single float"""
        f = Polynomial([0.0, 1.0])
        total, _ = learner.summation.call_checking_inputs(f, 1, 10)
        scalar_result(total, "summation(f, 1, 10)", 10, "np.sum")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("lo", "hi"), [(-5, 7), (17, 17), (0, 999)], ids=["-5..7", "17..17", "0..999"])
    def test_matches_reference(self, learner, rng, lo, hi):
        """matches the reference on random polynomial terms"""
        f = random_polynomial(rng)
        inputs = sequence(f, lo, hi)
        expected = ref.summation(f, lo, hi)
        actual = scalar_result(learner.summation(f, lo, hi), "the sum", hi - lo + 1, "np.sum")
        assert_close(actual, expected, what="the sum", inputs=inputs, rtol=sum_rtol(f, lo, hi, expected),
                     hints=bound_hints(ref.summation, f, lo, hi))

    @pytest.mark.points(1)
    def test_gauss(self, learner):
        """Σ_{i=1}^{1000} i equals Gauss's n (n + 1) / 2"""
        f, n = Polynomial([0.0, 1.0]), 1000
        actual = scalar_result(learner.summation(f, 1, n), "the sum", n, "np.sum")
        assert_close(actual, n * (n + 1) / 2, what="Σ_{i=1}^{n} i", inputs=sequence(f, 1, n), rtol=1e-15,
                     hints=bound_hints(ref.summation, f, 1, n))

    @pytest.mark.points(1)
    def test_empty_range(self, learner):
        """an empty range (hi < lo) sums to 0.0"""
        f = Polynomial([2.0, 1.0])
        for lo, hi in ((5, 4), (3, -10)):
            actual = scalar_result(learner.summation(f, lo, hi), f"summation(f, {lo}, {hi})", 0, "np.sum")
            assert_close(actual, 0.0, what=f"the empty sum summation(f, {lo}, {hi})", inputs=sequence(f, lo, hi),
                         hints=[(ref.summation(f, hi, lo), "for hi < lo the range is empty: do not swap the "
                                                           "bounds, return 0 (the empty sum)")])

    @pytest.mark.points(1)
    def test_non_integer_bounds(self, learner):
        """raises ValueError when a bound is not an integer"""
        f = Polynomial([0.0, 1.0])
        for lo, hi in BOUND_CASES:
            assert_learner_raises(lambda: learner.summation(f, lo, hi), "ValueError", what=f"lo = {lo}, hi = {hi}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed):
        """as fast as a vectorised implementation"""
        f, lo, hi = Polynomial([0.5, -0.25, 1e-4]), -8000, 12000
        speed.check(learner.summation, (f, lo, hi), max_ratio=8, inputs=sequence(f, lo, hi),
                    hint="call f once on all the indices (np.arange(lo, hi + 1)) and add the values with "
                         "np.sum; calling f once per index in a Python loop is the usual cause")


# -- product ------------------------------------------------------------------------------------------
LOG_HINTS = {
    "log": "exp(Σ log f(i)) needs every factor to be positive; these factors can be negative or 0. "
           "Multiply them directly with np.prod",
    "invalid value": "exp(Σ log f(i)) needs every factor to be positive; these factors can be negative or 0. "
                     "Multiply them directly with np.prod",
    "divide by zero": "log(0) = -inf: a zero factor makes the product 0, which logs cannot express. "
                      "Multiply the factors directly with np.prod",
}


@pytest.mark.exercise("product")
class TestProduct:
    @pytest.mark.points(1)
    def test_returns_float(self, learner):
        """returns a single float"""
        f = Polynomial([0.0, 1.0])
        result, _ = learner.product.call_checking_inputs(f, 1, 6)
        scalar_result(result, "product(f, 1, 6)", 6, "np.prod")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("lo", "hi"), [(-6, 8), (4, 4)], ids=["-6..8", "4..4"])
    def test_matches_reference(self, learner, rng, lo, hi):
        """matches the reference on random factors, some of them negative"""
        f = random_factors(rng, lo, hi)
        inputs = sequence(f, lo, hi)
        expected = ref.product(f, lo, hi)
        actual = scalar_result(call_quietly(learner.product, f, lo, hi, inputs=inputs, hints=LOG_HINTS),
                               "the product", hi - lo + 1, "np.prod")
        assert_close(actual, expected, what="the product", inputs=inputs, rtol=1e-12, hints=[
            (abs(expected), "the sign is lost: exp(Σ log|f(i)|) drops the signs of negative factors; "
                            "multiply them directly with np.prod"),
            *bound_hints(ref.product, f, lo, hi),
        ])

    @pytest.mark.points(1)
    def test_factorial(self, learner):
        """Π_{i=1}^{n} i equals n! (n = 20 and n = 170, the largest factorial below the float limit)"""
        f = Polynomial([0.0, 1.0])
        for n in (20, 170):
            inputs = sequence(f, 1, n)
            actual = scalar_result(call_quietly(learner.product, f, 1, n, inputs=inputs, hints=LOG_HINTS),
                                   "the product", n, "np.prod")
            assert_close(actual, float(math.factorial(n)), what=f"Π_{{i=1}}^{{{n}}} i = {n}!", inputs=inputs,
                         rtol=1e-13, hints=bound_hints(ref.product, f, 1, n))

    @pytest.mark.points(1)
    def test_empty_range(self, learner):
        """an empty range (hi < lo) multiplies to 1.0, like 0! = 1"""
        f = Geometric(3.0, 0.5)
        for lo, hi in ((1, 0), (6, -2)):
            inputs = sequence(f, lo, hi)
            actual = scalar_result(call_quietly(learner.product, f, lo, hi, inputs=inputs), f"product(f, {lo}, {hi})",
                                   0, "np.prod")
            assert_close(actual, 1.0, what=f"the empty product product(f, {lo}, {hi})", inputs=inputs, hints=[
                (0.0, "the empty product is 1, not 0: 1 is the number that changes nothing when you multiply "
                      "(np.prod of an empty array is 1.0)"),
                (ref.product(f, hi, lo), "for hi < lo the range is empty: do not swap the bounds, return 1"),
            ])

    @pytest.mark.points(1)
    def test_non_integer_bounds(self, learner):
        """raises ValueError when a bound is not an integer"""
        f = Polynomial([1.0, 1.0])
        for lo, hi in BOUND_CASES:
            assert_learner_raises(lambda: learner.product(f, lo, hi), "ValueError", what=f"lo = {lo}, hi = {hi}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed):
        """as fast as a vectorised implementation"""
        lo, hi = -8000, 12000
        f = near_one_factors(lo, hi)
        speed.check(learner.product, (f, lo, hi), max_ratio=8, inputs=sequence(f, lo, hi),
                    hint="call f once on all the indices (np.arange(lo, hi + 1)) and multiply the values with "
                         "np.prod; calling f once per index in a Python loop is the usual cause")


# -- argmax set ---------------------------------------------------------------------------------------
def star_ratings(rng, n):
    """Integer ratings 1–5, skewed towards high marks, so the top rating is shared by many movies."""
    return rng.choice(np.arange(1, 6), size=n, p=[0.1, 0.15, 0.25, 0.3, 0.2]).astype(np.int64)


def assert_indices(actual, f, expected, *, inputs):
    """Fail unless ``actual`` is exactly the increasing integer array ``expected``; hints for known mistakes."""
    what = "the argmax set"
    actual = as_array(actual, what)
    if actual.dtype.kind == "b" and actual.shape == f.shape:
        raise CheckFailed(f"{what} should list indices, but your function returned a boolean array of shape "
                          f"{actual.shape} (for {inputs}).\nHint: that is the mask f == max(f); turn it into "
                          "the indices where it is True with np.flatnonzero")
    if actual.ndim != 1:
        raise CheckFailed(f"{what} should be a 1-D array of indices, but has shape {actual.shape} (for {inputs})")
    if actual.shape == expected.shape and np.array_equal(actual, expected):
        if actual.dtype.kind not in "iu":
            raise CheckFailed(f"{what} holds the right indices as {actual.dtype}; indices should be integers "
                              f"(for {inputs}).\nHint: np.flatnonzero returns integer indices")
        return actual
    if actual.size != expected.size:
        detail = f"it has {actual.size} indices but should have {expected.size}"
    else:
        detail = f"{int(np.sum(actual != expected))} of its {expected.size} indices are wrong"
    top = f.max()
    hints = [
        (expected[:1], "that is only the first index of the maximum; with ties the argmax set holds every "
                       "index where f equals its maximum"),
        (expected[-1:], "that is only the last index of the maximum; the argmax set holds every index where f "
                        "equals its maximum"),
        (expected + 1, "these indices start at 1; NumPy indices start at 0"),
        (expected[::-1], "return the indices in increasing order"),
        (np.flatnonzero(np.isclose(f, top)), "np.isclose counts near-ties as ties; the argmax set needs exact "
                                              "equality, f == max(f)"),
        (expected[expected != 0], "index 0 is missing: check the range of your loop or slice"),
        (expected[expected != f.size - 1], "the last index is missing: check the range of your loop or slice"),
    ]
    if np.all(f[expected] == top):
        hints.append((np.full(expected.size, top), "these are the maximum values; return their indices"))
    message = f"{what} is wrong for {inputs}: {detail}"
    for candidate, hint in hints:
        candidate = np.asarray(candidate)
        if candidate.shape == actual.shape and np.array_equal(candidate, actual):
            message += f"\nHint: {hint}"
            break
    else:
        if actual.size > 1 and np.any(np.diff(actual) <= 0):
            message += "\nHint: return each index once, in increasing order"
    raise CheckFailed(message)


ARGMAX_BANNED = ("numpy.argmax", "method:argmax")


@pytest.mark.exercise("argmax_set", banned=ARGMAX_BANNED)
class TestArgmaxSet:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a 1-D integer array and leaves f unchanged"""
        f = star_ratings(rng, 30)
        indices, (f_after,) = learner.argmax_set.call_checking_inputs(f.copy())
        assert_indices(indices, f, ref.argmax_set(f), inputs=describe(f=f) + " (integer ratings)")
        assert_unchanged((f,), (f_after,), ["f"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "n"), [("ratings", 47), ("scores", 300)], ids=["ratings-47", "scores-300"])
    def test_matches_reference(self, learner, rng, kind, n):
        """matches the reference on ratings with many ties and on rounded scores"""
        f = star_ratings(rng, n) if kind == "ratings" else np.round(rng.normal(size=n), 1)
        inputs = describe(f=f) + (" (integer ratings 1–5)" if kind == "ratings" else " (floats rounded to 0.1)")
        assert_indices(learner.argmax_set(f), f, ref.argmax_set(f), inputs=inputs)

    @pytest.mark.points(1)
    def test_matches_flatnonzero(self, learner, rng):
        """agrees with np.flatnonzero(f == f.max()) when the maximum appears three times"""
        f = rng.uniform(-10.0, 10.0, size=120)
        f[rng.choice(120, size=3, replace=False)] = 12.5
        assert_indices(learner.argmax_set(f), f, np.flatnonzero(f == f.max()),
                       inputs=describe(f=f) + " (three tied maxima)")

    @pytest.mark.points(1)
    def test_ties_everywhere(self, learner):
        """ties at both ends, a constant array, a single value"""
        cases = [
            (np.array([7.0, 1.0, 7.0, 3.0, 7.0]), "f = [7, 1, 7, 3, 7]"),
            (np.full(6, 2.5), "a constant f of length 6"),
            (np.array([-4]), "f = [-4] (one value)"),
        ]
        for f, text in cases:
            assert_indices(learner.argmax_set(f), f, ref.argmax_set(f), inputs=text)

    @pytest.mark.points(1)
    def test_exact_ties_and_infinities(self, learner):
        """ties are exact (0.1 + 0.2 > 0.3 in floats); ±inf are ordinary values"""
        cases = [
            (np.array([0.3, 0.1 + 0.2, 0.3]), "f = [0.3, 0.1 + 0.2, 0.3] (0.1 + 0.2 is 0.30000000000000004)"),
            (np.array([1.0, np.inf, -np.inf, np.inf]), "f = [1, inf, -inf, inf]"),
            (np.full(4, -np.inf), "f = [-inf, -inf, -inf, -inf]"),
        ]
        for f, text in cases:
            assert_indices(learner.argmax_set(f), f, ref.argmax_set(f), inputs=text)

    @pytest.mark.points(1)
    def test_invalid(self, learner):
        """raises ValueError for NaN values and for an empty f"""
        assert_learner_raises(lambda: learner.argmax_set(np.array([1.0, np.nan, 3.0])), "ValueError",
                              what="f = [1, nan, 3] (NaN has no place in an order)")
        assert_learner_raises(lambda: learner.argmax_set(np.array([2.0, 5.0, np.nan])), "ValueError",
                              what="f = [2, 5, nan] (NaN at the end)")
        assert_learner_raises(lambda: learner.argmax_set(np.array([], dtype=float)), "ValueError",
                              what="an empty f (no maximum)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        f = np.round(rng.normal(size=120_000), 2)  # bool temporaries of 120 kB stay below malloc's mmap threshold
        speed.check(learner.argmax_set, (f,), max_ratio=8, inputs=describe(f=f),
                    hint="one f.max() and one comparison f == max over the whole array, then np.flatnonzero; "
                         "a Python loop over the entries is the usual cause")
