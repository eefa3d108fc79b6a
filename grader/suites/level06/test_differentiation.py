"""Hidden suite for exercises/level06/differentiation.py."""

import numpy as np
import pytest

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
    relative_error,
)
from mlgrade.reference.level06 import differentiation as ref
from mlgrade.sandbox.callables.level06 import (
    BilinearForm,
    Exponential,
    Polynomial,
    SineWave,
    SmoothSurface,
    SoftplusQuartic,
    VectorField,
)

MODULE = "differentiation"


# -- known mistakes, computed on the judge's side ----------------------------------------------------
def forward_gradient(f, x, h):
    """The gradient by forward differences (f(x + h e_i) - f(x)) / h."""
    x = np.array(x, dtype=float)
    base, grad = f(x), np.empty_like(x)
    for idx in np.ndindex(x.shape):
        moved = x.copy()
        moved[idx] += h
        grad[idx] = (f(moved) - base) / h
    return grad


def forward_hessian(f, x, h):
    """The Hessian by forward differences (f(x + h e_i + h e_j) - f(x + h e_i) - f(x + h e_j) + f(x)) / h²."""
    x = np.asarray(x, dtype=float)
    steps, n = h * np.eye(x.size), x.size
    H = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            H[i, j] = (f(x + steps[i] + steps[j]) - f(x + steps[i]) - f(x + steps[j]) + f(x)) / (h * h)
    return H


HALF_STEP_HINT = "this is twice the slope: a central difference spans 2h, so divide by 2h, not h"
FORWARD_HINT = "this matches forward differences (f(x + h) - f(x)) / h: use central differences (x + h and x - h)"
INT_HINT = ("with the same x as floats your result is right, so the integer dtype is the problem: on an int "
            "array, x[i] = x[i] + h is rounded to an integer again, so the step is 0 or 1, not h. Convert "
            "first: x = np.array(x, dtype=float)")


def check_integer_input(function, f, x, expected, what):
    """The result for an integer x must match; if only the float version does, say the dtype is the problem."""
    inputs = f"f = {f!r}, x = {x.tolist()} (dtype int64)"
    try:
        assert_close(function(f, x, 1e-6), expected, what=what, inputs=inputs, rtol=1e-7)
    except CheckFailed as failure:
        try:
            assert_close(function(f, x.astype(float), 1e-6), expected, what=what, rtol=1e-7)
        except CheckFailed:
            raise failure from None
        raise CheckFailed(f"{failure}\nHint: {INT_HINT}") from None


