"""Hidden suite for exercises/level04/transforms.py."""

import numpy as np
import pytest

from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level04 import transforms as ref

MODULE = "transforms"


# -- rotation_matrix -----------------------------------------------------------------------------------
def rotation_mistakes(theta):
    """(result, hint) for the known ways of getting R(θ) wrong."""
    expected = ref.rotation_matrix(theta)
    return [
        (np.swapaxes(expected, -1, -2), "this rotates clockwise (it is R(-θ) = R(θ)ᵀ): the first column of R(θ) "
                                        "is the image of e₁, (cos θ, sin θ), and the second is (-sin θ, cos θ)"),
        (ref.rotation_matrix(np.deg2rad(theta)), "θ is in radians; you converted it as if it were in degrees"),
    ]


AXIS_LAST_HINT = ("the angle axes should come first and the 2×2 last (R[i] is the matrix of theta[i]): build the "
                  "matrix with np.stack(..., axis=-1), or move the axes with np.moveaxis")


def learner_rotation(learner, theta, inputs):
    R = learner.rotation_matrix(theta)
    return assert_shape(R, np.shape(theta) + (2, 2), "R(θ)", inputs)


@pytest.mark.exercise("rotation_matrix")
class TestRotationMatrix:
    @pytest.mark.points(1)
    def test_shape_and_type(self, learner):
        """returns a (2, 2) float array for one angle"""
        R = learner.rotation_matrix(0.3)
        R = assert_shape(R, (2, 2), "R(θ)", "theta = 0.3")
        if R.dtype.kind != "f":
            raise CheckFailed(f"R(θ) should hold floats, but has dtype {R.dtype}")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("theta", [0.3, -8.0], ids=["0.3", "-8.0"])
    def test_matches_reference(self, learner, theta):
        """matches [[cos θ, -sin θ], [sin θ, cos θ]] (counterclockwise, radians)"""
        inputs = describe(theta=theta)
        assert_close(learner_rotation(learner, theta, inputs), ref.rotation_matrix(theta), what="R(θ)",
                     inputs=inputs, rtol=1e-14, hints=rotation_mistakes(theta))

    @pytest.mark.points(1)
    def test_rotation_properties(self, learner, rng):
        """preserves lengths and angles, has det = 1, and turns e₁ towards e₂"""
        theta = float(rng.uniform(-np.pi, np.pi))
        inputs = describe(theta=theta)
        R = learner_rotation(learner, theta, inputs)
        det = R[0, 0] * R[1, 1] - R[0, 1] * R[1, 0]
        if abs(det - 1.0) > 1e-14:
            raise CheckFailed(f"det R(θ) should be 1 (a rotation keeps areas and orientation) but is {det:.6g} "
                              f"for {inputs}")
        u, v = rng.normal(size=2), rng.normal(size=2)
        Ru, Rv = R @ u, R @ v
        if abs(np.linalg.norm(Ru) - np.linalg.norm(u)) > 1e-13 * np.linalg.norm(u):
            raise CheckFailed(f"R(θ) changes the length of a vector (‖R u‖ ≠ ‖u‖) for {inputs}")
        if abs(Ru @ Rv - u @ v) > 1e-13 * np.linalg.norm(u) * np.linalg.norm(v):
            raise CheckFailed(f"R(θ) changes the angle between two vectors (R u · R v ≠ u · v) for {inputs}")
        quarter = learner_rotation(learner, np.pi / 2, "theta = π/2") @ np.array([1.0, 0.0])
        assert_close(quarter, np.array([0.0, 1.0]), what="R(π/2) e₁", inputs="theta = π/2", rtol=1e-15, hints=[
            (np.array([0.0, -1.0]), "R(π/2) sends e₁ to -e₂: your rotation turns clockwise; counterclockwise "
                                    "(positive θ) sends e₁ = (1, 0) to e₂ = (0, 1)"),
        ])

    @pytest.mark.points(1)
    def test_full_turn_and_composition(self, learner, rng):
        """R(2π) = I, and R(a) R(b) = R(a + b)"""
        full = learner_rotation(learner, 2 * np.pi, "theta = 2π")
        error = float(np.max(np.abs(full - np.eye(2))))
        if error > 1e-15:
            hint = ""
            if np.allclose(full, ref.rotation_matrix(np.deg2rad(2 * np.pi)), atol=1e-12):
                hint = "\nHint: θ is in radians; you converted it as if it were in degrees"
            raise CheckFailed(f"a full turn R(2π) should be the identity, but differs from it by {error:.2g}{hint}")
        a, b = (float(x) for x in rng.uniform(-4, 4, size=2))
        inputs = describe(a=a, b=b)
        product = learner_rotation(learner, a, inputs) @ learner_rotation(learner, b, inputs)
        assert_close(product, learner_rotation(learner, a + b, inputs), what="R(a) R(b) compared with R(a + b)",
                     inputs=inputs, rtol=1e-14)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(7,), (2, 3)], ids=["7", "2x3"])
    def test_batch_of_angles(self, learner, rng, shape):
        """an array of angles gives one 2×2 matrix per angle, shape theta.shape + (2, 2)"""
        theta = rng.uniform(-7, 7, size=shape)
        inputs = describe(theta=theta)
        R = learner.rotation_matrix(theta)
        if isinstance(R, np.ndarray) and R.shape == (2, 2) + shape:
            raise CheckFailed(f"the stack of rotations should have shape {shape + (2, 2)} but has shape {R.shape} "
                              f"(for {inputs})\nHint: {AXIS_LAST_HINT}")
        assert_close(R, ref.rotation_matrix(theta), what="the stack of rotations", inputs=inputs, rtol=1e-14,
                     hints=rotation_mistakes(theta))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation on 20000 angles"""
        theta = rng.uniform(-np.pi, np.pi, size=20_000)
        speed.check(learner.rotation_matrix, (theta,), max_ratio=8, inputs=describe(theta=theta),
                    hint="compute np.cos and np.sin of the whole array once and stack them; building one 2×2 "
                         "matrix per angle in a Python loop is the usual cause")


# -- transform_points ------------------------------------------------------------------------------------
def random_affine(rng, d):
    """A (d + 1, d + 1) homogeneous matrix [[L, t], [0, 1]] with a random L and translation t."""
    M = np.eye(d + 1)
    M[:d, :d] = rng.normal(size=(d, d))
    M[:d, d] = rng.uniform(-5, 5, size=d)
    return M


def transform_mistakes(M, P):
    """(result, hint) for the known ways of applying M to the rows of P wrong."""
    d = P.shape[1]
    if M.shape == (d, d):
        return [(P @ M, "this is P M: each point p becomes M p, and with points as rows that is P Mᵀ")]
    L, t = M[:d, :d], M[:d, d]
    return [
        (P @ L.T, "the translation is missing: the last column of M, M[:d, d], is added to every point"),
        (P @ L + t, "this applies Lᵀ: each point p becomes L p + t, and with points as rows that is P Lᵀ + t"),
        (P @ L.T + M[d, :d], "the translation is the last *column* of M (M[:d, d]); the last row is (0, …, 0, 1)"),
    ]


def check_transform(learner, M, P, what):
    inputs = describe(M=M, P=P)
    n, d = P.shape
    result = learner.transform_points(M, P)
    if isinstance(result, np.ndarray) and result.shape == (n, d + 1) and M.shape == (d + 1, d + 1):
        raise CheckFailed(f"the transformed points should have shape ({n}, {d}) but have shape {result.shape} "
                          f"(for {inputs})\nHint: drop the homogeneous coordinate (the final 1) before returning")
    assert_close(result, ref.transform_points(M, P), what=what, inputs=inputs, rtol=1e-12,
                 hints=transform_mistakes(M, P))


@pytest.mark.exercise("transform_points")
class TestTransformPoints:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n_points, d) and leaves M and P unchanged"""
        M, P = rng.normal(size=(2, 2)), rng.normal(size=(7, 2))
        result, after = learner.transform_points.call_checking_inputs(M.copy(), P.copy())
        assert_shape(result, (7, 2), "the transformed points", describe(M=M, P=P))
        assert_unchanged((M, P), after, ["M", "P"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d"), [(9, 2), (4, 5)], ids=["9x2", "4x5"])
    def test_linear_map(self, learner, rng, n, d):
        """a (d, d) matrix maps every point p (a row of P) to M p"""
        check_transform(learner, rng.normal(size=(d, d)), rng.normal(size=(n, d)), "the transformed points")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d"), [(11, 2), (6, 3)], ids=["11x2", "6x3"])
    def test_affine_map(self, learner, rng, n, d):
        """a (d + 1, d + 1) homogeneous matrix [[L, t], [0, 1]] maps p to L p + t"""
        check_transform(learner, random_affine(rng, d), rng.normal(size=(n, d)), "the transformed points")

    @pytest.mark.points(1)
    def test_rotating_a_batch_keeps_shape(self, learner, rng):
        """rotating 1000 points keeps every length and every angle between points"""
        P = rng.normal(size=(1000, 2)) * 3.0
        M = ref.rotation_matrix(float(rng.uniform(-np.pi, np.pi)))
        inputs = describe(M=M, P=P) + " (a rotation)"
        Q = assert_shape(learner.transform_points(M, P), P.shape, "the rotated points", inputs)
        lengths = np.linalg.norm(Q, axis=1) - np.linalg.norm(P, axis=1)
        if np.max(np.abs(lengths)) > 1e-12:
            raise CheckFailed(f"a rotation should keep the length of every point, but lengths changed by up to "
                              f"{np.max(np.abs(lengths)):.2g} for {inputs}")
        dots = np.sum(Q[1:] * Q[:-1], axis=1) - np.sum(P[1:] * P[:-1], axis=1)
        if np.max(np.abs(dots)) > 1e-11:
            raise CheckFailed(f"a rotation should keep the angle between any two points (their dot product), but "
                              f"dot products changed by up to {np.max(np.abs(dots)):.2g} for {inputs}")
        check_transform(learner, M, P, "the rotated points")

    @pytest.mark.points(1)
    def test_bad_shapes(self, learner, rng):
        """raises ValueError when M fits neither d nor d + 1 dimensions, or P is not 2-D"""
        M, P = rng.normal(size=(3, 3)), rng.normal(size=(10, 4))
        assert_learner_raises(lambda: learner.transform_points(M, P), "ValueError", what="M (3, 3) with 4-D points")
        M, p = rng.normal(size=(2, 2)), rng.normal(size=2)
        assert_learner_raises(lambda: learner.transform_points(M, p), "ValueError", what="a 1-D P of shape (2,)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation on 30000 points"""
        M, P = random_affine(rng, 3), rng.normal(size=(30_000, 3))
        speed.check(learner.transform_points, (M, P), max_ratio=8, inputs=describe(M=M, P=P),
                    hint="transform the whole batch with one product, P Lᵀ + t; a Python loop over the points "
                         "is the usual cause")

