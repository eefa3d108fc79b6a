"""Hidden suite for exercises/level04/decompositions.py."""

import numpy as np
import pytest

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_finite,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.datasets import ratings_like
from mlgrade.reference.level04 import decompositions as ref
from mlgrade.sandbox.faults import LearnerRaised
from mlgrade.suites.level04 import call_quietly, expect_raises

MODULE = "decompositions"
EIG_BANS = ("numpy.linalg.eig", "numpy.linalg.eigh", "numpy.linalg.eigvals", "numpy.linalg.eigvalsh")


def hilbert(n):
    """The Hilbert matrix H_ij = 1 / (i + j + 1): famously ill-conditioned (κ(H₁₀) ≈ 1.6e13)."""
    return 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1.0)


def dependent_columns(rng, m, n):
    """A random (m, n) matrix whose column 3 is column 0 plus twice column 1 (rank n - 1)."""
    A = rng.normal(size=(m, n))
    A[:, 3] = A[:, 0] + 2.0 * A[:, 1]
    return A


# -- QR checks shared by both algorithms --------------------------------------------------------------
def unpack_qr(result, A, inputs):
    m, n = A.shape
    k = min(m, n)
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"return a tuple (Q, R), got {type(result).__name__} for {inputs}")
    Q, R = result
    if isinstance(Q, np.ndarray) and Q.shape == (m, m) and m > k:
        raise CheckFailed(f"Q should have shape ({m}, {k}) but has shape {Q.shape} (for {inputs})\nHint: return "
                          "the reduced QR, with only the first min(m, n) columns of Q and rows of R")
    Q = assert_finite(assert_shape(Q, (m, k), "Q", inputs), "Q", inputs)
    R = assert_finite(assert_shape(R, (k, n), "R", inputs), "R", inputs)
    return Q, R


def check_qr_properties(Q, R, A, inputs, *, orthogonality=1e-13, orthogonality_hint=None):
    """QᵀQ = I, R upper triangular, QR = A, each with a message naming the property."""
    scale = max(float(np.max(np.abs(A))), np.finfo(float).tiny)
    below = float(np.max(np.abs(np.tril(R, -1)), initial=0.0)) / scale
    if below > 1e-13:
        hint = ("in exact arithmetic they are 0: set the rounding noise there to 0 (np.triu)" if below < 1e-8 else
                "R[i, j] = q_i · a_j is only non-zero for i ≤ j: check that each step maps its column onto a "
                "multiple of e₁ and that you did not return Rᵀ")
        raise CheckFailed(f"R should be upper triangular, but has entries up to {below:.2g}·max|A| below the "
                          f"diagonal for {inputs}\nHint: {hint}")
    error = float(np.max(np.abs(Q @ R - A), initial=0.0)) / scale
    if error > 1e-13:
        raise CheckFailed(f"Q R should equal A, but differs from it by {error:.2g}·max|A| for {inputs}")
    loss = float(np.max(np.abs(Q.T @ Q - np.eye(Q.shape[1])), initial=0.0))
    if loss > orthogonality:
        raise CheckFailed(f"the columns of Q should be orthonormal (QᵀQ = I), but QᵀQ is off by {loss:.2g} "
                          f"(allowed {orthogonality:.0e}) for {inputs}"
                          + (f"\nHint: {orthogonality_hint}" if orthogonality_hint else ""))


def align_qr(Q, R, Q_expected):
    """Flip the sign of each column of Q (and row of R) to match Q_expected: QR is unique up to these."""
    signs = np.sign(np.sum(Q * Q_expected, axis=0))
    signs[signs == 0] = 1.0
    return Q * signs, R * signs[:, None]


def reference_qr(A):
    """np.linalg.qr (reduced) with R's diagonal made non-negative: the unique QR of a full-rank A."""
    Q, R = np.linalg.qr(A)
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, R * signs[:, None]


