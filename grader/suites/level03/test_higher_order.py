"""Hidden suite for exercises/level03/higher_order.py."""

import numpy as np
import pytest
from scipy.optimize import brentq

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level03 import higher_order as ref
from mlgrade.sandbox.callables.level03 import (
    Affine,
    Cubic,
    ExpDecay,
    LogisticCDF,
    MatrixMap,
    RatingModel,
    Ripple,
    Rosenbrock,
    RowNorm,
    Sine,
    Square,
    SquareOfX,
    Tanh,
    Tilted,
)
from mlgrade.sandbox.faults import LearnerRaised, LearnerTimeout

MODULE = "higher_order"


def composition_text(fs):
    return "fs = [" + ", ".join(repr(f) for f in fs) + "]"


# -- compose ----------------------------------------------------------------------------------------
ORDER_HINT = ("you applied the functions from the first to the last: in (f_1 ∘ … ∘ f_k)(x) = f_1(… f_k(x)) the "
              "last function of fs sees x first. Iterate over reversed(fs)")


def left_to_right(fs, x):
    """The known mistake: apply fs[0] first."""
    for f in fs:
        x = f(x)
    return x


def call_compose(learner, fs, x, inputs):
    """The learner's composition; an exception that the wrong order would also cause gets the order hint."""
    try:
        return learner.compose(fs, x)
    except LearnerRaised as raised:
        try:
            left_to_right(fs, x)
        except Exception:
            raise CheckFailed(f"compose raised {raised.exc_name}: {raised.exc_message} for {inputs}.\n"
                              "Hint: here the functions change the shape, so each one must get the whole output of "
                              "the one applied before it: apply the last function of fs first (reversed(fs)), each "
                              "once on the whole array, not entry by entry") from None
        raise


