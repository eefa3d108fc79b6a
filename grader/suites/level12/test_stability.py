"""Hidden suite for exercises/level12/stability.py."""

from functools import partial

import numpy as np
import pytest
import scipy.linalg
import scipy.special

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level12 import stability as ref
from mlgrade.suites.level12 import assert_close_with_infinities

MODULE = "stability"
# Speed inputs stay under 128 KiB: larger temporaries are mmapped afresh by malloc on every call in one
# worker and not in another (depending on its history), which skews the learner/reference ratio up to 2×.
SPEED_CASES = [((2600, 6), 1), ((6, 2600), 0)]
SPEED_IDS = ["2600x6-axis1", "6x2600-axis0"]


# -- data ------------------------------------------------------------------------------------------
def logits(rng, shape, scale=4.0):
    """Random logits of order ``scale`` (no entry is special)."""
    return rng.normal(scale=scale, size=shape)


def mixed_scale_batch(rng, n_classes=5):
    """Rows of logits around very different offsets (0, ±800, ±1000, 1e4, -1e5) in one batch."""
    offsets = np.array([0.0, 1000.0, -1000.0, 800.0, -800.0, 1e4, -1e5])
    return offsets[:, None] + rng.normal(scale=3.0, size=(len(offsets), n_classes))


def axis_id(shape, axis):
    return "x".join(map(str, shape)) + f"-axis{axis}"


# -- known mistakes, computed on the judge's side ------------------------------------------------
def axis_length(a, axis):
    return a.size if axis is None else a.shape[axis]


OVERFLOW_HINT = ("np.exp overflows for large entries (e^710 is inf): subtract the maximum first, "
                 "log Σ e^{a_i} = m + log Σ e^{a_i - m}, so every exponent is ≤ 0")
GLOBAL_MAX_HINT = ("subtract the maximum of each slice (np.max(a, axis=axis, keepdims=True)), not the maximum "
                   "of the whole array: a row far below the global maximum underflows to log(0)")
LSE_HINTS = {"overflow": OVERFLOW_HINT, "divide by zero": GLOBAL_MAX_HINT, "invalid value": GLOBAL_MAX_HINT}
ALL_NEG_INF_HINTS = {
    "invalid value": ("a slice of only -inf has maximum -inf, and -inf - (-inf) is NaN: shift such slices by 0 "
                      "instead (np.where(np.isfinite(m), m, 0)); their sum is then 0"),
    "divide by zero": ("log(0) = -inf is the right answer for a slice of only -inf: compute the log inside "
                       "np.errstate(divide=\"ignore\")"),
}
SOFTMAX_OVERFLOW_HINT = ("np.exp overflows for logits near 1000 and inf / inf is NaN: subtract each slice's maximum "
                         "first (softmax(z) = softmax(z - max z)), so every exponent is ≤ 0")
SOFTMAX_GLOBAL_MAX_HINT = ("subtract the maximum of each slice (keepdims=True), not the maximum of the whole batch: "
                           "a row far below the global maximum underflows to 0 / 0")
SOFTMAX_HINTS = {"overflow": SOFTMAX_OVERFLOW_HINT, "invalid value": SOFTMAX_GLOBAL_MAX_HINT,
                 "divide by zero": SOFTMAX_GLOBAL_MAX_HINT}

call_quietly = partial(checks.call_quietly, default_hints=LSE_HINTS)


def lse_hints(a, axis):
    expected = scipy.special.logsumexp(a, axis=axis)
    top = np.max(a, axis=axis)
    return [
        (expected - np.log(axis_length(a, axis)), "this is the log of the mean of e^{a}; log-sum-exp sums "
                                                  "(do not divide by the number of terms)"),
        (expected - top, "you forgot to add the maximum back: log Σ e^{a_i} = m + log Σ e^{a_i - m}"),
        (top, "this is just the maximum; add log Σ e^{a_i - m}"),
    ]


def softmax_hints(z, axis):
    hints = []
    for other in range(z.ndim):
        if axis is not None and other != axis % z.ndim:
            hints.append((scipy.special.softmax(z, axis=other), f"you normalised along axis {other}; the entries "
                          f"should sum to 1 along axis {axis}"))
    e = np.exp(z - z.max())
    hints.append((e / e.sum(), "divide each slice by its own sum, not by the sum of the whole array"))
    hints.append((np.exp(z - np.max(z, axis=axis, keepdims=True)), "the slices do not sum to 1: divide by "
                  "the sum along the axis"))
    return hints