# -- derivative ---------------------------------------------------------------------------------------
@pytest.mark.exercise("derivative")
class TestDerivative:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """a float for a scalar x, an array of x's shape for an array x; x unchanged"""
        f = SineWave(1.5, 2.0, 0.3)
        x = rng.uniform(-2, 2, size=7)
        slope, (_, x_after, *_) = learner.derivative.call_checking_inputs(f, x.copy(), 1e-4, "central")
        slope = assert_shape(slope, x.shape, "derivative(f, x)", describe(x=x))
        if slope.dtype.kind != "f":
            raise CheckFailed(f"derivative(f, x) should hold floats, but has dtype {slope.dtype}")
        assert_unchanged((x,), (x_after,), ["x"])
        value = learner.derivative(f, 0.5, 1e-4, "forward")
        if isinstance(value, np.ndarray):
            raise CheckFailed(f"derivative(f, 0.5) returned an array of shape {value.shape}; for a scalar x "
                              "return a float (float(result) when np.ndim(x) == 0)")
        as_float(value, "derivative(f, 0.5)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "method", "h"), [
        ("sine", "central", 1e-3), ("exp", "forward", 1e-4), ("cubic", "central", 1e-2)],
        ids=["sine-central-h1e-3", "exp-forward-h1e-4", "cubic-central-h1e-2"])
    def test_matches_reference(self, learner, rng, kind, method, h):
        """matches the reference difference quotient for a given step h"""
        f = {"sine": SineWave(2.0, 1.5, 0.2), "exp": Exponential(0.5, 1.3),
             "cubic": Polynomial(rng.normal(size=4))}[kind]
        x = rng.uniform(-2, 2, size=9)
        other = "forward" if method == "central" else "central"
        expected = ref.derivative(f, x, h, method)
        assert_close(learner.derivative(f, x, h, method), expected, what=f"the {method} difference",
                     inputs=f"f(x) = {f!r}, " + describe(x=x, h=h), rtol=1e-9, hints=[
                         (ref.derivative(f, x, h, other), f"this is the {other} difference: method = {method!r} "
                                                          f"asks for the {method} one"),
                         (2 * expected if method == "central" else np.zeros(1), HALF_STEP_HINT),
                         (expected / 2 if method == "forward" else np.zeros(1),
                          "this is half the slope: the forward difference divides by h, not 2h"),
                     ])

    @pytest.mark.points(1)
    def test_error_order(self, learner):
        """against the exact f': halving h halves the forward error and quarters the central error"""
        f, x = SineWave(1.0, 1.0, 0.3), 0.7
        exact = float(f.derivative(x))
        for method, order in (("forward", 1), ("central", 2)):
            errors = []
            for h in (0.1, 0.05):
                value = as_float(learner.derivative(f, x, h, method), f"derivative(f, {x}, {h}, {method!r})")
                errors.append(abs(value - exact))
            if errors[0] > 0.1**order or errors[1] == 0:
                raise CheckFailed(f"the {method} difference of sin(x + 0.3) at x = {x} is off by {errors[0]:.2g} "
                                  f"with h = 0.1: more than the truncation error O(h^{order}) allows")
            ratio = errors[0] / errors[1]
            if not 0.8 * 2**order <= ratio <= 1.2 * 2**order:
                raise CheckFailed(f"halving h from 0.1 to 0.05 divided the {method} error by {ratio:.2f}; a "
                                  f"{'first' if order == 1 else 'second'}-order method divides it by about "
                                  f"{2**order}.\nHint: forward: (f(x + h) - f(x)) / h; "
                                  "central: (f(x + h) - f(x - h)) / (2h)")

    @pytest.mark.points(1)
    def test_default_step(self, learner, rng):
        """with the default h, accurate to ~1e-9 (central) and ~1e-6 (forward): no round-off disaster"""
        f = Exponential(1.0, 0.8)
        x = rng.uniform(-3, 3, size=11)
        exact = f.derivative(x)
        for method, rtol in (("central", 1e-9), ("forward", 1e-6)):
            tiny = ((f(x + 1e-13) - f(x - 1e-13)) / 2e-13 if method == "central"
                    else (f(x + 1e-13) - f(x)) / 1e-13)
            assert_close(learner.derivative(f, x, method=method), exact, what=f"the default-step {method} slope",
                         inputs=f"f(x) = {f!r}, " + describe(x=x) + " (h not given)", rtol=rtol, hints=[
                             (tiny, "this is what h = 1e-13 gives: f(x + h) and f(x) share ~13 digits, so their "
                                    "difference keeps only ~3 (round-off error ≈ ε|f|/h). Default to "
                                    "h = ε^(1/3)·max(1, |x|) (central) or √ε·max(1, |x|) (forward)"),
                         ])

    @pytest.mark.points(1)
    def test_bad_arguments(self, learner):
        """raises ValueError for an unknown method and for h <= 0"""
        f = SineWave()
        assert_learner_raises(lambda: learner.derivative(f, 1.0, 1e-3, "backward"), "ValueError",
                              what="method = 'backward'")
        assert_learner_raises(lambda: learner.derivative(f, 1.0, 0.0, "central"), "ValueError", what="h = 0")
        assert_learner_raises(lambda: learner.derivative(f, 1.0, -1e-3, "forward"), "ValueError", what="h = -1e-3")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        x = rng.uniform(-3, 3, size=20_000)
        speed.check(learner.derivative, (SineWave(1.0, 2.0, 0.1), x, 1e-5, "central"), max_ratio=8,
                    inputs=describe(x=x), hint="f is vectorised: call it once on x + h and once on x - h "
                                               "(whole arrays) instead of looping over the entries of x")


