"""Hidden suite for exercises/level12/optimization.py."""

import numpy as np
import pytest
from scipy.optimize import check_grad

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    call_quietly,
    describe,
)
from mlgrade.reference.level12 import optimization as ref
from mlgrade.sandbox.callables.level12 import Gradient, Hessian, Quadratic, Rosenbrock, SoftplusBowl, WavyBowl
from mlgrade.sandbox.faults import LearnerRaised, LearnerTimeout

MODULE = "optimization"


# -- problems --------------------------------------------------------------------------------------
def spd_matrix(rng, d, low=0.5, high=20.0):
    """A random symmetric positive definite d × d matrix with eigenvalues in [low, high]."""
    Q = np.linalg.qr(rng.normal(size=(d, d)))[0]
    return (Q * rng.uniform(low, high, size=d)) @ Q.T


def quadratic(rng, d):
    return Quadratic(spd_matrix(rng, d), rng.normal(size=d) * 3.0)


def symmetric_with_eigenvalues(rng, values):
    Q = np.linalg.qr(rng.normal(size=(len(values), len(values))))[0]
    A = (Q * np.asarray(values, dtype=float)) @ Q.T
    return (A + A.T) / 2


def softplus_bowl(rng, d, n_terms):
    """Convex and non-quadratic; pure Newton converges from a standard normal start in under 10 steps
    (with much larger softplus terms it can cycle, as on logistic regression)."""
    return SoftplusBowl(spd_matrix(rng, d, 1.0, 3.0), rng.normal(size=d) * 2.0, rng.normal(size=(n_terms, d)) * 0.5)


# -- newton_minimize -------------------------------------------------------------------------------
NOT_PD_HINT = ("with a Hessian that is not positive definite the quadratic model has no minimum, and the Newton "
               "step goes to its saddle point or maximum: test H first (np.linalg.cholesky(H) raises "
               "np.linalg.LinAlgError, a ValueError, exactly when H is not positive definite)")


def newton_step_hints(problem, x0):
    g, A = problem.gradient(x0), problem.A
    return [
        (x0 + np.linalg.solve(A, g), "your step went uphill: the Newton step is x - H⁻¹ g (minus), you added it"),
        (x0 - g, "this is a gradient-descent step x - g; Newton's step solves H s = g and takes x - s"),
        (x0 - A @ g, "you multiplied the gradient by H; the Newton step divides by it: solve H s = g"),
    ]