# -- logsumexp -----------------------------------------------------------------------------------
@pytest.mark.exercise("logsumexp", banned=("numpy.logaddexp", "numpy.logaddexp2"))
class TestLogsumexp:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns the shape of a with the axis removed (a float for axis=None) and leaves a unchanged"""
        a = logits(rng, (20, 5))
        for axis, shape in ((1, (20,)), (0, (5,)), (-1, (20,))):
            out, (a_after, _) = call_quietly(learner.logsumexp, a.copy(), axis, inputs=describe(a=a, axis=axis),
                                             checking_inputs=True)
            assert_shape(out, shape, f"logsumexp(a, axis={axis})", describe(a=a, axis=axis))
            assert_unchanged((a,), (a_after,), ["a"])
        as_float(call_quietly(learner.logsumexp, a, None, inputs=describe(a=a, axis=None)),
                 "logsumexp(a, axis=None)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "axis"), [((50, 7), 1), ((13, 30), 0), ((4, 5, 6), 1)],
                             ids=[axis_id((50, 7), 1), axis_id((13, 30), 0), axis_id((4, 5, 6), 1)])
    def test_matches_reference(self, learner, rng, shape, axis):
        """matches the reference on random logits"""
        a = logits(rng, shape)
        inputs = describe(a=a, axis=axis)
        assert_close(call_quietly(learner.logsumexp, a, axis, inputs=inputs), ref.logsumexp(a, axis),
                     what="logsumexp", inputs=inputs, rtol=1e-12, hints=lse_hints(a, axis))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.special.logsumexp, for one axis and for all entries (axis=None)"""
        a = logits(rng, (30, 11), scale=20.0)
        for axis in (-1, None):
            inputs = describe(a=a, axis=axis)
            assert_close(call_quietly(learner.logsumexp, a, axis, inputs=inputs),
                         scipy.special.logsumexp(a, axis=axis), what="logsumexp", inputs=inputs, rtol=1e-12,
                         hints=lse_hints(a, axis))

    @pytest.mark.points(1)
    def test_huge_and_mixed_scales(self, learner, rng):
        """stays finite and exact for [1000, 1000] and for rows of very different scale (±1000, 1e4, -1e5)"""
        pair = np.array([1000.0, 1000.0])
        inputs = describe(a=pair) + " = [1000, 1000]"
        assert_close(as_float(call_quietly(learner.logsumexp, pair, None, inputs=inputs), "logsumexp([1000, 1000])"),
                     1000.0 + np.log(2.0), what="logsumexp([1000, 1000])", inputs=inputs, rtol=1e-14)
        a = mixed_scale_batch(rng)
        inputs = describe(a=a, axis=1) + ", rows around 0, ±800, ±1000, 1e4 and -1e5"
        out = call_quietly(learner.logsumexp, a, 1, inputs=inputs)
        assert_close_with_infinities(out, scipy.special.logsumexp(a, axis=1), what="logsumexp", inputs=inputs,
                                     rtol=1e-13, hints=[("inf", GLOBAL_MAX_HINT)] + lse_hints(a, 1))

    @pytest.mark.points(1)
    def test_all_minus_infinity(self, learner, rng):
        """a slice of only -inf gives -inf, with no warning; -inf entries elsewhere contribute 0"""
        a = logits(rng, (5, 4))
        a[1] = -np.inf
        a[3, :2] = -np.inf
        a[4] = -np.inf
        inputs = describe(a=a, axis=1) + " with rows 1 and 4 all -inf"
        out = call_quietly(learner.logsumexp, a, 1, inputs=inputs, hints=ALL_NEG_INF_HINTS)
        assert_close_with_infinities(out, scipy.special.logsumexp(a, axis=1), what="logsumexp", inputs=inputs,
                                     rtol=1e-13)
        flat = np.full(3, -np.inf)
        inputs = describe(a=flat) + " all -inf"
        out = call_quietly(learner.logsumexp, flat, None, inputs=inputs, hints=ALL_NEG_INF_HINTS)
        if as_float(out, "logsumexp(a, axis=None)") != -np.inf:
            raise CheckFailed(f"logsumexp of an array of only -inf should be -inf (log 0), but it is "
                              f"{as_float(out, 'logsumexp'):g} (for {inputs})")

    @pytest.mark.points(0.5)
    @pytest.mark.speed
    @pytest.mark.parametrize(("shape", "axis"), SPEED_CASES, ids=SPEED_IDS)
    def test_speed(self, learner, speed, rng, shape, axis):
        """as fast as a vectorised implementation"""
        a = logits(rng, shape)
        speed.check(learner.logsumexp, (a, axis), max_ratio=8, inputs=describe(a=a, axis=axis),
                    hint="one np.max, one np.exp and one np.sum along the axis do every slice at once; a Python "
                         "loop over the slices (or np.apply_along_axis) is the usual cause")