# -- numerical_gradient ---------------------------------------------------------------------------------
def check_restored(x, x_after):
    """x must come back bit for bit; a perturb-and-undo by += h / -= h leaves rounding traces."""
    if not np.array_equal(x, x_after):
        changed = int(np.sum(x != x_after))
        if np.allclose(x, x_after, rtol=1e-9, atol=0):
            raise CheckFailed(f"your function changed {changed} of the {x.size} entries of x in their last digits: "
                              "x[i] += h followed by x[i] -= h does not always give back the same float.\nHint: "
                              "save the old value and put it back (x[i] = saved), or perturb a copy of x")
        assert_unchanged((x,), (x_after,), ["x"])


@pytest.mark.exercise("numerical_gradient")
class TestNumericalGradient:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of x's shape and leaves x unchanged"""
        x = rng.normal(size=(4, 3))
        grad, (_, x_after, _) = learner.numerical_gradient.call_checking_inputs(SmoothSurface(), x.copy(), 1e-6)
        grad = assert_shape(grad, x.shape, "the gradient", describe(x=x))
        if grad.dtype.kind != "f":
            raise CheckFailed(f"the gradient should hold floats, but has dtype {grad.dtype}")
        check_restored(x, x_after)

    @pytest.mark.points(1)
    def test_x_restored(self, learner, rng):
        """x comes back bit for bit: perturbed entries are restored exactly"""
        x = rng.normal(size=40) * 3
        A = rng.normal(size=(40, 40))
        _, (_, x_after, _) = learner.numerical_gradient.call_checking_inputs(BilinearForm(A), x.copy(), 1e-6)
        check_restored(x, x_after)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(5,), (3, 4), (2, 3, 4)], ids=["5", "3x4", "2x3x4"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference central differences for x of several shapes"""
        f = SmoothSurface() if len(shape) > 1 else BilinearForm(rng.normal(size=(5, 5)))
        x = rng.normal(size=shape)
        expected = ref.numerical_gradient(f, x, 1e-6)
        assert_close(learner.numerical_gradient(f, x, 1e-6), expected, what="the numerical gradient",
                     inputs=f"f = {f!r}, " + describe(x=x, h=1e-6), rtol=1e-8, hints=[
                         (2 * expected, HALF_STEP_HINT),
                         (forward_gradient(f, x, 1e-6), FORWARD_HINT),
                     ])

    @pytest.mark.points(1)
    def test_matches_analytic(self, learner, rng):
        """agrees with the analytic gradient of a smooth non-quadratic function"""
        f = SoftplusQuartic(rng.normal(size=(9, 6)))
        x = rng.normal(size=6)
        assert_close(learner.numerical_gradient(f, x, 1e-6), f.gradient(x), what="the numerical gradient",
                     inputs=f"f = {f!r}, " + describe(x=x), rtol=1e-7, hints=[
                         (2 * f.gradient(x), HALF_STEP_HINT)])

    @pytest.mark.points(1)
    def test_integer_x(self, learner, rng):
        """an integer x gives the true gradient (computed in floats) and stays unchanged"""
        A = rng.normal(size=(5, 5))
        f, x = BilinearForm(A), np.array([1, -2, 3, 0, 2])
        _, (_, x_after, _) = learner.numerical_gradient.call_checking_inputs(f, x.copy(), 1e-6)
        check_restored(x, x_after)
        check_integer_input(learner.numerical_gradient, f, x, f.gradient(x), "the gradient")


# -- jacobian -------------------------------------------------------------------------------------------------
@pytest.mark.exercise("jacobian")
class TestJacobian:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (m, n) = (outputs, inputs) and leaves x unchanged"""
        f = VectorField(rng.normal(size=(3, 5)), rng.normal(size=3))
        x = rng.normal(size=5)
        J, (_, x_after, _) = learner.jacobian.call_checking_inputs(f, x.copy(), 1e-6)
        assert_shape(J, (3, 5), "the Jacobian", "f: R^5 -> R^3, " + describe(x=x))
        check_restored(x, x_after)

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("m", "n"), [(3, 5), (6, 2), (1, 4)], ids=["3x5", "6x2", "1x4"])
    def test_matches_reference(self, learner, rng, m, n):
        """matches the reference central-difference Jacobian"""
        f = VectorField(rng.normal(size=(m, n)), rng.normal(size=m))
        x = rng.normal(size=n)
        expected = ref.jacobian(f, x, 1e-6)
        assert_close(learner.jacobian(f, x, 1e-6), expected, what="the Jacobian",
                     inputs=f"f: R^{n} -> R^{m}, " + describe(x=x, h=1e-6), rtol=1e-8, hints=[
                         (2 * expected, HALF_STEP_HINT)])

    @pytest.mark.points(1)
    def test_matches_analytic(self, learner, rng):
        """agrees with the analytic Jacobian J[i, j] = ∂f_i/∂x_j"""
        f = VectorField(rng.normal(size=(4, 7)), rng.normal(size=4))
        x = rng.normal(size=7)
        assert_close(learner.jacobian(f, x, 1e-6), f.jacobian(x), what="the Jacobian",
                     inputs=f"f = {f!r}, " + describe(x=x), rtol=1e-7)

    @pytest.mark.points(1)
    def test_integer_x_and_bad_input(self, learner, rng):
        """an integer x works (in floats); a 2-D x or h <= 0 raises ValueError"""
        W = rng.normal(size=(3, 4))
        f, x = VectorField(W, rng.normal(size=3)), np.array([1, 0, -1, 2])
        check_integer_input(learner.jacobian, f, x, f.jacobian(x), "the Jacobian")
        assert_learner_raises(lambda: learner.jacobian(f, np.zeros((2, 2)), 1e-6), "ValueError",
                              what="x of shape (2, 2)")
        assert_learner_raises(lambda: learner.jacobian(f, np.zeros(4), 0.0), "ValueError", what="h = 0")


