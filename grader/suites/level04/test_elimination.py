"""Hidden suite for exercises/level04/elimination.py."""

import numpy as np
import pytest

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.datasets import ill_conditioned
from mlgrade.reference.level04 import elimination as ref
from mlgrade.sandbox.faults import LearnerRaised
from mlgrade.suites.level04 import call_quietly, expect_raises

MODULE = "elimination"
EPS = np.finfo(float).eps

SOLVE_BANS = ("numpy.linalg.solve", "numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq",
              "numpy.linalg.tensorsolve", "numpy.linalg.tensorinv", "numpy.linalg.qr", "numpy.linalg.svd",
              "numpy.linalg.cholesky")
SLOGDET_BANS = ("numpy.linalg.slogdet", "numpy.linalg.det", "numpy.linalg.eig", "numpy.linalg.eigvals",
                "numpy.linalg.eigh", "numpy.linalg.eigvalsh", "numpy.linalg.svd", "numpy.linalg.qr",
                "numpy.linalg.cholesky")

ZERO_PIVOT_HINT = ("a zero pivot: when the entry on the diagonal is 0 (or tiny), swap in the row below with the "
                   "largest |entry| in that column (partial pivoting) before dividing")
TINY_PIVOT_HINT = ("a tiny entry on the diagonal calls for a row swap, not for giving up: before eliminating "
                   "column k, swap in the row with the largest |entry| in that column (partial pivoting)")
SINGULAR_HINT = ("check each pivot before dividing by it: if even the largest |entry| left in the column is 0 up "
                 "to rounding (|pivot| ≤ n·ε·max|A|), A is singular, so raise np.linalg.LinAlgError")


# -- known mistakes, computed on the judge's side -----------------------------------------------------
def eliminate(A, b, *, pivot=True, swap_b=True):
    """Gaussian elimination with optional mistakes: no pivoting, or rows of b not swapped with A's."""
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float).reshape(len(U), -1)
    n = len(U)
    with np.errstate(all="ignore"):
        for k in range(n):
            p = k + int(np.argmax(np.abs(U[k:, k]))) if pivot else k
            U[[k, p]] = U[[p, k]]
            if swap_b:
                y[[k, p]] = y[[p, k]]
            l = U[k + 1:, k] / U[k, k]
            U[k + 1:, k:] -= np.outer(l, U[k, k:])
            y[k + 1:] -= np.outer(l, y[k])
        x = np.zeros_like(y)
        for i in range(n - 1, -1, -1):
            x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(np.shape(b))


def solve_mistakes(A, b):
    return [
        (eliminate(A, b, swap_b=False), "when you swap two rows of A, swap the same two rows of b: they are "
                                        "the same equations"),
        (eliminate(A, b, pivot=False), "this is elimination without pivoting: pick the row with the largest "
                                       "|entry| in the column as the pivot row (partial pivoting)"),
        (np.linalg.solve(A.T, b), "this solves Aᵀ x = b: eliminate along the rows of A, not its columns"),
    ]


def backward_error(A, x, b):
    """Normwise backward error ‖b - A x‖∞ / (‖A‖∞ ‖x‖∞ + ‖b‖∞): how much A and b must change for x to be exact."""
    x = np.asarray(x, dtype=float).reshape(len(A), -1)
    b = np.asarray(b, dtype=float).reshape(len(A), -1)
    residual = np.max(np.abs(b - A @ x))
    scale = np.max(np.sum(np.abs(A), axis=1)) * np.max(np.abs(x)) + np.max(np.abs(b))
    return float(residual / scale)


def check_backward_error(x, A, b, inputs, *, c=10.0, hint=None):
    x = assert_shape(x, np.shape(b), "x", inputs)
    if not np.isfinite(x).all():
        raise CheckFailed(f"x contains inf or NaN for {inputs}" + (f"\nHint: {hint}" if hint else ""))
    eta = backward_error(A, x, b)
    bound = c * len(A) * EPS
    if eta > bound:
        raise CheckFailed(f"the backward error ‖b - A x‖∞ / (‖A‖∞ ‖x‖∞ + ‖b‖∞) is {eta:.2g} for {inputs}, but "
                          f"elimination with partial pivoting keeps it below c·n·ε = {bound:.1g}"
                          + (f"\nHint: {hint}" if hint else ""))


