"""Hidden suite for exercises/level05/projections.py."""

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
from mlgrade.reference.level05 import projections as ref
from mlgrade.suites.level05 import call_quietly, expect_raises

MODULE = "projections"

CLIP_HINT = ("rounding made the cosine of (anti)parallel vectors slightly larger than 1 in absolute value, and "
             "arccos of it is NaN: clip the cosine to [-1, 1] with np.clip before np.arccos")


# -- data ------------------------------------------------------------------------------------------
def skewed_basis(rng, d, k):
    """``k`` independent, correlated, unevenly scaled columns in ``R^d`` (far from orthonormal)."""
    B = rng.normal(size=(d, k)) + 0.8 * rng.normal(size=(d, 1))
    return B * rng.uniform(0.3, 3.0, size=k)


def naive_cosines(u, v):
    """The cosine as the usual unclipped formulas compute it (with and without scaling first)."""
    results = []
    for a, b in ((u, v), (u / np.max(np.abs(u)), v / np.max(np.abs(v)))):
        results += [np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)),
                    np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)),
                    np.dot(a / np.linalg.norm(a), b / np.linalg.norm(b)),
                    np.sum(a * b) / (np.sqrt(np.sum(a**2)) * np.sqrt(np.sum(b**2)))]
    return results


def overshooting_pairs(rng, wanted=8, tries=3000):
    """(Anti)parallel pairs for which some unclipped cosine formula gives |cos| > 1."""
    pairs, seen = [], set()
    for _ in range(tries):
        d = int(rng.integers(2, 9))
        u = rng.normal(size=d) * rng.uniform(0.1, 10.0)
        v = u.copy() if rng.uniform() < 0.2 else u * rng.uniform(0.2, 5.0) * rng.choice([-1.0, 1.0])
        over = [i for i, c in enumerate(naive_cosines(u, v)) if abs(c) > 1.0]
        if over and not set(over) <= seen:
            seen.update(over)
            pairs.append((u, v))
        if len(pairs) >= wanted:
            break
    return pairs