# -- hessian ----------------------------------------------------------------------------------------------------
@pytest.mark.exercise("hessian")
class TestHessian:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, n) float array and leaves x unchanged"""
        f = SoftplusQuartic(rng.normal(size=(6, 4)))
        x = rng.normal(size=4)
        H, (_, x_after, _) = learner.hessian.call_checking_inputs(f, x.copy(), 1e-4)
        assert_shape(H, (4, 4), "the Hessian", describe(x=x))
        check_restored(x, x_after)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [3, 6], ids=["n3", "n6"])
    def test_matches_reference(self, learner, rng, n):
        """matches the reference central-difference Hessian"""
        f = SoftplusQuartic(rng.normal(size=(n + 2, n)))
        x = rng.normal(size=n)
        expected = ref.hessian(f, x, 1e-4)
        assert_close(learner.hessian(f, x, 1e-4), expected, what="the Hessian",
                     inputs=f"f = {f!r}, " + describe(x=x, h=1e-4), rtol=1e-6, hints=[
                         (4 * expected, "this is 4× the Hessian: the four-point formula divides by 4h², not h²"),
                         (expected / 4, "this is the Hessian / 4: with steps of h in both x_i and x_j, divide by "
                                        "4h², not 16h²"),
                         (forward_hessian(f, x, 1e-4), "this matches forward differences: use the central "
                                                        "four-point formula (± h in x_i and in x_j)"),
                     ])

    @pytest.mark.points(1)
    def test_matches_analytic(self, learner, rng):
        """agrees with the analytic Hessian Wᵀ diag(σ(1 - σ)) W + diag(x²)"""
        f = SoftplusQuartic(rng.normal(size=(8, 5)))
        x = rng.normal(size=5)
        assert_close(learner.hessian(f, x, 1e-4), f.hessian(x), what="the Hessian", inputs=f"f = {f!r}, "
                     + describe(x=x), rtol=1e-5, hints=[(forward_hessian(f, x, 1e-4), "this matches forward "
                                                         "differences: use the central four-point formula")])

    @pytest.mark.points(1)
    def test_non_symmetric_A(self, learner, rng):
        """for f(x) = xᵀ A x with a non-symmetric A, the Hessian is A + Aᵀ"""
        A = rng.normal(size=(5, 5)) + np.triu(rng.normal(size=(5, 5)) * 3, 1)
        x = rng.normal(size=5)
        assert_close(learner.hessian(BilinearForm(A), x, 1e-4), A + A.T, what="the Hessian of xᵀ A x",
                     inputs=describe(A=A, x=x) + ", A not symmetric", rtol=1e-6, hints=[
                         (2 * A, "this is 2A: the Hessian of xᵀ A x is A + Aᵀ, which equals 2A only for a "
                                 "symmetric A"),
                         (4 * (A + A.T), "this is 4(A + Aᵀ): the four-point formula divides by 4h², not h²"),
                     ])

    @pytest.mark.points(1)
    def test_exactly_symmetric(self, learner, rng):
        """H[i, j] == H[j, i] (up to ~1e-12): compute one triangle and mirror it, or symmetrise"""
        f = SoftplusQuartic(rng.normal(size=(7, 6)))
        x = rng.normal(size=6)
        H = assert_shape(learner.hessian(f, x, 1e-4), (6, 6), "the Hessian", describe(x=x))
        error = relative_error(H, H.T)
        if error > 1e-12:
            raise CheckFailed(f"your Hessian is not symmetric for f = {f!r}, {describe(x=x)}: relative "
                              f"difference between H and Hᵀ is {error:.2g}.\nHint: the mixed partials are equal; "
                              "compute the upper triangle and copy it (H[j, i] = H[i, j]), or return (H + H.T) / 2")

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for a 2-D x and for h <= 0"""
        f = BilinearForm(np.eye(4))
        assert_learner_raises(lambda: learner.hessian(f, np.zeros((2, 2)), 1e-4), "ValueError",
                              what="x of shape (2, 2)")
        assert_learner_raises(lambda: learner.hessian(f, np.zeros(4), -1e-4), "ValueError", what="h = -1e-4")


