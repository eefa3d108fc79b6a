"""Hidden suite for exercises/level09/convex.py."""

import numpy as np
import pytest
from scipy.optimize import minimize

from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_shape, \
    assert_unchanged, describe, matches
from mlgrade.reference.level09 import convex as ref

MODULE = "convex"
EIGEN_SOLVERS = ("numpy.linalg.eig", "numpy.linalg.eigh", "numpy.linalg.eigvals", "numpy.linalg.eigvalsh",
                 "scipy.linalg.eig", "scipy.linalg.eigh", "scipy.linalg.eigvals", "scipy.linalg.eigvalsh",
                 "scipy.sparse.linalg.eigs", "scipy.sparse.linalg.eigsh")


# -- soft_threshold ----------------------------------------------------------------------------------------
def threshold_hints(w, t):
    return [(np.maximum(np.abs(w) - t, 0.0), "all your results are >= 0: multiply by sign(w) to keep the sign"),
            (w - t * np.sign(w), "entries with |w| < t crossed zero: they must stop at exactly 0 (max(|w| - t, 0))"),
            (np.where(np.abs(w) > t, w, 0.0), "this is hard thresholding (keep or kill); soft thresholding also "
                                              "shrinks the survivors by t")]


@pytest.mark.exercise("soft_threshold")
class TestSoftThreshold:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of w's shape and leaves w unchanged"""
        w = rng.normal(size=(6, 4))
        result, after = learner.soft_threshold.call_checking_inputs(w.copy(), 0.5)
        assert_shape(result, w.shape, "soft_threshold(w, t)", describe(w=w, t=0.5))
        assert_unchanged((w,), after[:1], ["w"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "t"), [((13, 7), 0.7), ((4, 5, 6), 1.9)], ids=["13x7-t0.7", "4x5x6-t1.9"])
    def test_matches_formula(self, learner, rng, shape, t):
        """matches sign(w) · max(|w| - t, 0)"""
        w = rng.normal(size=shape) * 2
        assert_close(learner.soft_threshold(w, t), ref.soft_threshold(w, t), what="soft_threshold(w, t)",
                     inputs=describe(w=w, t=t), rtol=1e-14, hints=threshold_hints(w, t))

    @pytest.mark.points(1)
    def test_zero_and_boundary(self, learner):
        """w = 0 and |w| = t give exactly 0; t = 0 is the identity"""
        t = 0.75
        w = np.array([0.0, 0.75, -0.75, 0.5, -0.25, 2.0, -3.0])
        result = assert_shape(learner.soft_threshold(w, t), w.shape, "soft_threshold(w, t)")
        if not np.array_equal(result, ref.soft_threshold(w, t)):
            raise CheckFailed(f"soft_threshold is off for {describe(w=w, t=t)} with entries 0 and ±t: every |w| <= t "
                              "must give exactly 0, the others |w| - t with w's sign")
        assert_close(learner.soft_threshold(w, 0.0), w, what="soft_threshold(w, 0)", inputs="t = 0", rtol=0)

    @pytest.mark.points(1)
    def test_bad_t(self, learner):
        """raises ValueError for t < 0"""
        assert_learner_raises(lambda: learner.soft_threshold(np.ones(3), -0.1), "ValueError", what="t = -0.1")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        w = rng.normal(size=(400, 500))
        speed.check(learner.soft_threshold, (w, 0.5), max_ratio=8, inputs=describe(w=w, t=0.5))


# -- elastic_net_penalty -----------------------------------------------------------------------------------
def penalty_hints(w, alpha, rho):
    l1, l2 = np.abs(w).sum(), (w * w).sum()
    return [(alpha * (rho * l1 + (1 - rho) * l2), "the L2 term is ½ (1 - l1_ratio) ||w||²: you lost the ½"),
            (alpha * ((1 - rho) * l1 + 0.5 * rho * l2), "l1_ratio weighs the L1 term; you swapped the two weights"),
            (alpha * (rho * l1 + 0.5 * (1 - rho) * np.sqrt(l2)), "the L2 term uses the *squared* norm ||w||²")]


def subgradient_hints(w, alpha, rho):
    return [(alpha * (rho * np.sign(w) + 2 * (1 - rho) * w), "with the ½ in the penalty, the L2 gradient is "
                                                             "(1 - l1_ratio) w, not 2 (1 - l1_ratio) w"),
            (alpha * ((1 - rho) * np.sign(w) + rho * w), "l1_ratio weighs the L1 term; you swapped the two weights")]