# -- angle ---------------------------------------------------------------------------------------------
@pytest.mark.exercise("angle")
class TestAngle:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves u and v unchanged"""
        u, v = rng.normal(size=5), rng.normal(size=5)
        theta, after = learner.angle.call_checking_inputs(u.copy(), v.copy())
        as_float(theta, "the angle")
        assert_unchanged((u, v), after, ["u", "v"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("d", [3, 40], ids=["d3", "d40"])
    def test_matches_reference(self, learner, rng, d):
        """matches the reference on random vectors"""
        for _ in range(5):
            u, v = rng.normal(size=d) * rng.uniform(0.1, 10.0), rng.normal(size=d) * rng.uniform(0.1, 10.0)
            inputs = describe(u=u, v=v)
            theta = as_float(call_quietly(learner.angle, u, v, inputs=inputs), "the angle")
            expected = ref.angle(u, v)
            cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
            assert_close(theta, expected, what="the angle", inputs=inputs, rtol=1e-10, hints=[
                (cos, "this is cos θ; the angle is np.arccos of it"),
                (np.degrees(expected), "this is the angle in degrees; return radians"),
                (np.arccos(np.clip(np.dot(u, v), -1, 1)), "divide the dot product by both norms"),
                (np.pi / 2 - expected, "this is π/2 - θ: use arccos, not arcsin"),
            ])

    @pytest.mark.points(1)
    def test_matches_arccos(self, learner):
        """agrees with np.arccos on vectors whose angle is known exactly"""
        cases = [([1.0, 0.0], [0.0, 2.0], 0.0), ([1.0, 1.0], [3.0, 0.0], np.sqrt(0.5)),
                 ([1.0, 0.0, 0.0], [-1.0, 0.0, 0.0], -1.0), ([2.0, 0.0], [-1.0, np.sqrt(3.0)], -0.5),
                 ([1.0, 2.0, 2.0], [2.0, 1.0, -2.0], 0.0), ([3.0, 4.0], [4.0, 3.0], 24.0 / 25.0)]
        for u, v, cos in cases:
            u, v = np.array(u), np.array(v)
            inputs = f"u = {u.tolist()}, v = {np.round(v, 4).tolist()}"
            theta = as_float(call_quietly(learner.angle, u, v, inputs=inputs), "the angle")
            assert_close(theta, np.arccos(cos), what="the angle", inputs=inputs, rtol=1e-9, hints=[
                (cos, "this is cos θ; the angle is np.arccos of it"),
                (np.degrees(np.arccos(cos)), "this is the angle in degrees; return radians"),
            ])

    @pytest.mark.points(1)
    def test_parallel_vectors(self, learner, rng):
        """(anti)parallel vectors give 0 or π, even when rounding makes |cos θ| exceed 1"""
        for u, v in overshooting_pairs(rng):
            inputs = describe(u=u, v=v) + (", v = u" if np.array_equal(u, v) else ", v a multiple of u")
            theta = as_float(call_quietly(learner.angle, u, v, inputs=inputs, hints={"invalid value": CLIP_HINT}),
                             "the angle")
            expected = ref.angle(u, v)
            if not np.isfinite(theta) or abs(theta - expected) > 1e-7:
                raise CheckFailed(f"the angle is off by {abs(theta - expected):.2g} (allowed 1e-07) for {inputs}"
                                  + (f"\nHint: {CLIP_HINT}" if not np.isfinite(theta) else ""))

    @pytest.mark.points(1)
    def test_zero_vector(self, learner, rng):
        """raises ValueError when u or v is the zero vector"""
        u = rng.normal(size=4)
        hints = {"invalid value": "you divided 0 by 0: check for a zero vector (norm 0) before dividing and raise "
                                  "ValueError",
                 "divide by zero": "you divided by a zero norm: check for a zero vector first and raise ValueError"}
        for args, what in (((np.zeros(4), u), "u = 0"), ((u, np.zeros(4)), "v = 0")):
            expect_raises(learner.angle, args, ["ValueError"], what=what, warning_hints=hints,
                          returned_hint="the angle with the zero vector is undefined: raise ValueError")

    @pytest.mark.points(1)
    def test_extreme_magnitudes(self, learner, rng):
        """the angle does not depend on the lengths: entries around 1e160 and 1e-170 work"""
        hint = ("‖u‖² overflows to inf (entries ~1e160) or underflows to 0 (entries ~1e-170), although the angle "
                "is well defined: divide each vector by its largest |entry| first")
        for scale in (1e160, 1e-170):
            u, v = rng.normal(size=6), rng.normal(size=6)
            U, V = u * scale, v * rng.uniform(0.5, 2.0) * scale
            inputs = describe(u=U, v=V) + f", entries around {scale:g}"
            theta = call_quietly(learner.angle, U, V, inputs=inputs, catch=("RuntimeWarning", "FloatingPointError",
                                                                           "ValueError", "ZeroDivisionError"),
                                 hints={"": hint})
            theta = as_float(theta, "the angle")
            try:
                assert_close(theta, ref.angle(u, v), what="the angle", inputs=inputs, rtol=1e-9)
            except CheckFailed as failed:
                raise CheckFailed(f"{failed}\nHint: {hint}") from None


# -- projection_matrix -------------------------------------------------------------------------------
def projection_mistakes(B):
    P = ref.projection_matrix(B)
    return [
        (B @ B.T, "B Bᵀ is the projection only when the columns of B are orthonormal; use B (BᵀB)⁻¹ Bᵀ"),
        (np.eye(len(B)) - P, "this projects onto the orthogonal complement (I - P); return P itself"),
        (B @ np.linalg.inv(B.T @ B) @ B.T @ B @ B.T, "P = B (BᵀB)⁻¹ Bᵀ: one factor Bᵀ at the end"),
    ]


@pytest.mark.exercise("projection_matrix", banned=("numpy.linalg.pinv", "numpy.linalg.lstsq", "scipy.linalg"))
class TestProjectionMatrix:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d, d) float array and leaves B unchanged"""
        B = skewed_basis(rng, 6, 2)
        P, (B_after,) = learner.projection_matrix.call_checking_inputs(B.copy())
        assert_shape(P, (6, 6), "the projection matrix", describe(B=B))
        assert_unchanged((B,), (B_after,), ["B"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("d", "k"), [(7, 3), (30, 5), (12, 1)], ids=["d7-k3", "d30-k5", "d12-k1"])
    def test_matches_reference(self, learner, rng, d, k):
        """matches the reference for a basis that is not orthonormal"""
        B = skewed_basis(rng, d, k)
        inputs = describe(B=B)
        assert_close(learner.projection_matrix(B), ref.projection_matrix(B), what="the projection matrix",
                     inputs=inputs, rtol=1e-9, hints=projection_mistakes(B))

    @pytest.mark.points(2)
    def test_projection_properties(self, learner, rng):
        """is an orthogonal projection onto span(B): P² = P, Pᵀ = P, P B = B, residual ⟂ B"""
        B = skewed_basis(rng, 9, 4)
        inputs = describe(B=B)
        P = assert_shape(learner.projection_matrix(B), (9, 9), "the projection matrix", inputs)
        hints = projection_mistakes(B)
        x = rng.normal(size=9)
        checks = [
            (P @ P, P, "P² (projecting twice must change nothing: P² = P)"),
            (P.T, P, "Pᵀ (an orthogonal projection is symmetric: Pᵀ = P)"),
            (P @ B, B, "P B (vectors already in span(B) must stay put: P B = B)"),
        ]
        for actual, expected, what in checks:
            try:
                assert_close(actual, expected, what=what, inputs=inputs, rtol=1e-9)
            except CheckFailed as failed:
                hint = next((text for candidate, text in hints if np.allclose(P, candidate, rtol=1e-6, atol=1e-9)),
                            None)
                raise CheckFailed(str(failed) + (f"\nHint: {hint}" if hint else "")) from None
        residual = x - P @ x
        across = B.T @ residual / (np.linalg.norm(B, axis=0) * max(np.linalg.norm(x), 1e-300))
        if np.max(np.abs(across)) > 1e-9:
            raise CheckFailed(f"the residual x - P x is not perpendicular to the columns of B for {inputs} "
                              f"(largest cosine {np.max(np.abs(across)):.2g}, allowed 1e-09)")

    @pytest.mark.points(1)
    def test_full_rank_and_bad_shapes(self, learner, rng):
        """k = d columns give the identity; k > d columns or a 1-D B raise ValueError"""
        B = skewed_basis(rng, 5, 5)
        assert_close(learner.projection_matrix(B), np.eye(5), what="the projection onto all of R^5",
                     inputs=describe(B=B), rtol=1e-9)
        expect_raises(learner.projection_matrix, (skewed_basis(rng, 3, 4),), ["ValueError"],
                      what="B of shape (3, 4)", returned_hint="4 columns in R^3 cannot be independent: check k <= d "
                                                              "and raise ValueError",
                      warning_hints={"": "4 columns in R^3 cannot be independent: check k <= d first and raise "
                                         "ValueError"})
        expect_raises(learner.projection_matrix, (rng.normal(size=4),), ["ValueError"], what="a 1-D B",
                      returned_hint="B must be a 2-D (d, k) matrix: check B.ndim and raise ValueError")