@pytest.mark.exercise("newton_minimize")
class TestNewtonMinimize:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of shape (d,) and leaves x0 unchanged"""
        problem = softplus_bowl(rng, 5, 8)
        x0 = rng.normal(size=5)
        inputs = describe(x0=x0) + f", f = {problem!r}"
        x, (_, _, x0_after) = call_quietly(learner.newton_minimize, Gradient(problem), Hessian(problem), x0.copy(),
                                           inputs=inputs, checking_inputs=True)
        assert_shape(x, (5,), "the minimiser", inputs)
        assert_unchanged((x0,), (x0_after,), ["x0"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("d", [4, 9], ids=["d4", "d9"])
    def test_one_step_on_quadratic(self, learner, rng, d):
        """one step (max_iter=1) on a quadratic ½ xᵀA x + bᵀx lands exactly on its minimiser -A⁻¹ b"""
        problem = quadratic(rng, d)
        x0 = rng.normal(size=d) * 5.0
        inputs = describe(x0=x0, max_iter=1) + f", f = {problem!r}"
        x = call_quietly(learner.newton_minimize, Gradient(problem), Hessian(problem), x0, 1e-10, 1, inputs=inputs)
        assert_close(x, -np.linalg.solve(problem.A, problem.b), what="the point after one Newton step",
                     inputs=inputs, rtol=1e-10, hints=newton_step_hints(problem, x0))

    @pytest.mark.points(1)
    def test_matches_reference(self, learner, rng):
        """converges to the reference's minimiser of a non-quadratic convex function (gradient ≈ 0 there)"""
        problem = softplus_bowl(rng, 12, 20)
        x0 = rng.normal(size=12)
        inputs = describe(x0=x0) + f", f = {problem!r}"
        x = call_quietly(learner.newton_minimize, Gradient(problem), Hessian(problem), x0, inputs=inputs)
        expected = ref.newton_minimize(problem.gradient, problem.hessian, x0)
        x = assert_shape(x, (12,), "the minimiser", inputs)
        assert_close(x, expected, what="the minimiser", inputs=inputs, rtol=1e-8, hints=[
            (x0 + np.linalg.solve(problem.hessian(x0), problem.gradient(x0)),
             "your step went uphill: the Newton step is x - H⁻¹ g"),
        ])
        gradient_norm = float(np.linalg.norm(problem.gradient(x)))
        if not gradient_norm <= 1e-8:
            raise CheckFailed(f"the gradient at your minimiser has norm {gradient_norm:.2g}, not ≈ 0 (for {inputs}): "
                              "iterate until ‖grad(x)‖ <= tol")

    @pytest.mark.points(1)
    def test_rosenbrock(self, learner):
        """finds the minimum (1, 1) of the Rosenbrock function from (-1.2, 1) within 50 steps"""
        problem = Rosenbrock()
        x0 = np.array([-1.2, 1.0])
        inputs = describe(x0=x0) + f", f = {problem!r}"
        x = call_quietly(learner.newton_minimize, Gradient(problem), Hessian(problem), x0, inputs=inputs)
        assert_close(x, np.ones(2), what="the minimiser of Rosenbrock", inputs=inputs, rtol=1e-9)

    @pytest.mark.points(1)
    def test_hessian_not_positive_definite(self, learner, rng):
        """raises ValueError when the Hessian is indefinite (a saddle) or negative definite (a maximum)"""
        for values, name in (([3.0, 1.0, -2.0, 0.5], "indefinite, eigenvalues 3, 1, -2, 0.5"),
                             ([-1.0, -4.0, -2.0], "negative definite")):
            problem = Quadratic(symmetric_with_eigenvalues(rng, values), rng.normal(size=len(values)))
            x0 = rng.normal(size=len(values))
            what = f"newton_minimize on a quadratic whose Hessian is {name}"
            try:
                learner.newton_minimize(Gradient(problem), Hessian(problem), x0)
            except LearnerRaised as raised:
                if raised.is_a("ValueError"):
                    continue
                raise CheckFailed(f"{what}: expected ValueError, but your function raised {raised.exc_name}: "
                                  f"{raised.exc_message}") from None
            raise CheckFailed(f"{what}: expected ValueError, but your function returned normally.\n"
                              f"Hint: {NOT_PD_HINT}")


# -- backtracking_line_search --------------------------------------------------------------------
def armijo(f, g, x, p, alpha, c):
    return f(x + alpha * p) <= f(x) + c * alpha * float(np.sum(g * p))


def search_variant(f, g, x, p, alpha0, rho, c, *, condition="armijo", start=0, extra=0, max_iter=100):
    """The line search with a known mistake: another acceptance test, another first step or off by one."""
    fx, slope = f(x), float(np.sum(g * p))
    alpha = alpha0 * rho**start
    for _ in range(max_iter):
        new = f(x + alpha * p)
        ok = {"armijo": new <= fx + c * alpha * slope, "decrease": new < fx,
              "flipped": new <= fx - c * alpha * slope}[condition]
        if ok:
            return alpha * rho**extra
        alpha *= rho
    return np.nan


