"""Hidden suite for exercises/level02/equations.py."""

import math
import operator
from decimal import Decimal, localcontext

import numpy as np
import pytest

from mlgrade.checks import TINY, CheckFailed, as_float, assert_learner_raises, describe
from mlgrade.reference.level02 import equations as ref
from mlgrade.suites.level02 import call_quietly, numbers

MODULE = "equations"
OPS = ("<", "<=", ">", ">=")
COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


# -- quadratic_roots ----------------------------------------------------------------------------------
CANCELLATION_HINT = ("the root of smaller magnitude lost its digits: in -b ± √D one sign subtracts two nearly "
                     "equal numbers when b² ≫ |4ac| (catastrophic cancellation). Compute "
                     "q = -(b + sign(b)·√D) / 2, then the roots q / a and c / q")
SIGN_ZERO_HINT = ("b = 0: np.sign(0) is 0, so q = -(b + sign(b)·√D) / 2 is 0 and c / q divides by zero. "
                  "Use math.copysign(math.sqrt(D), b), which takes the + sign for b = 0")
COMPLEX_HINT = ("the discriminant D = b² - 4ac is negative here, and the square root of a negative float is "
                "nan (with a warning, an error here). The roots are the pair (-b ± i·√(-D)) / (2a): take √(-D), "
                "or use cmath.sqrt")
DOUBLE_ZERO_HINT = ("b = c = 0 makes q = -(b + sign(b)·√D) / 2 = 0, and c / q is 0 / 0: the equation a·x² = 0 "
                    "has the double root 0, so return zeros when q == 0")


def exact_roots(a, b, c):
    """The roots of the float coefficients, computed with 80 significant digits, as complex128, np.sort order."""
    with localcontext() as context:
        context.prec = 80
        a, b, c = Decimal(a), Decimal(b), Decimal(c)
        D = b * b - 4 * a * c
        if D >= 0:
            root = D.sqrt()
            roots = [complex(float((-b - root) / (2 * a))), complex(float((-b + root) / (2 * a)))]
        else:
            re, im = float(-b / (2 * a)), float(abs((-D).sqrt() / (2 * a)))
            roots = [complex(re, -im), complex(re, im)]
    return np.sort(np.array(roots))


def root_errors(actual, expected):
    """Relative error of each root, pairing the roots in the order that fits best."""
    actual, expected = np.asarray(actual, dtype=complex), np.asarray(expected, dtype=complex)
    scale = np.maximum(np.abs(expected), TINY)
    straight, swapped = np.abs(actual - expected) / scale, np.abs(actual[::-1] - expected) / scale
    return straight if straight.max() <= swapped.max() else swapped


def roots_of(learner, a, b, c, hints=None):
    inputs = describe(a=a, b=b, c=c)
    value = call_quietly(learner.quadratic_roots, a, b, c, inputs=inputs, hints=hints,
                         catch=("RuntimeWarning", "FloatingPointError", "ZeroDivisionError"))
    return numbers(value, "the roots", (2,), inputs, complex_ok=True)


def check_roots(actual, a, b, c, expected, *, rtol, versus=""):
    """Fail unless each root has relative error <= rtol; name the known mistake when one fits."""
    if not np.all(np.isfinite(actual)):
        raise CheckFailed(f"the roots contain NaN or inf for {describe(a=a, b=b, c=c)}")
    errors = root_errors(actual, expected)
    if errors.max() <= rtol:
        return
    message = (f"the roots are off for {describe(a=a, b=b, c=c)}{versus}: relative error {errors.max():.2g} "
               f"in the worse root (allowed {rtol:.0e})")
    expected = np.asarray(expected, dtype=complex)
    root = np.sqrt(complex(b * b - 4 * a * c))
    candidates = [
        (2 * expected, "these are twice the roots: divide by 2a, not by a"),
        (expected / 2, "these are half the roots: divide by 2a, not by 4a"),
        (-expected, "the signs are flipped: the roots are (-b ± √D) / (2a)"),
        (np.array([-b - root / (2 * a), -b + root / (2 * a)]), "mind the brackets: (-b ± √D) / (2a) divides "
                                                               "-b too"),
    ]
    hint = next((text for candidate, text in candidates if root_errors(actual, candidate).max() <= 1e-9), None)
    if hint is None and np.any(expected.imag != 0) and np.all(np.asarray(actual).imag == 0):
        hint = ("you returned real numbers, but D = b² - 4ac < 0 here: the roots are the complex pair "
                "(-b ± i·√(-D)) / (2a)")
    if hint is None and np.all(expected.imag == 0):
        small = int(np.argmin(np.abs(expected)))
        if errors[1 - small] <= 1e-10 < errors[small]:
            hint = CANCELLATION_HINT
    raise CheckFailed(message + (f"\nHint: {hint}" if hint else ""))