@pytest.mark.exercise("compose")
class TestCompose:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns f_1(… f_k(x)) with the shape of x and leaves x unchanged"""
        fs = [Sine(2.0), Affine(2.0, 1.0)]
        x = rng.normal(size=(6, 4))
        value, (_, x_after) = learner.compose.call_checking_inputs(fs, x.copy())
        assert_shape(value, x.shape, "compose(fs, x)", describe(x=x) + ", " + composition_text(fs))
        assert_unchanged((None, x), (None, x_after), ["fs", "x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("case", ["two-functions-13x7", "three-functions-4x5x6", "shape-changing-7x5"])
    def test_matches_reference(self, learner, rng, case):
        """matches the reference: the last function of fs is applied first"""
        if case.startswith("two"):
            fs, x = [Square(), Affine(2.0, 1.0)], rng.normal(size=(13, 7))
        elif case.startswith("three"):
            fs, x = [Tanh(), Square(0.5), Affine(0.5, -1.0)], rng.normal(size=(4, 5, 6))
        else:
            fs, x = [RowNorm(), MatrixMap(rng.normal(size=(3, 5)))], rng.normal(size=(7, 5))
        inputs = describe(x=x) + ", " + composition_text(fs)
        expected = ref.compose(fs, x)
        try:
            wrong = left_to_right(fs, x)
        except Exception:
            wrong = np.zeros(0)
        assert_close(call_compose(learner, fs, x, inputs), expected, what="compose(fs, x)", inputs=inputs,
                     rtol=1e-14, hints=[(wrong, ORDER_HINT), (fs[0](x), "you applied only fs[0]: apply every function, "
                                                                      "the last one first")])

    @pytest.mark.points(1)
    def test_empty_and_single(self, learner, rng):
        """no functions give x itself (the identity), one function f gives f(x)"""
        x = rng.normal(size=(5, 3))
        identity_hint = ("with no functions the composition is the identity: return x (functools.reduce needs an "
                         "initial value for an empty sequence, and fs[-1] does not exist)")
        for what, call in (("compose([], x)", lambda: learner.compose([], x)),
                           ("compose([], 2.5)", lambda: learner.compose([], 2.5))):
            try:
                value = call()
            except LearnerRaised as raised:
                raise CheckFailed(f"{what} raised {raised.exc_name}: {raised.exc_message}\nHint: {identity_hint}") \
                    from None
            if what.endswith("x)"):
                assert_close(value, x, what=what, inputs=describe(x=x), rtol=0.0)
            else:
                assert_close(np.float64(as_float(value, what)), 2.5, what=what, rtol=0.0)
        f = Sine(1.5)
        assert_close(learner.compose([f], x), f(x), what="compose([f], x)",
                     inputs=describe(x=x) + ", " + composition_text([f]), rtol=1e-15)

    @pytest.mark.points(1)
    def test_tuple(self, learner, rng):
        """accepts fs as a tuple, and gives the same as for a list"""
        fs = (Affine(-1.0, 2.0), Tanh(), Affine(3.0, 0.5))
        x = rng.normal(size=(8, 3))
        inputs = describe(x=x) + ", " + composition_text(fs).replace("[", "(").replace("]", ")") + " (a tuple)"
        try:
            value = learner.compose(fs, x)
        except LearnerRaised as raised:
            if not raised.is_a("AttributeError", "TypeError"):
                raise
            raise CheckFailed(f"compose raised {raised.exc_name}: {raised.exc_message} for {inputs}.\nHint: fs may "
                              "be any sequence: a tuple has no .reverse() (and fs.reverse() would change the caller's "
                              "list). Iterate over reversed(fs) or fs[::-1]") from None
        assert_close(value, ref.compose(fs, x), what="compose(fs, x)", inputs=inputs, rtol=1e-14,
                     hints=[(left_to_right(fs, x), ORDER_HINT)])

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        fs = [Tanh(), Square(0.5), Affine(2.0, -1.0)]
        x = rng.normal(size=(200, 100))
        speed.check(learner.compose, (fs, x), max_ratio=8, inputs=describe(x=x) + ", three functions",
                    hint="each function is vectorised: call it once on the whole array (f(x)), not once per entry")


# -- inverse_by_bisection ---------------------------------------------------------------------------
EPS = np.finfo(float).eps
NO_BRACKET_HINT = ("bisection needs a bracket: y must lie between f(lo) and f(hi). Check that before bisecting and "
                   "raise ValueError when some y does not (here f is not monotone on [lo, hi], or y is out of its "
                   "range)")


def brentq_inverse(f, y, lo, hi):
    """The oracle: scipy.optimize.brentq on f(x) - y for each entry of y."""
    y = np.asarray(y, dtype=float)
    roots = [brentq(lambda t, v=v: f(t) - v, lo, hi, xtol=1e-15, rtol=4 * EPS, maxiter=500) for v in y.ravel()]
    return np.array(roots).reshape(y.shape)


def check_inverse(actual, expected, *, lo, hi, tol, inputs, slack=1e-13, decreasing=False):
    """Fail unless every entry of ``actual`` is within ``tol`` (plus rounding slack) of ``expected``."""
    expected = np.asarray(expected, dtype=float)
    actual = assert_shape(actual, expected.shape, "x", inputs)
    errors = np.abs(actual.astype(float) - expected)
    allowed = tol + slack * np.maximum(1.0, np.abs(expected))
    if np.all(errors <= allowed):
        return actual
    if not np.isfinite(actual).all():
        raise CheckFailed(f"x contains NaN or inf for {inputs}")
    worst = int(np.argmax(errors - allowed))
    message = (f"x is off for {inputs}: {int(np.sum(errors > allowed))} of {errors.size} answers are further than "
               f"tol = {tol:g} from the solution (the worst by {errors.ravel()[worst]:.2g})")
    at_ends = np.isclose(actual, lo, rtol=0, atol=1e-6) | np.isclose(actual, hi, rtol=0, atol=1e-6)
    if at_ends.all() and decreasing:
        message += ("\nHint: your answers sit at lo or hi: the bisection moved the wrong way. This f is decreasing: "
                    "decide which half keeps the root by the signs of f(a) - y and f(mid) - y, not by assuming f "
                    "increases")
    elif at_ends.all():
        message += ("\nHint: your answers sit at lo or hi: the bisection moved the wrong way. Keep the half whose "
                    "ends still give f(end) - y of opposite signs")
    elif np.all(errors <= 1e-3 * (hi - lo)):
        message += ("\nHint: close, but not within tol: halve until the bracket is at most 2·tol wide and return its "
                    "midpoint (an end of the bracket can be 2·tol away from the root)")
    raise CheckFailed(message)


def call_inverse(learner, *args, inputs):
    try:
        return learner.inverse_by_bisection(*args)
    except LearnerRaised as raised:
        if raised.is_a("ValueError"):
            raise CheckFailed(f"inverse_by_bisection raised ValueError: {raised.exc_message}\nfor {inputs}, where "
                              "every y lies between f(lo) and f(hi). Hint: raise only when some y is outside "
                              "[min(f(lo), f(hi)), max(f(lo), f(hi))]; a decreasing f has f(lo) > f(hi)") from None
        raise


def assert_raises_with_hint(call, what, hint):
    try:
        assert_learner_raises(call, "ValueError", what=what)
    except CheckFailed as failed:
        raise CheckFailed(f"{failed}\nHint: {hint}") from None


@pytest.mark.exercise("inverse_by_bisection", banned=("scipy.optimize",))
class TestInverseByBisection:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns x shaped like y (a float for a single y) and leaves y unchanged"""
        f, lo, hi = LogisticCDF(1.0, 0.5), -15.0, 17.0
        y = rng.uniform(0.05, 0.95, size=(4, 6))
        inputs = describe(y=y, lo=lo, hi=hi) + f", f = {f!r}"
        x, (_, y_after, _, _) = learner.inverse_by_bisection.call_checking_inputs(f, y.copy(), lo, hi)
        assert_shape(x, y.shape, "x", inputs)
        assert_unchanged((y,), (y_after,), ["y"])
        value = learner.inverse_by_bisection(f, 0.25, lo, hi)
        if isinstance(value, np.ndarray):
            raise CheckFailed(f"for a single number y = 0.25 return a float, not an array of shape {value.shape}.\n"
                              "Hint: convert a 0-d result with float(x) when np.ndim(y) == 0")
        check_inverse(np.float64(as_float(value, "x")), f.inverse(0.25), lo=lo, hi=hi, tol=1e-12,
                      inputs="y = 0.25, " + inputs.split(", ", 1)[1])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("case", ["cubic-increasing-13", "exp-decreasing-4x3"])
    def test_matches_reference(self, learner, rng, case):
        """matches the reference to within tol, for an increasing and a decreasing f"""
        if case.startswith("cubic"):
            f, lo, hi = Cubic(1.0, 0.5), -3.0, 4.0
            y = rng.uniform(f(lo), f(hi), size=13)
        else:
            f, lo, hi = ExpDecay(0.5), 0.0, 8.0
            y = rng.uniform(f(hi), f(lo), size=(4, 3))
        inputs = describe(y=y, lo=lo, hi=hi) + f", f = {f!r}"
        actual = call_inverse(learner, f, y, lo, hi, inputs=inputs)
        check_inverse(actual, ref.inverse_by_bisection(f, y, lo, hi, 0.0), lo=lo, hi=hi, tol=1e-12, inputs=inputs,
                      decreasing=f(hi) < f(lo))

    @pytest.mark.points(1)
    def test_matches_brentq(self, learner, rng):
        """agrees with scipy.optimize.brentq: quantiles of the logistic distribution from its CDF"""
        f, lo, hi = LogisticCDF(2.0, 0.7), -10.0, 14.0
        y = rng.uniform(0.01, 0.99, size=(5, 3))  # probabilities p; F⁻¹(p) is the p-quantile
        inputs = describe(y=y, lo=lo, hi=hi) + f", f = {f!r}"
        actual = call_inverse(learner, f, y, lo, hi, inputs=inputs)
        check_inverse(actual, brentq_inverse(f, y, lo, hi), lo=lo, hi=hi, tol=1e-12, inputs=inputs)

    @pytest.mark.points(1)
    def test_non_monotone(self, learner):
        """raises ValueError for a non-monotone f whose ends do not bracket y (x² on [-2, 2])"""
        for f, y, lo, hi in ((Square(), 1.0, -2.0, 2.0), (Square(), 0.25, -1.0, 2.0), (Sine(), 0.5, 0.0, 2 * np.pi)):
            assert_raises_with_hint(lambda: learner.inverse_by_bisection(f, y, lo, hi),
                                    f"f = {f!r} on [{lo:g}, {hi:g}] with y = {y:g} (f(lo) and f(hi) are both on one "
                                    "side of y)", NO_BRACKET_HINT)

    @pytest.mark.points(1)
    def test_range_and_interval(self, learner, rng):
        """ValueError for y outside [f(lo), f(hi)] (even one entry) or lo >= hi; y = f(lo) or f(hi) is fine"""
        f = Tanh()
        assert_raises_with_hint(lambda: learner.inverse_by_bisection(f, 0.9, -1.0, 1.0),
                                "f = tanh on [-1, 1] with y = 0.9 > tanh(1)", NO_BRACKET_HINT)
        y = np.append(rng.uniform(-0.7, 0.7, size=6), -0.95)
        assert_raises_with_hint(lambda: learner.inverse_by_bisection(f, y, -1.0, 1.0),
                                "f = tanh on [-1, 1] with y of shape (7,) whose last entry -0.95 < tanh(-1)",
                                NO_BRACKET_HINT + "; check every entry of y, not just the first")
        g = Affine(3.0, -2.0)
        assert_raises_with_hint(lambda: learner.inverse_by_bisection(g, 1.0, 2.0, -1.0),
                                "lo = 2 > hi = -1", "an interval [lo, hi] needs lo < hi: raise ValueError otherwise")
        ends = np.array([-2.0, 4.0])  # f(0) and f(2) exactly
        inputs = describe(y=ends, lo=0.0, hi=2.0) + f", f = {g!r}, y = [f(lo), f(hi)]"
        try:
            actual = learner.inverse_by_bisection(g, ends, 0.0, 2.0)
        except LearnerRaised as raised:
            if not raised.is_a("ValueError"):
                raise
            raise CheckFailed(f"inverse_by_bisection raised ValueError for {inputs}.\nHint: y = f(lo) and y = f(hi) "
                              "are in the range (the answers are lo and hi): raise only when f(lo) - y and "
                              "f(hi) - y have the same strict sign") from None
        check_inverse(actual, np.array([0.0, 2.0]), lo=0.0, hi=2.0, tol=1e-12, inputs=inputs)

    @pytest.mark.points(1)
    def test_tol_zero(self, learner, rng):
        """with tol = 0 (as accurate as floats allow) returns promptly and is exact to rounding"""
        f, lo, hi = Affine(3.0, -2.0), -1.0, 5.0
        y = rng.uniform(f(lo), f(hi), size=9)
        inputs = describe(y=y, lo=lo, hi=hi, tol=0.0) + f", f = {f!r}"
        function = learner.inverse_by_bisection
        try:
            actual = function.call_with_timeout(3.0, f, y, lo, hi, 0.0)
        except LearnerTimeout:
            raise CheckFailed(f"inverse_by_bisection did not return within 3 s for {inputs}.\nHint: with tol = 0 the "
                              "bracket never gets 0 wide: once a and b are neighbouring floats the midpoint is a or "
                              "b and nothing changes. Cap the number of halvings (200 is plenty)") from None
        check_inverse(actual, brentq_inverse(f, y, lo, hi), lo=lo, hi=hi, tol=0.0, inputs=inputs, slack=1e-14)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        f, lo, hi = Cubic(1.0, 0.5), -3.0, 4.0
        y = rng.uniform(f(lo), f(hi), size=2000)
        speed.check(learner.inverse_by_bisection, (f, y, lo, hi), max_ratio=10,
                    inputs=describe(y=y, lo=lo, hi=hi) + f", f = {f!r}",
                    hint="run all bisections together: keep arrays a and b of brackets, one per y, and update them "
                         "with np.where after one call f(mid) on the whole array of midpoints (a loop over the "
                         "entries of y is the usual cause), and stop once every bracket is 2·tol wide")