@pytest.mark.exercise("gauss_solve", banned=SOLVE_BANS)
class TestGaussSolve:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns x with the shape of b and leaves A and b unchanged"""
        A, b = rng.normal(size=(5, 5)), rng.normal(size=5)
        x, after = learner.gauss_solve.call_checking_inputs(A.copy(), b.copy())
        assert_shape(x, (5,), "x", describe(A=A, b=b))
        assert_unchanged((A, b), after, ["A", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "k"), [(4, None), (40, 3)], ids=["n4", "n40-3rhs"])
    def test_matches_reference(self, learner, rng, n, k):
        """matches the reference on well-conditioned systems (one or several right-hand sides)"""
        A = ill_conditioned(rng, n, n, 1e3) * 5.0
        b = rng.normal(size=n if k is None else (n, k))
        inputs = describe(A=A, b=b) + ", condition number 1e3"
        assert_close(learner.gauss_solve(A, b), ref.gauss_solve(A, b), what="x", inputs=inputs, rtol=1e-9,
                     hints=solve_mistakes(A, b))

    @pytest.mark.points(1)
    def test_needs_pivoting(self, learner, rng):
        """pivots: [[1e-20, 1], [1, 1]], a zero on the diagonal, and a tiny leading entry"""
        A, b = np.array([[1e-20, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0])
        inputs = "A = [[1e-20, 1], [1, 1]], b = [1, 2]"
        try:
            x = call_quietly(learner.gauss_solve, A, b, inputs=inputs, hints={"divide": ZERO_PIVOT_HINT})
        except LearnerRaised as raised:
            if not raised.is_a("LinAlgError"):
                raise
            raise CheckFailed(f"gauss_solve raised LinAlgError for {inputs}, but this matrix is invertible "
                              f"(det ≈ -1)\nHint: {TINY_PIVOT_HINT}") from None
        assert_close(x, np.array([1.0, 1.0]), what="x", inputs=inputs, rtol=1e-12, hints=[
            (eliminate(A, b, pivot=False), "dividing by the pivot 1e-20 makes multipliers of 1e20 that wipe out "
                                           "the other entries: pick the row with the largest |entry| in the "
                                           "column as the pivot (partial pivoting), not the first non-zero one"),
        ])
        A, b = np.array([[0.0, 2.0], [3.0, 1.0]]), np.array([4.0, 5.0])
        inputs = "A = [[0, 2], [3, 1]], b = [4, 5]"
        x = call_quietly(learner.gauss_solve, A, b, inputs=inputs,
                         hints={"divide": ZERO_PIVOT_HINT, "invalid": ZERO_PIVOT_HINT})
        assert_close(x, np.linalg.solve(A, b), what="x", inputs=inputs, rtol=1e-12)
        A, b = rng.normal(size=(6, 6)), rng.normal(size=6)
        A[0, 0] = 1e-15
        inputs = describe(A=A, b=b) + " with A[0, 0] = 1e-15"
        x = call_quietly(learner.gauss_solve, A, b, inputs=inputs)
        check_backward_error(x, A, b, inputs, hint="the tiny leading entry needs a row swap: without partial "
                                                   "pivoting, multipliers of 1e15 destroy the accuracy")

    @pytest.mark.points(1)
    def test_backward_stable_on_hilbert(self, learner, rng):
        """solves the ill-conditioned Hilbert(10) system with a tiny backward error (c·n·ε)"""
        n = 10
        A = 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1.0)
        b = rng.normal(size=n)
        inputs = describe(A=A, b=b) + ", A = Hilbert(10), condition number 1.6e13"
        try:
            x = call_quietly(learner.gauss_solve, A, b, inputs=inputs)
        except LearnerRaised as raised:
            if not raised.is_a("LinAlgError"):
                raise
            raise CheckFailed(f"gauss_solve raised LinAlgError for {inputs}, but the Hilbert matrix is invertible "
                              "(its smallest pivot is about 3e-12)\nHint: your singularity tolerance is too loose; "
                              "compare each pivot with n·ε·max|A| ≈ 2e-15 here") from None
        check_backward_error(x, A, b, inputs)

    @pytest.mark.points(1)
    def test_singular(self, learner, rng):
        """raises np.linalg.LinAlgError for singular matrices"""
        A = rng.normal(size=(5, 5))
        A[:, 2] = 0.0
        cases = [(np.array([[1.0, 2.0], [2.0, 4.0]]), "A = [[1, 2], [2, 4]] (singular)"),
                 (A, describe(A=A) + " whose column 2 is zero (singular)")]
        for A, what in cases:
            expect_raises(learner.gauss_solve, (A, np.ones(len(A))), ("LinAlgError",), what=what,
                          returned_hint=SINGULAR_HINT,
                          warning_hints={"divide": SINGULAR_HINT, "invalid": SINGULAR_HINT})

    @pytest.mark.points(1)
    def test_small_scale_is_not_singular(self, learner, rng):
        """a well-conditioned matrix scaled by 1e-13 is solved, not declared singular"""
        A = ill_conditioned(rng, 8, 8, 10.0) * 1e-13
        b = rng.normal(size=8) * 1e-13
        inputs = describe(A=A, b=b) + ", entries about 1e-13, condition number 10"
        try:
            x = learner.gauss_solve(A, b)
        except LearnerRaised as raised:
            if not raised.is_a("LinAlgError"):
                raise
            raise CheckFailed(f"gauss_solve raised LinAlgError for {inputs}, a perfectly invertible matrix\n"
                              "Hint: an absolute threshold such as |pivot| < 1e-10 depends on the units of A; "
                              "compare pivots with the size of A's entries instead (e.g. n·ε·max|A|)") from None
        assert_close(x, np.linalg.solve(A, b), what="x", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised elimination (n = 120)"""
        A, b = rng.normal(size=(120, 120)), rng.normal(size=120)
        speed.check(learner.gauss_solve, (A, b), max_ratio=10, inputs=describe(A=A, b=b),
                    hint="eliminate a whole column at once: with the multipliers l = U[k+1:, k] / U[k, k], one "
                         "outer product updates every row below the pivot (U[k+1:, k:] -= np.outer(l, U[k, k:])); "
                         "loops over single entries are the usual cause")