# -- qr_householder ---------------------------------------------------------------------------------------
SIGN_ZERO_HINT = ("np.sign(0) is 0, so with x₀ = 0 your v is x itself and H x = -x, not a multiple of e₁: use "
                  "np.copysign(‖x‖, x₀), which treats 0 as positive")
ZERO_V_HINT = ("v came out as 0 and could not be normalised: with v = x - ‖x‖e₁ that happens whenever x already "
               "points along +e₁ (a 1-entry column, for one); v = x + sign(x₀)‖x‖e₁ is only 0 when x = 0, and then "
               "there is nothing to reflect")
QR_WARNING_HINTS = {"invalid": ZERO_V_HINT, "divide": ZERO_V_HINT}
CANCELLATION_HINT = ("when x is almost a positive multiple of e₁, v = x - ‖x‖e₁ subtracts two nearly equal numbers "
                     "and loses every digit: use v = x + sign(x₀)‖x‖e₁, which adds numbers of the same sign")


@pytest.mark.exercise("qr_householder", banned=("numpy.linalg.qr",))
class TestQrHouseholder:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns Q (m, k) and R (k, n) with k = min(m, n), and leaves A unchanged"""
        A = rng.normal(size=(6, 4))
        result, (A_after,) = learner.qr_householder.call_checking_inputs(A.copy())
        unpack_qr(result, A, describe(A=A))
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(30, 12), (5, 9)], ids=["30x12", "5x9-wide"])
    def test_matches_numpy_qr(self, learner, rng, shape):
        """QᵀQ = I, R upper triangular, QR = A, and Q, R match np.linalg.qr up to signs"""
        A = rng.normal(size=shape)
        inputs = describe(A=A)
        result = call_quietly(learner.qr_householder, A, inputs=inputs, hints=QR_WARNING_HINTS)
        Q, R = unpack_qr(result, A, inputs)
        check_qr_properties(Q, R, A, inputs)
        Q_expected, R_expected = reference_qr(A)
        Q, R = align_qr(Q, R, Q_expected)
        assert_close(Q, Q_expected, what="Q (up to the sign of each column)", inputs=inputs, rtol=1e-10)
        assert_close(R, R_expected, what="R (up to the sign of each row)", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    def test_hilbert(self, learner):
        """stays orthogonal on the ill-conditioned Hilbert(10) matrix (κ ≈ 1.6e13)"""
        A = hilbert(10)
        inputs = "A = Hilbert(10)"
        Q, R = unpack_qr(call_quietly(learner.qr_householder, A, inputs=inputs, hints=QR_WARNING_HINTS), A, inputs)
        check_qr_properties(Q, R, A, inputs, orthogonality_hint=(
            "reflections are exactly orthogonal, whatever the conditioning of A: build Q only from the "
            "Householder vectors (Q = H₀ H₁ … applied to the identity), never by projecting columns of A"))

    @pytest.mark.points(1)
    def test_rank_deficient(self, learner, rng):
        """works for rank-deficient A (a dependent column and a zero column)"""
        A = dependent_columns(rng, 8, 5)
        A[:, 4] = 0.0
        inputs = describe(A=A) + " with column 3 = column 0 + 2·column 1 and column 4 zero"
        hint = ("a column that is already zero below the diagonal has ‖x‖ = 0, and v = 0 cannot be "
                "normalised: skip that reflection (H = I)")
        result = call_quietly(learner.qr_householder, A, inputs=inputs, hints={"invalid": hint, "divide": hint})
        Q, R = unpack_qr(result, A, inputs)
        check_qr_properties(Q, R, A, inputs)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("case", ["zero-x0", "x-along-e1"])
    def test_reflection_sign(self, learner, rng, case):
        """chooses the reflection's sign safely: x₀ = 0, and x almost along e₁ (cancellation)"""
        A = rng.normal(size=(6, 4))
        if case == "zero-x0":
            A[0, 0] = 0.0
            inputs, hint = describe(A=A) + " with A[0, 0] = 0", SIGN_ZERO_HINT
        else:
            A[:, 0] = 1e-9 * rng.normal(size=6)
            A[0, 0] = 1.0
            inputs, hint = describe(A=A) + " whose first column is (1, ~1e-9, …)", CANCELLATION_HINT
        result = call_quietly(learner.qr_householder, A, inputs=inputs, hints={"invalid": hint, "divide": hint})
        Q, R = unpack_qr(result, A, inputs)
        try:
            check_qr_properties(Q, R, A, inputs)
        except CheckFailed as failed:
            raise CheckFailed(f"{failed}\nHint: {hint}") from None

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised Householder QR (200 × 100)"""
        A = rng.normal(size=(200, 100))
        speed.check(learner.qr_householder, (A,), max_ratio=10, inputs=describe(A=A),
                    hint="apply each reflection to the whole trailing block at once, X -= 2 v (vᵀ X) (an outer "
                         "product), instead of column by column or entry by entry, and never form the m × m "
                         "matrix H")


# -- gram_schmidt ---------------------------------------------------------------------------------------
DEPENDENT_HINT = ("a dependent column leaves only rounding noise (about 1e-16·‖a_j‖) after the projections, not an "
                  "exact 0: compare ‖v‖ with a tolerance relative to ‖a_j‖ (e.g. m·ε·‖a_j‖) and raise "
                  "np.linalg.LinAlgError")


CLASSICAL_HINT = ("classical Gram–Schmidt projects the *original* column on all the q's at once and loses "
            "orthogonality on ill-conditioned matrices; subtract each projection from the *updated* column "
            "(modified Gram–Schmidt)")


@pytest.mark.exercise("gram_schmidt", banned=("numpy.linalg.qr",))
class TestGramSchmidt:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns Q (m, n) and R (n, n), and leaves A unchanged"""
        A = rng.normal(size=(6, 4))
        result, (A_after,) = learner.gram_schmidt.call_checking_inputs(A.copy())
        unpack_qr(result, A, describe(A=A))
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(7, 4), (30, 12)], ids=["7x4", "30x12"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the unique QR with a positive diagonal of R"""
        A = rng.normal(size=shape)
        inputs = describe(A=A)
        Q, R = unpack_qr(learner.gram_schmidt(A), A, inputs)
        Q_expected, R_expected = ref.gram_schmidt(A)
        signs = np.where(np.sum(Q * Q_expected, axis=0) < 0, -1.0, 1.0)
        hints = []
        if (signs < 0).any():
            hints.append((R_expected * signs[:, None], "R matches up to the signs of its rows: Gram–Schmidt divides "
                                                       "by ‖v‖ > 0, so the diagonal of R is positive"))
        assert_close(R, R_expected, what="R", inputs=inputs, rtol=1e-10, hints=hints + [
            (R_expected.T, "this is Rᵀ: R is upper triangular, R[i, j] = q_i · a_j for i ≤ j"),
        ])
        assert_close(Q, Q_expected, what="Q", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    def test_properties_on_ratings(self, learner, rng):
        """QᵀQ = I, R upper triangular with a positive diagonal, QR = A on a ratings matrix"""
        A = ratings_like(rng, 50, 8)
        inputs = describe(A=A) + ", ratings-like"
        Q, R = unpack_qr(learner.gram_schmidt(A), A, inputs)
        check_qr_properties(Q, R, A, inputs, orthogonality=1e-12)
        if not np.all(np.diag(R) > 0):
            raise CheckFailed(f"the diagonal of R should be positive (R_jj = ‖v_j‖) for {inputs}")

    @pytest.mark.points(1)
    def test_hilbert_modified(self, learner):
        """modified Gram–Schmidt: on Hilbert(10), QR = A and QᵀQ stays within 1e-2 of I"""
        A = hilbert(10)
        inputs = "A = Hilbert(10) (κ ≈ 1.6e13)"
        try:
            result = learner.gram_schmidt(A)
        except LearnerRaised as raised:
            if not raised.is_a("LinAlgError", "ValueError"):
                raise
            raise CheckFailed(f"gram_schmidt raised {raised.exc_name} for {inputs}, whose columns are independent "
                              "(the smallest R_jj / ‖a_j‖ is about 7e-12)\nHint: your tolerance for dependent "
                              "columns is too loose; use one near m·ε relative to ‖a_j‖") from None
        Q, R = unpack_qr(result, A, inputs)
        check_qr_properties(Q, R, A, inputs, orthogonality=1e-2, orthogonality_hint=CLASSICAL_HINT)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("case", ["dependent-column", "zero-column"])
    def test_dependent_columns(self, learner, rng, case):
        """raises np.linalg.LinAlgError when the columns are linearly dependent"""
        if case == "zero-column":
            A = rng.normal(size=(20, 6))
            A[:, 2] = 0.0
            what = describe(A=A) + " whose column 2 is zero"
        else:
            A = dependent_columns(rng, 20, 6)
            what = describe(A=A) + " whose column 3 is column 0 + 2·column 1"
        expect_raises(learner.gram_schmidt, (A,), ("LinAlgError",), what=what, returned_hint=DEPENDENT_HINT,
                      warning_hints={"invalid": DEPENDENT_HINT, "divide": DEPENDENT_HINT})


# -- power_iteration ------------------------------------------------------------------------------------
def symmetric_with_spectrum(rng, eigenvalues):
    """A symmetric matrix with the given eigenvalues; returns it and the eigenvector of eigenvalues[0]."""
    n = len(eigenvalues)
    Q = np.linalg.qr(rng.normal(size=(n, n)))[0]
    A = (Q * eigenvalues) @ Q.T
    return (A + A.T) / 2.0, Q[:, 0]


def spectrum(rng, n, dominant, rest=0.7):
    """Eigenvalues: ``dominant`` first, the others uniform in ±rest·|dominant| (gap ratio ≤ rest)."""
    return np.concatenate([[dominant], rng.uniform(-rest, rest, size=n - 1) * abs(dominant)])


NOT_CONVERGED_HINT = ("v is close but has not converged: stop on the residual, ‖A v - λ v‖ ≤ tol·‖A v‖. λ settles "
                      "about twice as fast as v, so 'λ stopped changing' stops too early")
NON_CONVERGENCE_HINT = ("when λ < 0 the iterate flips sign at every step, so 'v stopped changing' never happens: "
                        "test convergence with the residual ‖A v - λ v‖ (or compare v up to sign)")


def unpack_eigenpair(result, n, inputs):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"return a tuple (eigenvalue, v), got {type(result).__name__} for {inputs}")
    eigenvalue = as_float(result[0], "the eigenvalue")
    v = assert_finite(assert_shape(result[1], (n,), "the eigenvector v", inputs), "v", inputs).astype(float)
    norm = float(np.linalg.norm(v))
    if abs(norm - 1.0) > 1e-10:
        raise CheckFailed(f"v should be a unit vector, but ‖v‖ = {norm:.6g} for {inputs}")
    return eigenvalue, v


def check_eigenpair(result, A, expected_value, expected_vector, inputs):
    """The eigenvalue to 1e-7, v parallel to the reference up to sign, and a small residual ‖Av − λv‖."""
    eigenvalue, v = unpack_eigenpair(result, len(A), inputs)
    if abs(eigenvalue - expected_value) > 1e-7 * abs(expected_value):
        message = f"the dominant eigenvalue is off by {abs(eigenvalue - expected_value):.2g} for {inputs}"
        if abs(eigenvalue + expected_value) <= 1e-7 * abs(expected_value):
            message += ("\nHint: your eigenvalue has the wrong sign: ‖A v‖ is |λ|; the Rayleigh quotient vᵀ A v "
                        "(with ‖v‖ = 1) keeps the sign")
        raise CheckFailed(message)
    u = expected_vector / np.linalg.norm(expected_vector)
    sine = float(np.sqrt(max(0.0, 1.0 - float(v @ u) ** 2)))
    if sine > 1e-5:
        message = (f"v is not the dominant eigenvector: the sine of its angle to it is {sine:.2g} "
                   f"(v and -v are both fine) for {inputs}")
        if sine < 1e-2:
            message += f"\nHint: {NOT_CONVERGED_HINT}"
        raise CheckFailed(message)
    residual = float(np.linalg.norm(A @ v - eigenvalue * v))
    if residual > 1e-6 * abs(expected_value):
        raise CheckFailed(f"the residual ‖A v - λ v‖ = {residual:.2g} is too large (allowed 1e-6·|λ|) for {inputs}"
                          + (f"\nHint: {NOT_CONVERGED_HINT}" if residual < 1e-2 * abs(expected_value) else ""))


@pytest.mark.exercise("power_iteration", banned=EIG_BANS)
class TestPowerIteration:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (eigenvalue, v) with a float and a unit vector of shape (n,), and leaves A unchanged"""
        A, _ = symmetric_with_spectrum(rng, spectrum(rng, 5, 4.0))
        result, after = learner.power_iteration.call_checking_inputs(A.copy())
        unpack_eigenpair(result, 5, describe(A=A))
        assert_unchanged((A,), after, ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [6, 40], ids=["n6", "n40"])
    def test_symmetric(self, learner, rng, n):
        """finds the dominant eigenpair of symmetric matrices (v up to sign)"""
        A, _ = symmetric_with_spectrum(rng, spectrum(rng, n, float(rng.uniform(2, 10))))
        values, vectors = np.linalg.eigh(A)
        top = int(np.argmax(np.abs(values)))
        check_eigenpair(learner.power_iteration(A), A, values[top], vectors[:, top],
                        describe(A=A) + ", symmetric, |λ₂/λ₁| ≤ 0.7")

    @pytest.mark.points(1)
    def test_negative_dominant(self, learner, rng):
        """finds a negative dominant eigenvalue, with its sign"""
        A, u = symmetric_with_spectrum(rng, spectrum(rng, 12, -8.0))
        inputs = describe(A=A) + ", symmetric, with a negative dominant eigenvalue"
        try:
            result = learner.power_iteration(A)
        except LearnerRaised as raised:
            if not raised.is_a("LinAlgError", "RuntimeError"):
                raise
            raise CheckFailed(f"power_iteration raised {raised.exc_name} ({raised.exc_message}) for {inputs}\n"
                              f"Hint: {NON_CONVERGENCE_HINT}") from None
        check_eigenpair(result, A, -8.0, u, inputs)

    @pytest.mark.points(1)
    def test_not_symmetric(self, learner, rng):
        """finds the dominant eigenpair of a non-symmetric matrix with real eigenvalues (like np.linalg.eig)"""
        n = 8
        V = np.eye(n) + 0.3 * rng.normal(size=(n, n))
        values = spectrum(rng, n, 6.0, rest=0.6)
        A = (V * values) @ np.linalg.inv(V)
        oracle_values, oracle_vectors = np.linalg.eig(A)
        top = int(np.argmax(np.abs(oracle_values)))
        check_eigenpair(learner.power_iteration(A), A, float(oracle_values[top].real),
                        oracle_vectors[:, top].real, describe(A=A) + ", not symmetric, real eigenvalues")

    @pytest.mark.points(1)
    def test_no_dominant_eigenvalue(self, learner):
        """raises np.linalg.LinAlgError after max_iter steps when there is no dominant eigenvalue"""
        A = np.array([[0.0, -1.0], [1.0, 0.0]])  # rotation by 90°: eigenvalues ±i, every v keeps turning
        expect_raises(learner.power_iteration, (A,), ("LinAlgError",), kwargs={"max_iter": 500},
                      what="A = [[0, -1], [1, 0]] (a 90° rotation, eigenvalues ±i), max_iter = 500",
                      returned_hint="when max_iter steps pass without convergence, raise np.linalg.LinAlgError "
                                    "instead of returning a vector that is not an eigenvector; judge convergence "
                                    "by the residual ‖A v - λ v‖ (here vᵀ A v = 0 never changes, yet no v is an "
                                    "eigenvector)")