# -- softmax -------------------------------------------------------------------------------------
@pytest.mark.exercise("softmax")
class TestSoftmax:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array of the shape of z whose slices sum to 1, and leaves z unchanged"""
        z = logits(rng, (20, 5))
        inputs = describe(z=z, axis=1)
        p, (z_after, _) = call_quietly(learner.softmax, z.copy(), 1, inputs=inputs, hints=SOFTMAX_HINTS,
                                       checking_inputs=True)
        p = assert_shape(p, z.shape, "softmax(z)", inputs)
        assert_unchanged((z,), (z_after,), ["z"])
        assert_close(np.sum(p, axis=1), np.ones(20), what="the row sums of softmax(z, axis=1)", inputs=inputs,
                     rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "axis"), [((50, 7), -1), ((13, 30), 0), ((4, 5, 6), 1)],
                             ids=[axis_id((50, 7), -1), axis_id((13, 30), 0), axis_id((4, 5, 6), 1)])
    def test_matches_reference(self, learner, rng, shape, axis):
        """matches the reference on random logits"""
        z = logits(rng, shape)
        inputs = describe(z=z, axis=axis)
        assert_close(call_quietly(learner.softmax, z, axis, inputs=inputs, hints=SOFTMAX_HINTS),
                     ref.softmax(z, axis), what="softmax", inputs=inputs, rtol=1e-12, hints=softmax_hints(z, axis))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.special.softmax, for one axis and for the whole array (axis=None)"""
        z = logits(rng, (30, 11), scale=10.0)
        for axis in (1, None):
            inputs = describe(z=z, axis=axis)
            assert_close(call_quietly(learner.softmax, z, axis, inputs=inputs, hints=SOFTMAX_HINTS),
                         scipy.special.softmax(z, axis=axis), what="softmax", inputs=inputs, rtol=1e-12,
                         hints=softmax_hints(z, axis))

    @pytest.mark.points(1)
    def test_mixed_scales(self, learner, rng):
        """exact for a batch whose rows have very different scales (±800, ±1000, 1e4, -1e5)"""
        z = mixed_scale_batch(rng, n_classes=6)
        inputs = describe(z=z, axis=1) + ", rows around 0, ±800, ±1000, 1e4 and -1e5"
        p = call_quietly(learner.softmax, z, 1, inputs=inputs, hints=SOFTMAX_HINTS)
        expected = scipy.special.softmax(z, axis=1)
        p = assert_shape(p, z.shape, "softmax", inputs)
        checks.assert_finite(p, "softmax", inputs)
        # exp(z - logsumexp(z)) is a valid route whose relative error is about |z| · eps (2e-11 for
        # logits near 1e5), so allow 1e-9 here.
        for row in range(z.shape[0]):
            assert_close(p[row], expected[row], what=f"softmax row {row} (logits around {z[row].mean():.0f})",
                         inputs=inputs, rtol=1e-9, hints=[
                             (np.zeros(z.shape[1]), SOFTMAX_GLOBAL_MAX_HINT),
                         ])

    @pytest.mark.points(0.5)
    @pytest.mark.speed
    @pytest.mark.parametrize(("shape", "axis"), SPEED_CASES, ids=SPEED_IDS)
    def test_speed(self, learner, speed, rng, shape, axis):
        """as fast as a vectorised implementation"""
        z = logits(rng, shape)
        speed.check(learner.softmax, (z, axis), max_ratio=8, inputs=describe(z=z, axis=axis),
                    hint="np.exp of the shifted logits and one np.sum along the axis (keepdims=True) do every slice "
                         "at once; a Python loop over the slices (or np.apply_along_axis) is the usual cause")


# -- condition_number ----------------------------------------------------------------------------
def scaled_matrix(rng, m, n, decades=3.0):
    """A random m × n matrix with singular values spread over ``decades`` orders of magnitude."""
    k = min(m, n)
    U = np.linalg.qr(rng.normal(size=(m, k)))[0]
    V = np.linalg.qr(rng.normal(size=(n, k)))[0]
    s = np.logspace(0, -decades, k) * rng.uniform(0.5, 2.0)
    return (U * s) @ V.T


def cond_hints(A):
    s = np.linalg.svd(A, compute_uv=False)
    hints = [(s[-1] / s[0], "this is σ_min / σ_max, the reciprocal: κ = σ_max / σ_min")]
    if A.shape[0] == A.shape[1]:
        hints.append((np.linalg.norm(A) * np.linalg.norm(np.linalg.inv(A)),
                      "this is the Frobenius-norm condition number (np.linalg.norm(A) is the Frobenius norm); "
                      "κ₂ = σ_max / σ_min uses the singular values"))
        eig = np.abs(np.linalg.eigvals(A))
        hints.append((eig.max() / eig.min(), "this is the ratio of the eigenvalues' moduli; for a non-symmetric "
                      "matrix the singular values (np.linalg.svd) differ from the eigenvalues"))
    hints.append((s[0] ** 2 / s[-1] ** 2, "this is κ(A)², the condition number of Aᵀ A: take the square root, "
                  "or better, the SVD of A itself"))
    return hints