# -- slogdet_lu -----------------------------------------------------------------------------------------
OVERFLOW_HINT = ("the determinant of a 200 × 200 matrix is far beyond the float range: add up log|pivot| "
                 "instead of multiplying the pivots and taking the log at the end")
UNDERFLOW_HINT = ("the determinant of this matrix is far below the smallest float: the product of the pivots "
                  "underflows to 0 and log(0) = -inf; add up log|pivot| instead of multiplying the pivots")
LOG_ZERO_HINT = ("np.log(0) warns: if a column has no non-zero pivot, A is singular, so return (0.0, -np.inf) "
                 "right away")


def unpack_slogdet(result, inputs):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"return a tuple (sign, logabsdet), got {type(result).__name__} for {inputs}")
    return as_float(result[0], "sign"), as_float(result[1], "logabsdet")


def pivots_without_swaps_sign(A):
    """The sign a learner gets who multiplies the signs of the pivots but forgets the row swaps."""
    U = np.array(A, dtype=float)
    for k in range(len(U)):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        U[[k, p]] = U[[p, k]]
        U[k + 1:, k:] -= np.outer(U[k + 1:, k] / U[k, k], U[k, k:])
    return float(np.prod(np.sign(np.diag(U))))


def check_slogdet(result, A, inputs, *, tol=1e-10, oracle=np.linalg.slogdet):
    """Compare (sign, logabsdet) with ``oracle(A)`` (NumPy's slogdet unless told otherwise)."""
    sign, logabsdet = unpack_slogdet(result, inputs)
    expected_sign, expected_log = oracle(A)
    if sign != expected_sign:
        message = f"the sign of det A is wrong (yours is {sign:+g}) for {inputs}"
        if sign == pivots_without_swaps_sign(A) and sign == -expected_sign:
            message += ("\nHint: every row swap flips the sign of the determinant: multiply the sign by -1 for "
                        "each swap, as well as by the signs of the pivots")
        elif abs(sign - expected_log) < 1e-6 * max(1.0, abs(expected_log)):
            message += "\nHint: return (sign, logabsdet) in that order"
        raise CheckFailed(message)
    error = abs(logabsdet - expected_log)
    if not error <= tol * max(1.0, abs(expected_log)):
        message = f"log|det A| is off by {error:.2g} for {inputs}"
        if np.isfinite(expected_log) and abs(logabsdet - expected_log / np.log(10)) < 1e-6 * max(1, abs(logabsdet)):
            message += "\nHint: this is log₁₀|det A|; use the natural logarithm np.log"
        elif np.isfinite(logabsdet) and logabsdet > 0 and abs(np.log(logabsdet) - expected_log) < 1e-6:
            message += "\nHint: this is |det A| itself; return its natural logarithm"
        raise CheckFailed(message)