# -- grid_eval --------------------------------------------------------------------------------------
XY_HINT = ("np.meshgrid(xs, ys) uses indexing='xy' by default (the plotting convention), whose arrays have shape "
           "(n_y, n_x): the transpose of Z. Pass indexing='ij' so that Z[i, j] = f(xs[i], ys[j])")


def grid_oracle(f, xs, ys):
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    return np.broadcast_to(f(X, Y), X.shape)


def grid_mistakes(f, xs, ys):
    """Known mistakes, leaving out those that happen to be right here (a symmetric f hides swapped arguments)."""
    expected = grid_oracle(f, xs, ys)
    return [(candidate, hint) for candidate, hint in grid_candidates(f, xs, ys)
            if candidate.shape != expected.shape or not np.allclose(candidate, expected, rtol=1e-6, atol=0)]


def grid_candidates(f, xs, ys):
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    return [
        (np.broadcast_to(f(X, Y), X.shape).T if len(xs) == len(ys) else np.zeros(0), XY_HINT),
        (np.broadcast_to(f(Y, X), X.shape), "you passed the coordinates in the wrong order: Z[i, j] is f(xs[i], "
                                            "ys[j]), x first"),
    ]


def check_grid(Z, f, xs, ys, inputs, expected=None):
    """Compare the learner's grid with ``expected`` (default: the meshgrid oracle), with pointed shape hints."""
    shape = (len(xs), len(ys))
    what = "Z"
    if isinstance(Z, np.ndarray) and Z.shape != shape:
        if Z.shape == shape[::-1]:
            raise CheckFailed(f"{what} should have shape {shape} (n_x, n_y) but has shape {Z.shape} (for {inputs})."
                              f"\nHint: {XY_HINT}")
        if Z.ndim == 2 and 1 in Z.shape and Z.shape != shape and len(xs) > 1 and len(ys) > 1:
            raise CheckFailed(f"{what} should have shape {shape} but has shape {Z.shape} (for {inputs}).\nHint: this f "
                              "ignores one of its arguments, so broadcasting xs[:, None] against ys[None, :] gives a "
                              "thinner array: expand it with np.broadcast_to(Z, (len(xs), len(ys))), or evaluate f on "
                              "full np.meshgrid(xs, ys, indexing='ij') arrays")
    expected = grid_oracle(f, xs, ys) if expected is None else expected
    return assert_close(Z, expected, what=what, inputs=inputs, rtol=1e-14, hints=grid_mistakes(f, xs, ys))