SINGULAR_HINTS = {
    "divide by zero": "σ_min is exactly 0 for a singular matrix: test for it and return np.inf instead of dividing",
    "invalid value": "for the zero matrix σ_max = σ_min = 0 and 0 / 0 is NaN: test σ_min == 0 and return np.inf",
}
SQUARED_HINT = ("your value is far smaller than κ ≈ 1.7e16: going through Aᵀ A squares κ to ~1e32, far beyond "
                "the 16 digits of a float, so its small eigenvalues are rounding noise. Take the singular values "
                "of A itself (np.linalg.svd(A, compute_uv=False))")


@pytest.mark.exercise("condition_number", banned=("numpy.linalg.cond",))
class TestConditionNumber:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves A unchanged"""
        A = scaled_matrix(rng, 6, 6)
        kappa, (A_after,) = call_quietly(learner.condition_number, A.copy(), inputs=describe(A=A),
                                         hints=SINGULAR_HINTS, checking_inputs=True)
        as_float(kappa, "the condition number")
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(7, 7), (30, 12), (12, 30)], ids=["7x7", "30x12", "12x30"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on square, tall and wide matrices"""
        A = scaled_matrix(rng, *shape)
        inputs = describe(A=A)
        kappa = as_float(call_quietly(learner.condition_number, A, inputs=inputs, hints=SINGULAR_HINTS),
                         "the condition number")
        assert_close(kappa, ref.condition_number(A), what="the condition number", inputs=inputs, rtol=1e-8,
                     hints=cond_hints(A))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.linalg.cond on a non-symmetric square matrix"""
        A = rng.normal(size=(9, 9))
        inputs = describe(A=A)
        kappa = as_float(call_quietly(learner.condition_number, A, inputs=inputs, hints=SINGULAR_HINTS),
                         "the condition number")
        assert_close(kappa, np.linalg.cond(A), what="the condition number", inputs=inputs, rtol=1e-8,
                     hints=cond_hints(A))

    @pytest.mark.points(1)
    def test_singular(self, learner, rng):
        """returns inf, with no warning, for singular matrices (a zero column, a zero singular value, all zeros)"""
        cases = [
            (np.hstack([rng.normal(size=(5, 2)), np.zeros((5, 1))]), "a 5×3 matrix whose last column is 0"),
            (np.diag([2.0, 1.0, 0.0, 3.0]), "diag(2, 1, 0, 3)"),
            (np.zeros((3, 3)), "the 3×3 zero matrix"),
        ]
        for A, name in cases:
            inputs = describe(A=A) + f" ({name})"
            kappa = as_float(call_quietly(learner.condition_number, A, inputs=inputs, hints=SINGULAR_HINTS),
                             "the condition number")
            if kappa != np.inf:
                raise CheckFailed(f"the condition number of a singular matrix should be inf, got {kappa:g} "
                                  f"(for {inputs}).\nHint: σ_min is exactly 0 here: return np.inf")

    @pytest.mark.points(1)
    def test_hilbert_12(self, learner):
        """gets the order of magnitude of κ(Hilbert(12)) ≈ 1.7e16 right (within a factor of 4)"""
        A = scipy.linalg.hilbert(12)
        inputs = describe(A=A) + " (the 12×12 Hilbert matrix)"
        kappa = as_float(call_quietly(learner.condition_number, A, inputs=inputs, hints=SINGULAR_HINTS),
                         "the condition number")
        expected = np.linalg.cond(A)
        # κ ≈ 1.7e16 means σ_min ≈ 1e-16 is at the rounding level of σ_max ≈ 1.8: only the order of
        # magnitude is meaningful (different SVD algorithms give 1.6e16 to 1.8e16), so allow a factor of 4.
        if not (np.isfinite(kappa) and kappa > 0 and abs(np.log10(kappa / expected)) <= np.log10(4.0)):
            message = (f"the condition number is off for {inputs}: it should be about 1.7e16 (only its order of "
                       f"magnitude is meaningful), got {kappa:.3g}")
            if np.isfinite(kappa) and 0 < kappa < 1e12:
                message += f"\nHint: {SQUARED_HINT}"
            elif not np.isfinite(kappa):
                message += ("\nHint: Hilbert(12) is ill-conditioned but not exactly singular: return inf only "
                            "when σ_min is exactly 0")
            raise CheckFailed(message)

    @pytest.mark.points(1)
    def test_not_a_matrix(self, learner):
        """raises ValueError for an input that is not a 2-D matrix"""
        assert_learner_raises(lambda: learner.condition_number(np.array([1.0, 2.0, 3.0])), "ValueError",
                              what="a 1-D array of shape (3,)")