# -- gradient_descent_quadratic ------------------------------------------------------------------------------------
def spd_problem(rng, d, condition=10.0):
    """A random symmetric positive definite A with eigenvalues from 1 to ``condition``, and b, x0."""
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    A = (Q * np.linspace(1.0, condition, d)) @ Q.T
    return (A + A.T) / 2, rng.normal(size=d), rng.normal(size=d), condition


def descent_inputs(A, x0, lr, n_steps):
    return describe(A=A, x0=x0, lr=round(lr, 4), n_steps=n_steps)


def history_of(learner, A, b, x0, lr, n_steps):
    """The learner's history, with a pointed message for the most common shape mistake."""
    history = learner.gradient_descent_quadratic(A, b, x0, lr, n_steps)
    d = len(b)
    if isinstance(history, np.ndarray) and history.shape == (n_steps, d):
        raise CheckFailed(f"the history has {n_steps} rows for n_steps = {n_steps}; it should have n_steps + 1 = "
                          f"{n_steps + 1}.\nHint: include the starting point: history[0] is x0, then one row per "
                          "step")
    return assert_shape(history, (n_steps + 1, d), "the history", descent_inputs(A, x0, lr, n_steps))


def run_descent(A, b, x0, lr, n_steps, sign=1.0, b_sign=1.0):
    """Gradient descent, or a known mistake: sign=-1 climbs uphill, b_sign=-1 uses A x - b."""
    history = [np.asarray(x0, dtype=float)]
    with np.errstate(all="ignore"):
        for _ in range(n_steps):
            history.append(history[-1] - sign * lr * (A @ history[-1] + b_sign * b))
    return np.array(history)


UPHILL_HINT = "your iterates climb: x_{t+1} = x_t - lr ∇f(x_t) steps *against* the gradient"
B_SIGN_HINT = "this uses the gradient A x - b; the gradient of ½ xᵀ A x + bᵀ x is A x + b"