@pytest.mark.exercise("elastic_net_penalty")
class TestElasticNetPenalty:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (float penalty, subgradient of w's shape) and leaves w unchanged"""
        w = rng.normal(size=(3, 5))
        result, after = learner.elastic_net_penalty.call_checking_inputs(w.copy(), 0.3, 0.4)
        if not isinstance(result, tuple) or len(result) != 2:
            raise CheckFailed("elastic_net_penalty should return a tuple (penalty, subgradient)")
        as_float(result[0], "the penalty")
        assert_shape(result[1], w.shape, "the subgradient", describe(w=w))
        assert_unchanged((w,), after[:1], ["w"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "alpha", "rho"), [((9,), 0.5, 0.3), ((4, 6), 2.0, 0.8)],
                             ids=["w9-ratio0.3", "w4x6-ratio0.8"])
    def test_matches_formula(self, learner, rng, shape, alpha, rho):
        """penalty and subgradient match the formula (and centred differences of the penalty)"""
        w = rng.normal(size=shape)
        inputs = describe(w=w, alpha=alpha, l1_ratio=rho)
        penalty, grad = learner.elastic_net_penalty(w, alpha, rho)
        expected_penalty, expected_grad = ref.elastic_net_penalty(w, alpha, rho)
        assert_close(as_float(penalty, "the penalty"), expected_penalty, what="the penalty", inputs=inputs,
                     rtol=1e-12, hints=penalty_hints(w, alpha, rho))
        assert_close(grad, expected_grad, what="the subgradient", inputs=inputs, rtol=1e-12,
                     hints=subgradient_hints(w, alpha, rho))
        h, flat = 1e-6, w.ravel()
        numeric = np.array([(ref.elastic_net_penalty(flat + h * e, alpha, rho)[0]
                             - ref.elastic_net_penalty(flat - h * e, alpha, rho)[0]) / (2 * h)
                            for e in np.eye(flat.size)]).reshape(shape)
        assert_close(grad, numeric, what="the gradient (analytic vs centred differences)", inputs=inputs, rtol=1e-6)

    @pytest.mark.points(1)
    def test_zero_entries_and_extremes(self, learner, rng):
        """a valid subgradient where w = 0; l1_ratio = 0 is ridge and 1 is lasso"""
        w = np.array([0.0, 1.5, 0.0, -2.0, 0.0])
        alpha, rho = 0.4, 0.5
        penalty, grad = learner.elastic_net_penalty(w, alpha, rho)
        grad = assert_shape(grad, w.shape, "the subgradient")
        assert_close(as_float(penalty, "the penalty"), ref.elastic_net_penalty(w, alpha, rho)[0], what="the penalty",
                     inputs=describe(w=w) + " with zero entries", rtol=1e-12, hints=penalty_hints(w, alpha, rho))
        zero = w == 0
        expected = ref.elastic_net_penalty(w, alpha, rho)[1]
        if not (np.all(np.abs(grad[zero]) <= alpha * rho * (1 + 1e-12))
                and np.allclose(grad[~zero], expected[~zero], rtol=1e-12, atol=0)):
            raise CheckFailed(f"not a subgradient for {describe(w=w, alpha=alpha, l1_ratio=rho)}: where w_i = 0 it must "
                              "lie in [-alpha·l1_ratio, alpha·l1_ratio], elsewhere it is the gradient")
        w = rng.normal(size=6)
        for rho, what in [(0.0, "ridge (l1_ratio = 0)"), (1.0, "lasso (l1_ratio = 1)")]:
            penalty, grad = learner.elastic_net_penalty(w, 1.5, rho)
            expected_penalty, expected_grad = ref.elastic_net_penalty(w, 1.5, rho)
            assert_close(as_float(penalty, "the penalty"), expected_penalty, what=f"the {what} penalty",
                         inputs=describe(w=w), rtol=1e-12, hints=penalty_hints(w, 1.5, rho))
            assert_close(grad, expected_grad, what=f"the {what} subgradient", inputs=describe(w=w), rtol=1e-12)

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for alpha < 0 and l1_ratio outside [0, 1]"""
        assert_learner_raises(lambda: learner.elastic_net_penalty(np.ones(3), -1.0, 0.5), "ValueError",
                              what="alpha = -1")
        assert_learner_raises(lambda: learner.elastic_net_penalty(np.ones(3), 1.0, 1.5), "ValueError",
                              what="l1_ratio = 1.5")


# -- is_convex_quadratic -----------------------------------------------------------------------------------
def with_eigenvalues(rng, values):
    """A symmetric matrix Q diag(values) Qᵀ with a random orthogonal Q."""
    Q, _ = np.linalg.qr(rng.normal(size=(len(values), len(values))))
    return (Q * np.asarray(values, dtype=float)) @ Q.T


def convex_answer(learner, H, inputs):
    value = learner.is_convex_quadratic(H)
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if not isinstance(value, (bool, np.bool_)):
        raise CheckFailed(f"is_convex_quadratic should return True or False, got {type(value).__name__} "
                          f"(for {inputs})")
    return bool(value)


def check_verdict(learner, H, what, hint=""):
    inputs = describe(H=H) + f", {what}"
    expected = ref.is_convex_quadratic(H)
    if convex_answer(learner, H, inputs) != expected:
        raise CheckFailed(f"is_convex_quadratic says {not expected} for {inputs}; the smallest eigenvalue of "
                          f"(H + Hᵀ)/2 says {expected}" + (f"\nHint: {hint}" if hint else ""))


@pytest.mark.exercise("is_convex_quadratic", banned=EIGEN_SOLVERS)
class TestIsConvexQuadratic:
    @pytest.mark.points(1)
    def test_returns_bool_and_inputs(self, learner, rng):
        """returns a bool, leaves H unchanged and raises ValueError for a non-square H"""
        H = with_eigenvalues(rng, [3.0, 1.0, 0.5, 2.0])
        value, after = learner.is_convex_quadratic.call_checking_inputs(H.copy())
        assert_unchanged((H,), after[:1], ["H"])
        convex_answer(learner, H, describe(H=H))
        assert_learner_raises(lambda: learner.is_convex_quadratic(np.ones((3, 4))), "ValueError", what="H of shape (3, 4)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("d", "kind"), [(6, "definite"), (9, "indefinite"), (4, "negative")],
                             ids=["6x6-definite", "9x9-indefinite", "4x4-negative-definite"])
    def test_matches_eigenvalues(self, learner, rng, d, kind):
        """agrees with the sign of the smallest eigenvalue (numpy.linalg.eigvalsh)"""
        values = rng.uniform(0.1, 5.0, size=d)
        if kind == "indefinite":
            values[rng.integers(d)] = -1e-3
        if kind == "negative":
            values = -values
        H = with_eigenvalues(rng, values) * 10.0 ** rng.uniform(-2, 2)
        expected = bool(np.linalg.eigvalsh((H + H.T) / 2)[0] >= 0)
        if convex_answer(learner, H, describe(H=H)) != expected:
            raise CheckFailed(f"is_convex_quadratic is wrong for {describe(H=H)}, a {kind} matrix "
                              f"(eigvalsh says convex = {expected})")

    @pytest.mark.points(1)
    def test_singular_psd(self, learner, rng):
        """singular positive semi-definite matrices are convex (Cholesky alone fails on them)"""
        hint = ("np.linalg.cholesky fails on singular PSD matrices (a zero pivot): factor S + tol·scale·I instead, "
                "with scale = max(1, max|S_ij|)")
        check_verdict(learner, np.array([[4.0, 2.0], [2.0, 1.0]]), "rank 1", hint)
        check_verdict(learner, np.zeros((3, 3)), "the zero matrix", hint)
        P = np.eye(5)[rng.permutation(5)]
        check_verdict(learner, P @ np.diag([2.0, 0.0, 1.0, 0.0, 3.0]) @ P.T, "a permuted diagonal with zeros", hint)
        check_verdict(learner, with_eigenvalues(rng, [2.0, 1.0, -1e-15, 0.5]), "eigenvalue -1e-15 (rounding noise)",
                      hint)
        check_verdict(learner, with_eigenvalues(rng, [2.0, 1.0, -1e-3, 0.5]), "eigenvalue -1e-3 (really indefinite)")

    @pytest.mark.points(1)
    def test_asymmetric(self, learner, rng):
        """an asymmetric H is judged by its symmetric part (H + Hᵀ)/2"""
        hint = ("xᵀ H x only depends on S = (H + Hᵀ)/2, and np.linalg.cholesky reads only the lower triangle: "
                "symmetrise H first")
        check_verdict(learner, np.array([[1.0, 4.0], [0.0, 1.0]]), "upper-triangular with S indefinite", hint)
        check_verdict(learner, np.array([[1.0, 0.0], [4.0, 1.0]]), "lower-triangular with S indefinite", hint)
        K = rng.normal(size=(5, 5))
        check_verdict(learner, with_eigenvalues(rng, [1.0, 2.0, 0.5, 3.0, 1.5]) + (K - K.T),
                      "positive definite plus a skew-symmetric part", hint)


# -- lagrange_equality_qp ----------------------------------------------------------------------------------
def qp_problem(rng, n, m):
    B = rng.normal(size=(n, n))
    return B @ B.T / n + np.eye(n), rng.normal(size=n), rng.normal(size=(m, n)), rng.normal(size=m)


def check_qp(learner, Q, c, A, b, expected_x, expected_lam, inputs, rtol):
    result = learner.lagrange_equality_qp(Q, c, A, b)
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed("lagrange_equality_qp should return a tuple (x, lam)")
    n, m = Q.shape[0], A.shape[0]
    x = assert_shape(result[0], (n,), "x", inputs)
    lam = assert_shape(result[1], (m,), "lam", inputs)
    wrong_rhs = np.linalg.solve(np.block([[Q, A.T], [A, np.zeros((m, m))]]), np.concatenate([c, b]))
    assert_close(x, expected_x, what="the minimiser x", inputs=inputs, rtol=rtol, hints=[
        (wrong_rhs[:n], "the right-hand side is [-c; b]: stationarity is Q x + c + Aᵀ λ = 0"),
        (np.linalg.solve(Q, -c), "this is the unconstrained minimiser: the constraints A x = b are missing"),
    ])
    if not (matches(lam, expected_lam, rtol) or matches(-lam, expected_lam, rtol)):
        raise CheckFailed(f"the multipliers lam are off for {inputs} (either overall sign convention is accepted)")


@pytest.mark.exercise("lagrange_equality_qp", banned=("scipy.optimize",))
class TestLagrangeEqualityQp:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (x (n,), lam (m,)) and leaves its inputs unchanged"""
        args = qp_problem(rng, 5, 2)
        result, after = learner.lagrange_equality_qp.call_checking_inputs(*(a.copy() for a in args))
        if not isinstance(result, tuple) or len(result) != 2:
            raise CheckFailed("lagrange_equality_qp should return a tuple (x, lam)")
        assert_shape(result[0], (5,), "x")
        assert_shape(result[1], (2,), "lam")
        assert_unchanged(args, after, ["Q", "c", "A", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "m"), [(6, 2), (11, 4), (3, 3)], ids=["n6-m2", "n11-m4", "n3-m3"])
    def test_matches_reference(self, learner, rng, n, m):
        """x and λ match the reference KKT solution"""
        Q, c, A, b = qp_problem(rng, n, m)
        x, lam = ref.lagrange_equality_qp(Q, c, A, b)
        check_qp(learner, Q, c, A, b, x, lam, describe(Q=Q, A=A), rtol=1e-8)

    @pytest.mark.points(1)
    def test_matches_scipy_optimize(self, learner, rng):
        """agrees with scipy.optimize.minimize (SLSQP) under the equality constraints"""
        Q, c, A, b = qp_problem(rng, 5, 2)
        oracle = minimize(lambda x: 0.5 * x @ Q @ x + c @ x, np.zeros(5), jac=lambda x: Q @ x + c, method="SLSQP",
                          constraints=[{"type": "eq", "fun": lambda x: A @ x - b, "jac": lambda x: A}],
                          options={"ftol": 1e-14, "maxiter": 500})
        result = learner.lagrange_equality_qp(Q, c, A, b)
        if not isinstance(result, tuple) or len(result) != 2:
            raise CheckFailed("lagrange_equality_qp should return a tuple (x, lam)")
        assert_close(result[0], oracle.x, what="the minimiser x", inputs=describe(Q=Q, A=A), rtol=1e-5)
        assert_close(A @ assert_shape(result[0], (5,), "x"), b, what="A x (feasibility)", inputs=describe(Q=Q, A=A),
                     rtol=1e-9)

    @pytest.mark.points(1)
    def test_singular_kkt(self, learner, rng):
        """raises ValueError for dependent constraints (redundant or infeasible) and for m > n"""
        Q, c, A, b = qp_problem(rng, 4, 2)
        A_dup = np.vstack([A[:1], 2 * A[:1]])
        assert_learner_raises(lambda: learner.lagrange_equality_qp(Q, c, A_dup, np.array([b[0], 2 * b[0] + 1])),
                              "ValueError", what="infeasible constraints (row 2 = 2 × row 1, inconsistent b)")
        assert_learner_raises(lambda: learner.lagrange_equality_qp(Q, c, A_dup, np.array([b[0], 2 * b[0]])),
                              "ValueError", what="redundant constraints (row 2 = 2 × row 1): λ is not unique")
        Q5, c5, A5, b5 = qp_problem(rng, 3, 4)
        assert_learner_raises(lambda: learner.lagrange_equality_qp(Q5, c5, A5, b5), "ValueError",
                              what="4 constraints on 3 variables")