@pytest.mark.exercise("slogdet_lu", banned=SLOGDET_BANS)
class TestSlogdetLu:
    @pytest.mark.points(1)
    def test_returns_two_floats(self, learner, rng):
        """returns (sign, logabsdet) as two floats and leaves A unchanged"""
        A = rng.normal(size=(4, 4))
        result, (A_after,) = learner.slogdet_lu.call_checking_inputs(A.copy())
        sign, _ = unpack_slogdet(result, describe(A=A))
        if sign not in (-1.0, 1.0):
            raise CheckFailed(f"the sign should be -1.0 or 1.0 for an invertible matrix, got {sign!r}")
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [3, 30], ids=["n3", "n30"])
    def test_matches_reference_and_numpy(self, learner, rng, n):
        """matches the reference and np.linalg.slogdet on random matrices"""
        A = rng.normal(size=(n, n)) * 2.0
        result = learner.slogdet_lu(A)
        check_slogdet(result, A, describe(A=A), oracle=ref.slogdet_lu)
        check_slogdet(result, A, describe(A=A))

    @pytest.mark.points(1)
    def test_sign_from_row_swaps(self, learner, rng):
        """gets the sign right when the elimination swaps rows (permutations, negative determinants)"""
        permutation = np.eye(5)[[1, 2, 0, 4, 3]]  # a 3-cycle and a swap: odd, det = -1
        check_slogdet(learner.slogdet_lu(permutation), permutation, "A = a 5 × 5 odd permutation matrix")
        A = np.array([[0.0, 2.0], [3.0, 0.0]])
        check_slogdet(learner.slogdet_lu(A), A, "A = [[0, 2], [3, 0]] (det = -6)")
        A = rng.normal(size=(7, 7))
        A = A[np.argsort(np.abs(A[:, 0]))]  # the largest first-column entry last: pivoting must swap
        check_slogdet(learner.slogdet_lu(A), A, describe(A=A) + " (needs row swaps)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("scale", [10.0, 1e-3], ids=["det-overflows", "det-underflows"])
    def test_huge_and_tiny_determinants(self, learner, rng, scale):
        """200 × 200 matrices whose determinant over- or underflows a float"""
        A = rng.normal(size=(200, 200)) * scale
        size = "far above the largest float" if scale > 1 else "far below the smallest float"
        inputs = describe(A=A) + f", entries about {scale:g} (|det A| is {size})"
        result = call_quietly(learner.slogdet_lu, A, inputs=inputs,
                              hints={"overflow": OVERFLOW_HINT, "divide by zero": UNDERFLOW_HINT})
        check_slogdet(result, A, inputs, tol=1e-10)

    @pytest.mark.points(1)
    def test_singular(self, learner, rng):
        """returns (0.0, -inf) for singular matrices, like np.linalg.slogdet"""
        A = rng.normal(size=(6, 6))
        A[:, 3] = 0.0
        cases = [(A, describe(A=A) + " whose column 3 is zero"),
                 (np.array([[1.0, 2.0], [2.0, 4.0]]), "A = [[1, 2], [2, 4]]")]
        for A, inputs in cases:
            try:
                result = call_quietly(learner.slogdet_lu, A, inputs=inputs,
                                      hints={"divide by zero": LOG_ZERO_HINT, "invalid": LOG_ZERO_HINT})
            except LearnerRaised as raised:
                raise CheckFailed(f"slogdet_lu raised {raised.exc_name} for the singular {inputs}\nHint: det A = 0 "
                                  "is a perfectly good answer: return (0.0, -np.inf), as np.linalg.slogdet does"
                                  ) from None
            sign, logabsdet = unpack_slogdet(result, inputs)
            if sign != 0.0 or logabsdet != -np.inf:
                raise CheckFailed(f"for the singular {inputs} the result should be (0.0, -inf), got "
                                  f"({sign:g}, {logabsdet:g})\nHint: {LOG_ZERO_HINT}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised LU factorisation (n = 120)"""
        A = rng.normal(size=(120, 120))
        speed.check(learner.slogdet_lu, (A,), max_ratio=10, inputs=describe(A=A),
                    hint="eliminate a whole column at once with one outer product per pivot "
                         "(U[k+1:, k:] -= np.outer(l, U[k, k:])); loops over single entries are the usual cause")