@pytest.mark.exercise("grid_eval")
class TestGridEval:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns Z of shape (n_x, n_y) and leaves xs and ys unchanged"""
        f = Ripple()
        xs, ys = rng.uniform(-2, 2, size=5), rng.uniform(-2, 2, size=3)
        inputs = describe(xs=xs, ys=ys) + f", f = {f!r}"
        Z, (_, xs_after, ys_after) = learner.grid_eval.call_checking_inputs(f, xs.copy(), ys.copy())
        if isinstance(Z, np.ndarray) and Z.shape == (3, 5):
            raise CheckFailed(f"Z should have shape (5, 3) (n_x, n_y) but has shape (3, 5) (for {inputs}).\n"
                              f"Hint: {XY_HINT}")
        assert_shape(Z, (5, 3), "Z", inputs)
        assert_unchanged((xs, ys), (xs_after, ys_after), ["xs", "ys"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("case", ["rosenbrock-13x7", "tilted-6x6", "rating-model-40x25"])
    def test_matches_reference(self, learner, rng, case):
        """matches the reference: Z[i, j] = f(xs[i], ys[j])"""
        if case.startswith("rosenbrock"):
            f, xs, ys = Rosenbrock(), np.linspace(-2.0, 2.0, 13), np.linspace(-1.0, 3.0, 7)
        elif case.startswith("tilted"):  # a square grid: a transposed Z has the right shape, wrong values
            f, xs, ys = Tilted(0.5), rng.uniform(-2, 2, size=6), rng.uniform(-2, 2, size=6)
        else:
            f, xs, ys = RatingModel(3.0), rng.normal(size=40), rng.uniform(-2, 2, size=25)
        inputs = describe(xs=xs, ys=ys) + f", f = {f!r}"
        check_grid(learner.grid_eval(f, xs, ys), f, xs, ys, inputs, expected=ref.grid_eval(f, xs, ys))

    @pytest.mark.points(1)
    def test_matches_meshgrid(self, learner, rng):
        """agrees with f(*np.meshgrid(xs, ys, indexing="ij")) on unsorted points"""
        f, xs, ys = Ripple(1.7, 5.0), rng.uniform(-3, 3, size=17), rng.uniform(-3, 3, size=11)
        check_grid(learner.grid_eval(f, xs, ys), f, xs, ys, describe(xs=xs, ys=ys) + f", f = {f!r}")

    @pytest.mark.points(1)
    def test_thin_grids(self, learner, rng):
        """n_x = 1, n_y = 1, and an f that ignores y still give the full (n_x, n_y) grid"""
        f = Rosenbrock(0.5, 10.0)
        for xs, ys in ((rng.normal(size=1), rng.normal(size=4)), (rng.normal(size=4), rng.normal(size=1))):
            check_grid(learner.grid_eval(f, xs, ys), f, xs, ys, describe(xs=xs, ys=ys) + f", f = {f!r}")
        g, xs, ys = SquareOfX(0.5), rng.normal(size=6), rng.normal(size=4)
        check_grid(learner.grid_eval(g, xs, ys), g, xs, ys, describe(xs=xs, ys=ys) + f", f = {g!r}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        f, xs, ys = Ripple(1.3), np.linspace(-3.0, 3.0, 200), np.linspace(-2.0, 2.0, 150)
        speed.check(learner.grid_eval, (f, xs, ys), max_ratio=8, inputs=describe(xs=xs, ys=ys) + f", f = {f!r}",
                    hint="call f once on the whole grid (np.meshgrid with indexing='ij', or xs[:, None] and "
                         "ys[None, :]) instead of once per point (x, y)")