def search_hints(f, g, x, p, alpha0, rho, c):
    expected = ref.backtracking_line_search(f, g, x, p, alpha0, rho, c)
    variants = [
        ({"start": 1}, "you never tried alpha0 itself: the first step to test is α = alpha0"),
        ({"extra": 1}, "your step is rho times too small: return α as soon as the condition holds, before "
                       "shrinking it again"),
        ({"condition": "decrease"}, "this accepts any decrease f(x + αp) < f(x); Armijo asks for sufficient "
                                    "decrease, f(x + αp) <= f(x) + c α gᵀp"),
        ({"condition": "flipped"}, "the Armijo bound is f(x) + c α gᵀp (gᵀp < 0, so the bound is below f(x)); "
                                   "you used f(x) - c α gᵀp"),
    ]
    hints = [(search_variant(f, g, x, p, alpha0, rho, c, **options), hint) for options, hint in variants]
    hints.append((expected / rho, "your step is 1/rho times too large: you returned the last step that failed "
                                  "rather than the first that passed"))
    return [(candidate, hint) for candidate, hint in hints if np.isfinite(candidate) and candidate != expected]


def search_problem(rng, kind):
    if kind == "quadratic":
        problem = quadratic(rng, 6)
        x = rng.normal(size=6) * 3.0
        return problem, x, -problem.gradient(x), 1.0, 0.5, 1e-4
    if kind == "matrix":
        problem = WavyBowl(rng.normal(size=(4, 3)))
        x = rng.normal(size=(4, 3)) * 3.0
        p = -problem.gradient(x) * 2.5 + rng.normal(size=(4, 3)) * 0.1
        return problem, x, p, 1.0, 0.7, 0.3
    if kind == "newton-direction":  # the full step alpha0 = 1 satisfies Armijo (c < 1/2 on a quadratic)
        problem = quadratic(rng, 5)
        x = rng.normal(size=5) * 3.0
        return problem, x, -np.linalg.solve(problem.A, problem.gradient(x)), 1.0, 0.5, 1e-4
    problem = Rosenbrock()
    x = np.array([-1.2, 1.0]) + rng.normal(size=2) * 0.1
    return problem, x, -problem.gradient(x), 1.0, 0.5, 1e-4


def check_alpha(alpha, problem, g, x, p, alpha0, rho, c, inputs):
    alpha = as_float(alpha, "the step size alpha")
    expected = ref.backtracking_line_search(problem, g, x, p, alpha0, rho, c)
    assert_close(alpha, expected, what="the step size alpha", inputs=inputs, rtol=1e-12,
                 hints=search_hints(problem, g, x, p, alpha0, rho, c))