def real_quadratic(rng):
    """Coefficients with two real roots of magnitude 0.1–10, well apart (so every formula is accurate)."""
    while True:
        r1, r2 = rng.choice([-1.0, 1.0], size=2) * 10.0 ** rng.uniform(-1, 1, size=2)
        if abs(r1 - r2) >= 0.3 * max(abs(r1), abs(r2)):
            a = float(rng.choice([-1.0, 1.0]) * 10.0 ** rng.uniform(-1, 1))
            return a, float(-a * (r1 + r2)), float(a * r1 * r2)


def complex_quadratic(rng):
    """Coefficients with a complex pair p ± i·m, |m| not small against |p|."""
    p = float(rng.choice([-1.0, 1.0]) * 10.0 ** rng.uniform(-1, 1))
    m = abs(p) * float(10.0 ** rng.uniform(-0.5, 1))
    a = float(rng.choice([-1.0, 1.0]) * 10.0 ** rng.uniform(-1, 1))
    return a, -2 * a * p, a * (p * p + m * m)


@pytest.mark.exercise("quadratic_roots", banned=("numpy.roots", "numpy.polynomial.polynomial.polyroots"))
class TestQuadraticRoots:
    @pytest.mark.points(1)
    def test_shape_and_order(self, learner):
        """returns a (2,) array in np.sort order: float for real roots, complex for a complex pair"""
        for (a, b, c), kind in (((1.0, -3.0, 2.0), "f"), ((-1.0, 0.0, 4.0), "f"), ((2.0, 4.0, 10.0), "c")):
            inputs = describe(a=a, b=b, c=c)
            roots, _ = call_quietly(learner.quadratic_roots, a, b, c, inputs=inputs, checking_inputs=True,
                                    hints={"invalid value": COMPLEX_HINT, "division by zero": SIGN_ZERO_HINT,
                                           "divide by zero": SIGN_ZERO_HINT})
            roots = numbers(roots, "the roots", (2,), inputs, complex_ok=True)
            if kind == "f" and roots.dtype.kind == "c":
                raise CheckFailed(f"the roots for {inputs} are real (D ≥ 0), so return a float array, not "
                                  f"dtype {roots.dtype}.\nHint: use complex numbers only when D < 0")
            if kind == "c" and roots.dtype.kind != "c":
                raise CheckFailed(f"the roots for {inputs} are a complex pair (D < 0), so return a complex "
                                  f"array, but yours has dtype {roots.dtype}")
            check_roots(roots, a, b, c, ref.quadratic_roots(a, b, c), rtol=1e-12)
            if not np.array_equal(roots, np.sort(roots)):
                raise CheckFailed(f"the roots for {inputs} are not in np.sort order (ascending, by real part, "
                                  "then imaginary part).\nHint: return np.sort(np.array([x1, x2]))")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["real", "complex"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference on random quadratics (relative error per root)"""
        make = real_quadratic if kind == "real" else complex_quadratic
        for _ in range(15):
            a, b, c = make(rng)
            roots = roots_of(learner, a, b, c, hints={"invalid value": COMPLEX_HINT})
            check_roots(roots, a, b, c, ref.quadratic_roots(a, b, c), rtol=1e-12)

    @pytest.mark.points(1)
    def test_matches_numpy_roots(self, learner, rng):
        """agrees with np.roots (relative error per root)"""
        for index in range(12):
            a, b, c = real_quadratic(rng) if index % 2 else complex_quadratic(rng)
            roots = roots_of(learner, a, b, c, hints={"invalid value": COMPLEX_HINT})
            check_roots(roots, a, b, c, np.roots([a, b, c]), rtol=1e-9, versus=" (vs np.roots)")

    @pytest.mark.points(2)
    def test_no_cancellation(self, learner):
        """keeps every digit of both roots when b² ≫ |4ac|: b = ±1e8, a = 1e-10, … (vs the exact roots)"""
        for a, b, c in ((1.0, 1e8, 1.0), (1.0, -1e8, 1.0), (1e-10, 1.0, 1.0), (2.0, 3e9, -5.0), (-3.0, 1e7, 2e-3)):
            roots = roots_of(learner, a, b, c)
            check_roots(roots, a, b, c, exact_roots(a, b, c), rtol=1e-12, versus=" (vs the exact roots)")

    @pytest.mark.points(1)
    def test_double_root(self, learner):
        """a double root (D = 0) comes back twice, real and exact, including a·x² = 0"""
        for a, b, c in ((1.0, -6.0, 9.0), (4.0, 4.0, 1.0), (2.0, -8.0, 8.0), (5.0, 0.0, 0.0)):
            roots = roots_of(learner, a, b, c, hints={"division by zero": DOUBLE_ZERO_HINT,
                                                      "divide by zero": DOUBLE_ZERO_HINT,
                                                      "invalid value": DOUBLE_ZERO_HINT})
            check_roots(roots, a, b, c, exact_roots(a, b, c), rtol=1e-14)

    @pytest.mark.points(1)
    def test_b_zero(self, learner):
        """b = 0 works: x² - 4 = 0, 2x² + 8 = 0 and -x² + 9 = 0"""
        for a, b, c in ((1.0, 0.0, -4.0), (2.0, 0.0, 8.0), (-1.0, 0.0, 9.0)):
            roots = roots_of(learner, a, b, c, hints={"division by zero": SIGN_ZERO_HINT,
                                                      "divide by zero": SIGN_ZERO_HINT,
                                                      "invalid value": SIGN_ZERO_HINT if c * a < 0 else COMPLEX_HINT})
            check_roots(roots, a, b, c, exact_roots(a, b, c), rtol=1e-14)

    @pytest.mark.points(1)
    def test_a_zero(self, learner):
        """raises ValueError when a = 0 (the equation is linear)"""
        assert_learner_raises(lambda: learner.quadratic_roots(0.0, 2.0, 3.0), "ValueError",
                              what="a = 0 (2x + 3 = 0 is not quadratic)")


# -- solve_linear_inequality -------------------------------------------------------------------------------
A_ZERO_HINT = ("a = 0: then a·x = 0 for every x, so there is no b / a to divide by. 0 op b is simply true "
               "(return (-inf, inf, False, False)) or false (return the empty interval (inf, -inf, False, False))")
FLIP_HINT = ("dividing both sides by a negative a flips the direction: -2x < 6 means x > -3 (< becomes >, "
             "<= becomes >=, and the other way round)")
CLOSED_HINT = ('"<=" and ">=" include the end b / a (closed: flag True); "<" and ">" exclude it (flag False)')


def as_interval(value, inputs):
    """The learner's answer as (lo, hi, lo_closed, hi_closed) with floats and bools."""
    if not isinstance(value, (tuple, list)) or len(value) != 4:
        got = f"a {type(value).__name__}" + (f" of length {len(value)}" if isinstance(value, (tuple, list)) else "")
        raise CheckFailed(f"return a tuple (lo, hi, lo_closed, hi_closed) for {inputs}, but your function "
                          f"returned {got}")
    lo, hi = (as_float(end, f"the {side} end") for end, side in zip(value[:2], ("left", "right")))
    flags = []
    for flag, name in zip(value[2:], ("lo_closed", "hi_closed")):
        if not isinstance(flag, (bool, np.bool_)):
            raise CheckFailed(f"{name} should be a bool (True or False), but your function returned "
                              f"{type(flag).__name__} for {inputs}")
        flags.append(bool(flag))
    return lo, hi, flags[0], flags[1]


def is_empty(interval):
    lo, hi, lo_closed, hi_closed = interval
    return not (lo < hi or (lo == hi and lo_closed and hi_closed))


def contains(interval, x):
    lo, hi, lo_closed, hi_closed = interval
    return (lo < x or (lo_closed and x == lo)) and (x < hi or (hi_closed and x == hi))


def show(interval):
    lo, hi, lo_closed, hi_closed = interval
    if is_empty(interval):
        return "the empty set"
    return f"{'[' if lo_closed else '('}{lo:g}, {hi:g}{']' if hi_closed else ')'}"


def same_set(first, second, rtol=1e-14):
    """True if two intervals hold the same real numbers (finite ends equal within rtol)."""
    if is_empty(first) or is_empty(second):
        return is_empty(first) and is_empty(second)
    for end in (0, 1):
        x, y = first[end], second[end]
        if math.isinf(x) or math.isinf(y):
            if x != y:
                return False
        elif abs(x - y) > rtol * max(abs(x), abs(y)) or first[end + 2] != second[end + 2]:
            return False
    return True


def mistakes(a, b, op):
    """Intervals that known mistakes produce, as (interval, hint) pairs."""
    if a == 0:
        return []
    expected = ref.solve_linear_inequality(a, b, op)
    lo, hi, lo_closed, hi_closed = expected
    toggled = (lo, hi, math.isfinite(lo) and not lo_closed, math.isfinite(hi) and not hi_closed)
    found = [(toggled, CLOSED_HINT)]
    if a < 0:
        found.append((ref.solve_linear_inequality(-a, -b, op), FLIP_HINT))
    return found


def solve(learner, a, b, op):
    inputs = f"a = {a!r}, b = {b!r}, op = {op!r}"
    value = call_quietly(learner.solve_linear_inequality, a, b, op, inputs=inputs,
                         hints={"division by zero": A_ZERO_HINT, "divide by zero": A_ZERO_HINT,
                                "invalid value": A_ZERO_HINT})
    return as_interval(value, inputs), inputs


def check_inequality(learner, a, b, op):
    """Fail unless the learner's interval is the reference's set; name the known mistake when one fits."""
    interval, inputs = solve(learner, a, b, op)
    expected = ref.solve_linear_inequality(a, b, op)
    if same_set(interval, expected):
        return
    message = f"your interval {show(interval)} for {inputs} is not the solution set of a·x {op} b"
    hint = next((text for candidate, text in mistakes(a, b, op) if same_set(interval, candidate)), None)
    if hint is None and a == 0:
        hint = A_ZERO_HINT
    raise CheckFailed(message + (f"\nHint: {hint}" if hint else ""))


@pytest.mark.exercise("solve_linear_inequality")
class TestSolveLinearInequality:
    @pytest.mark.points(1)
    def test_returns_interval(self, learner):
        """returns a tuple (lo, hi, lo_closed, hi_closed) of two floats and two bools"""
        value, _ = learner.solve_linear_inequality.call_checking_inputs(2.0, 6.0, "<=")
        as_interval(value, "a = 2.0, b = 6.0, op = '<='")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("sign", [1.0, -1.0], ids=["a>0", "a<0"])
    def test_matches_reference(self, learner, rng, sign):
        """matches the reference for each of <, <=, >, >="""
        for op in OPS:
            a = float(sign * 10.0 ** rng.uniform(-2, 2))
            b = float(rng.normal() * 10.0)
            check_inequality(learner, a, b, op)

    @pytest.mark.points(1)
    def test_grid(self, learner, rng):
        """x is in your interval exactly when a·x op b holds, on a grid of x (a < 0, a = 0, a > 0)"""
        for index in range(12):
            op = OPS[index % 4]
            a = 0.0 if index % 3 == 0 else float(rng.choice([-1.0, 1.0]) * 10.0 ** rng.uniform(-1, 1))
            b = float(rng.choice([0.0, rng.normal() * 5.0]))
            interval, inputs = solve(learner, a, b, op)
            bound = b / a if a else 0.0
            grid = bound + np.concatenate([np.linspace(-10, 10, 81) * (1 + abs(bound)), [-1e12, 1e12]])
            for x in grid[np.abs(grid - bound) > 1e-9 * (1 + abs(bound))]:
                truth = COMPARE[op](a * float(x), b)
                if truth != contains(interval, float(x)):
                    verdict = "holds" if truth else "does not hold"
                    inside = "outside" if truth else "inside"
                    hint = next((text for candidate, text in mistakes(a, b, op) if same_set(interval, candidate)),
                                A_ZERO_HINT if a == 0 else None)
                    raise CheckFailed(f"for {inputs}, a·x {op} b {verdict} at x = {float(x):g}, which lies "
                                      f"{inside} your interval {show(interval)}"
                                      + (f"\nHint: {hint}" if hint else ""))

    @pytest.mark.points(1)
    def test_a_zero(self, learner):
        """a = 0: all of ℝ when 0 op b is true, the empty set when it is false"""
        for b, op in ((1.0, "<"), (1.0, ">"), (0.0, "<"), (0.0, "<="), (-2.0, ">="), (-2.0, "<=")):
            check_inequality(learner, 0.0, b, op)

    @pytest.mark.points(1)
    def test_bad_op(self, learner):
        """raises ValueError for an unknown comparison ("=<", "==", "≤")"""
        for op in ("=<", "==", "≤"):
            assert_learner_raises(lambda: learner.solve_linear_inequality(1.0, 2.0, op), "ValueError",
                                  what=f"op = {op!r}")