@pytest.mark.exercise("gradient_descent_quadratic")
class TestGradientDescentQuadratic:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns n_steps + 1 rows starting with x0, and leaves A, b, x0 unchanged"""
        A, b, x0, L = spd_problem(rng, 4)
        args = (A.copy(), b.copy(), x0.copy(), 1.0 / L, 10)
        history, after = learner.gradient_descent_quadratic.call_checking_inputs(*args)
        if isinstance(history, np.ndarray) and history.shape == (10, 4):
            history_of(learner, *args)  # the pointed message
        history = assert_shape(history, (11, 4), "the history", descent_inputs(A, x0, 1.0 / L, 10))
        assert_unchanged(args[:3], after[:3], ["A", "b", "x0"])
        if not np.array_equal(history[0], x0):
            raise CheckFailed("history[0] should be the starting point x0 itself")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("d", "n_steps", "lr_times_L"), [(3, 25, 1.0), (8, 40, 1.5), (20, 7, 0.5)],
                             ids=["d3-25steps-lr1/L", "d8-40steps-lr1.5/L", "d20-7steps-lr0.5/L"])
    def test_matches_reference(self, learner, rng, d, n_steps, lr_times_L):
        """matches the reference iterates"""
        A, b, x0, L = spd_problem(rng, d)
        lr = lr_times_L / L
        assert_close(history_of(learner, A, b, x0, lr, n_steps), ref.gradient_descent_quadratic(A, b, x0, lr, n_steps),
                     what="the history of iterates", inputs=descent_inputs(A, x0, lr, n_steps), rtol=1e-9, hints=[
                         (run_descent(A, b, x0, lr, n_steps, sign=-1.0), UPHILL_HINT),
                         (run_descent(A, b, x0, lr, n_steps, b_sign=-1.0), B_SIGN_HINT),
                     ])

    @pytest.mark.points(1)
    def test_converges_to_minimiser(self, learner, rng):
        """with lr = 1/L the last iterate reaches the minimiser -A⁻¹ b"""
        A, b, x0, L = spd_problem(rng, 6, condition=5.0)
        history = history_of(learner, A, b, x0, 1.0 / L, 300)
        minimiser = np.linalg.solve(A, -b)
        assert_close(history[-1], minimiser, what="the last iterate", inputs=descent_inputs(A, x0, 1 / L, 300)
                     + " (the minimiser is -A⁻¹ b)", rtol=1e-8, hints=[
                         (-minimiser, B_SIGN_HINT)])

    @pytest.mark.points(1)
    def test_diverges_for_large_lr(self, learner, rng):
        """with lr = 2.2/L > 2/L the iterates blow up, exactly as the reference's"""
        A, b, x0, L = spd_problem(rng, 5)
        lr, n_steps = 2.2 / L, 60
        history = history_of(learner, A, b, x0, lr, n_steps)
        minimiser = np.linalg.solve(A, -b)
        if not np.isfinite(history).all() or not (np.linalg.norm(history[-1] - minimiser)
                                                  > 100 * np.linalg.norm(history[0] - minimiser)):
            raise CheckFailed(f"with lr = 2.2/L ({descent_inputs(A, x0, lr, n_steps)}) the iterates should move "
                              "far away from the minimiser (|1 - lr·L| = 1.2 > 1), and stay finite; return the "
                              "iterates as they are, without clipping or stopping early")
        assert_close(history, ref.gradient_descent_quadratic(A, b, x0, lr, n_steps), what="the diverging history",
                     inputs=descent_inputs(A, x0, lr, n_steps), rtol=1e-9)

    @pytest.mark.points(1)
    def test_bad_arguments(self, learner, rng):
        """raises ValueError for lr <= 0, n_steps < 0, a non-symmetric A and mismatched shapes"""
        A, b, x0, _ = spd_problem(rng, 3)
        run = learner.gradient_descent_quadratic
        assert_learner_raises(lambda: run(A, b, x0, 0.0, 5), "ValueError", what="lr = 0")
        assert_learner_raises(lambda: run(A, b, x0, 0.1, -1), "ValueError", what="n_steps = -1")
        assert_learner_raises(lambda: run(A + np.triu(np.ones((3, 3)), 1), b, x0, 0.1, 5), "ValueError",
                              what="a non-symmetric A")
        assert_learner_raises(lambda: run(A, b, np.zeros(4), 0.1, 5), "ValueError", what="x0 of shape (4,) with A (3, 3)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        A, b, x0, L = spd_problem(rng, 60)
        speed.check(learner.gradient_descent_quadratic, (A, b, x0, 1.0 / L, 300), max_ratio=8,
                    inputs=descent_inputs(A, x0, 1 / L, 300),
                    hint="each step is one matrix-vector product A @ x + b: loop over the steps only, not over "
                         "the coordinates")