@pytest.mark.exercise("backtracking_line_search")
class TestBacktrackingLineSearch:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves g, x and p unchanged"""
        problem, x, p, *_ = search_problem(rng, "quadratic")
        g = problem.gradient(x)
        args = (problem, g.copy(), x.copy(), p.copy())
        inputs = describe(x=x) + f", f = {problem!r}, p = -g"
        alpha, after = call_quietly(learner.backtracking_line_search, *args, inputs=inputs, checking_inputs=True)
        as_float(alpha, "the step size alpha")
        assert_unchanged(args[1:], after[1:], ["g", "x", "p"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["quadratic", "matrix", "rosenbrock", "newton-direction"])
    def test_matches_reference(self, learner, rng, kind):
        """returns the same step size as the reference (a quadratic, a (4, 3) array, Rosenbrock, a full Newton step)"""
        problem, x, p, alpha0, rho, c = search_problem(rng, kind)
        g = problem.gradient(x)
        inputs = describe(x=x, alpha0=alpha0, rho=rho, c=c) + f", f = {problem!r}"
        alpha = call_quietly(learner.backtracking_line_search, problem, g, x, p, alpha0, rho, c, inputs=inputs)
        check_alpha(alpha, problem, g, x, p, alpha0, rho, c, inputs)

    @pytest.mark.points(1)
    def test_largest_armijo_step_on_grid(self, learner, rng):
        """returns alpha0 · rho^j satisfying Armijo, where alpha0 · rho^(j-1) does not (alpha0 = 3, rho = 0.8)"""
        problem = quadratic(rng, 7)
        x = rng.normal(size=7) * 2.0
        g = problem.gradient(x)
        p = -g + rng.normal(size=7) * 0.2 * np.linalg.norm(g) / np.sqrt(7)
        alpha0, rho, c = 3.0, 0.8, 0.25
        inputs = describe(x=x, alpha0=alpha0, rho=rho, c=c) + f", f = {problem!r}"
        alpha = as_float(call_quietly(learner.backtracking_line_search, problem, g, x, p, alpha0, rho, c,
                                      inputs=inputs), "the step size alpha")
        j = np.log(alpha / alpha0) / np.log(rho) if alpha > 0 else np.nan
        if not (np.isfinite(j) and j > -0.5 and abs(j - round(j)) < 1e-9):
            raise CheckFailed(f"alpha = {alpha:g} is not on the grid alpha0 · rho^j, j = 0, 1, 2, … (for {inputs})")
        if not armijo(problem, g, x, p, alpha, c):
            raise CheckFailed(f"alpha = {alpha:g} does not satisfy the Armijo condition f(x + αp) <= f(x) + c α gᵀp "
                              f"(for {inputs})")
        if round(j) > 0 and armijo(problem, g, x, p, alpha / rho, c):
            raise CheckFailed(f"alpha = {alpha:g} is not the largest step on the grid: alpha / rho also satisfies "
                              f"the Armijo condition (for {inputs}).\nHint: return the first α that passes")
        check_alpha(alpha, problem, g, x, p, alpha0, rho, c, inputs)

    @pytest.mark.points(1)
    def test_not_a_descent_direction(self, learner, rng):
        """raises ValueError when p is not a descent direction (p = g, and p ⟂ g with gᵀp = 0)"""
        problem, x, _, *_ = search_problem(rng, "quadratic")
        g = problem.gradient(x)
        orthogonal = np.zeros_like(g)
        orthogonal[0], orthogonal[1] = g[1], -g[0]  # gᵀp = g0 g1 - g1 g0 = 0 exactly
        assert_learner_raises(lambda: learner.backtracking_line_search(problem, g, x, g.copy()), "ValueError",
                              what="p = g (uphill: gᵀp > 0)")
        assert_learner_raises(lambda: learner.backtracking_line_search(problem, g, x, orthogonal), "ValueError",
                              what="p orthogonal to g (gᵀp = 0)")

    @pytest.mark.points(1)
    def test_gives_up(self, learner, rng):
        """raises RuntimeError after max_iter step sizes when none satisfies Armijo (g is not f's gradient)"""
        problem = Quadratic(spd_matrix(rng, 3), np.zeros(3))  # minimum at x = 0, f(0) = 0
        x = np.zeros(3)
        g = np.array([1.0, -2.0, 0.5])  # a false gradient: no step from the minimum decreases f
        p = -g
        inputs = describe(x=x, max_iter=30) + ", at the minimum of a quadratic with a false gradient g"
        try:
            alpha = learner.backtracking_line_search.call_with_timeout(10.0, problem, g, x, p, 1.0, 0.5, 1e-4, 30)
        except LearnerTimeout:
            raise CheckFailed(f"backtracking_line_search did not return within 10 s for {inputs}.\nHint: try at most "
                              "max_iter step sizes, then raise RuntimeError") from None
        except LearnerRaised as raised:
            if raised.is_a("RuntimeError"):
                return
            raise CheckFailed(f"expected RuntimeError for {inputs}, but your function raised {raised.exc_name}: "
                              f"{raised.exc_message}") from None
        message = f"expected RuntimeError for {inputs}, but your function returned {alpha!r}"
        if isinstance(alpha, float) and alpha < 0.5**29:
            raise CheckFailed(message + ", smaller than the last allowed step 0.5^29.\nHint: try at most max_iter "
                              "step sizes, then raise RuntimeError (a loop without a bound stops only when α "
                              "underflows to 0)")
        raise CheckFailed(message + ".\nHint: when none of the max_iter step sizes satisfies the Armijo condition, "
                          "raise RuntimeError instead of returning a step that fails it")


# -- gradient_check ------------------------------------------------------------------------------
def numeric_gradient(f, x, eps, scheme="central"):
    x = np.array(x, dtype=float)
    out = np.empty_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += eps
        minus[index] -= eps
        if scheme == "central":
            out[index] = (f(plus) - f(minus)) / (2 * eps)
        elif scheme == "forward":
            out[index] = (f(plus) - f(x)) / eps
        else:  # "over_eps": central difference divided by eps instead of 2 eps
            out[index] = (f(plus) - f(minus)) / eps
    return out


def relative(a, n):
    return float(np.linalg.norm((a - n).ravel()) / max(np.linalg.norm(a.ravel()) + np.linalg.norm(n.ravel()),
                                                        np.finfo(float).tiny))


def check_hints(f, x, a, eps):
    n = numeric_gradient(f, x, eps)
    hints = [
        (relative(a, numeric_gradient(f, x, eps, "forward")),
         "this matches forward differences (f(x + ε e_i) - f(x)) / ε: use central differences "
         "(f(x + ε e_i) - f(x - ε e_i)) / 2ε"),
        (relative(a, numeric_gradient(f, x, eps, "over_eps")),
         "your numerical gradient is twice too large: x ± ε e_i are 2ε apart, so divide by 2ε"),
        (float(np.linalg.norm((a - n).ravel())), "this is the absolute error ‖a - n‖; divide by "
                                                 "max(‖a‖ + ‖n‖, tiny)"),
        (float(np.max(np.abs(a - n) / np.maximum(np.abs(a) + np.abs(n), np.finfo(float).tiny))),
         "this is the largest entrywise relative error; the error is normwise: ‖a - n‖ / (‖a‖ + ‖n‖)"),
    ]
    if x.ndim == 2:
        hints.append((float(np.linalg.norm(a - n, 2) / max(np.linalg.norm(a, 2) + np.linalg.norm(n, 2), 1e-300)),
                      "for a 2-D x, np.linalg.norm(M, 2) is the spectral norm: flatten first "
                      "(np.linalg.norm(M.ravel()))"))
    return hints


WRONG_GRADIENT = "a wrong analytic gradient (the true one × 1.1 plus noise)"
ZERO_HINTS = {"invalid value": "both gradients are exactly 0 here, so ‖a - n‖ / (‖a‖ + ‖n‖) is 0 / 0: divide by "
                               "max(‖a‖ + ‖n‖, np.finfo(float).tiny)",
              "divide by zero": "‖a‖ + ‖n‖ is 0 here: divide by max(‖a‖ + ‖n‖, np.finfo(float).tiny)"}


def check_problem(rng, kind):
    """(f, x, analytic_grad, description) for a correct or a wrong gradient."""
    if kind == "correct-vector":
        problem = SoftplusBowl(spd_matrix(rng, 7, 0.5, 3.0), rng.normal(size=7), rng.normal(size=(5, 7)))
        x = rng.normal(size=7)
        return problem, x, problem.gradient(x), "the correct gradient"
    problem = WavyBowl(rng.normal(size=(4, 3)))
    x = rng.normal(size=(4, 3)) * 2.0
    if kind == "correct-matrix":
        return problem, x, problem.gradient(x), "the correct gradient"
    return problem, x, problem.gradient(x) * 1.1 + rng.normal(size=(4, 3)) * 0.05, WRONG_GRADIENT


@pytest.mark.exercise("gradient_check")
class TestGradientCheck:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves x and analytic_grad unchanged"""
        problem, x, a, _ = check_problem(rng, "wrong-matrix")
        inputs = describe(x=x) + f", f = {problem!r}"
        error, (_, x_after, a_after) = call_quietly(learner.gradient_check, problem, x.copy(), a.copy(),
                                                    inputs=inputs, checking_inputs=True, hints=ZERO_HINTS)
        as_float(error, "the relative error")
        assert_unchanged((x, a), (x_after, a_after), ["x", "analytic_grad"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", ["correct-vector", "correct-matrix", "wrong-matrix"])
    def test_matches_reference(self, learner, rng, kind):
        """matches the reference's relative error (correct gradients ≈ 1e-10, a wrong one ≈ 0.05)"""
        problem, x, a, what = check_problem(rng, kind)
        inputs = describe(x=x, eps=1e-6) + f", f = {problem!r}, analytic_grad = {what}"
        error = as_float(call_quietly(learner.gradient_check, problem, x, a, 1e-6, inputs=inputs, hints=ZERO_HINTS),
                         "the relative error")
        expected = ref.gradient_check(problem, x, a, 1e-6)
        # For a correct gradient the error is rounding noise (~1e-10): any valid order of the
        # floating-point operations changes it by far less than 5 %.
        rtol = 0.05 if expected < 1e-6 else 1e-6
        assert_close(error, expected, what="the relative error", inputs=inputs, rtol=rtol,
                     hints=check_hints(problem, x, a, 1e-6))

    @pytest.mark.points(1)
    def test_matches_scipy_check_grad(self, learner, rng):
        """with a wrong gradient, agrees with scipy.optimize.check_grad's ‖a - n‖ divided by ‖a‖ + ‖n‖"""
        problem = SoftplusBowl(spd_matrix(rng, 6, 0.5, 3.0), rng.normal(size=6), rng.normal(size=(4, 6)))
        x = rng.normal(size=6)
        wrong = problem.gradient(x) + rng.normal(size=6) * 0.3
        inputs = describe(x=x) + f", f = {problem!r}, analytic_grad = the true gradient plus noise"
        error = as_float(call_quietly(learner.gradient_check, problem, x, wrong, inputs=inputs, hints=ZERO_HINTS),
                         "the relative error")
        distance = check_grad(problem, lambda v: wrong, x, epsilon=1e-7)  # ‖a - n‖ by forward differences
        expected = distance / (np.linalg.norm(wrong) + np.linalg.norm(problem.gradient(x)))
        assert_close(error, expected, what="the relative error", inputs=inputs, rtol=1e-4,
                     hints=check_hints(problem, x, wrong, 1e-6))

    @pytest.mark.points(1)
    def test_zero_gradients(self, learner, rng):
        """is 0 (not 0 / 0) when both gradients are exactly 0, and 1 when only the numerical one is non-zero"""
        problem = Quadratic(spd_matrix(rng, 5), np.zeros(5))
        x = np.zeros(5)
        inputs = describe(x=x) + ", at the minimum of a quadratic (f(x ± ε e_i) are equal), analytic_grad = 0"
        error = as_float(call_quietly(learner.gradient_check, problem, x, np.zeros(5), inputs=inputs,
                                      hints=ZERO_HINTS), "the relative error")
        if error != 0.0:
            raise CheckFailed(f"the relative error should be exactly 0 when both gradients are 0, got {error!r} "
                              f"(for {inputs})")
        x = rng.normal(size=5)
        inputs = describe(x=x) + ", analytic_grad = 0 where the true gradient is not"
        error = as_float(call_quietly(learner.gradient_check, problem, x, np.zeros(5), inputs=inputs,
                                      hints=ZERO_HINTS), "the relative error")
        assert_close(error, 1.0, what="the relative error", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    def test_x_restored_exactly(self, learner, rng):
        """leaves x exactly as it was, also entries where x + ε - ε != x (e.g. 1e-7)"""
        problem = WavyBowl(rng.normal(size=(3, 4)))
        x = rng.normal(size=(3, 4)) * 1e-7  # most of these do not survive x + 1e-6 - 1e-6 exactly
        inputs = describe(x=x) + " with entries of order 1e-7"
        _, (_, x_after, _, _) = call_quietly(learner.gradient_check, problem, x.copy(), problem.gradient(x), 1e-6,
                                          inputs=inputs, checking_inputs=True, hints=ZERO_HINTS)
        if not np.array_equal(x, x_after):
            changed = int(np.sum(x != x_after))
            raise CheckFailed(f"your function changed {changed} entries of x (for {inputs}).\nHint: perturb a copy "
                              "(np.array(x, dtype=float)), or put back the saved original value; adding ε and "
                              "subtracting it again does not always give the same float back")
