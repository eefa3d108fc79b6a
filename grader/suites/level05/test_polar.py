"""Hidden suite for exercises/level05/polar.py."""

import numpy as np
import pytest

from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level05 import polar as ref
from mlgrade.suites.level05 import call_quietly, expect_raises

MODULE = "polar"

ARCTAN2_HINT = ("arctan(y / x) only returns angles in (-π/2, π/2) and divides by 0 on the y-axis: use "
                "np.arctan2(y, x), which looks at the signs of both coordinates")


# -- data ------------------------------------------------------------------------------------------
def plane_points(rng, n):
    """``n`` points spread over all four quadrants, at radii from 0.01 to 100."""
    directions = rng.uniform(-np.pi, np.pi, size=n)
    radii = 10.0 ** rng.uniform(-2, 2, size=n)
    return np.column_stack([radii * np.cos(directions), radii * np.sin(directions)])


def quadrant_points():
    """Points in every quadrant and on every half-axis (no signed zeros except the plain origin)."""
    return np.array([[3.0, 4.0], [-3.0, 4.0], [-3.0, -4.0], [3.0, -4.0],
                     [2.0, 0.0], [0.0, 2.0], [-2.0, 0.0], [0.0, -2.0],
                     [1e-3, 5.0], [-1e-3, 5.0], [-5.0, 1e-3], [-5.0, -1e-3], [0.5, -1e-3]])


def polar_points(rng, n):
    """``n`` rows (r, θ) with r >= 0 and θ anywhere in [-10, 10] (not only [-π, π])."""
    return np.column_stack([10.0 ** rng.uniform(-2, 2, size=n), rng.uniform(-10.0, 10.0, size=n)])


# -- known mistakes, computed on the judge's side ------------------------------------------------
def to_polar_mistakes(P):
    x, y = P[:, 0], P[:, 1]
    r, theta = np.hypot(x, y), np.arctan2(y, x)
    with np.errstate(all="ignore"):
        return [
            (np.column_stack([r, np.arctan(y / x)]), ARCTAN2_HINT),
            (np.column_stack([r, np.mod(theta, 2 * np.pi)]),
             "your angles are in [0, 2π); return them in [-π, π] like np.arctan2"),
            (np.column_stack([r, np.degrees(theta)]), "these angles are in degrees; return radians"),
            (np.column_stack([r, np.arctan2(x, y)]), "np.arctan2 takes (y, x), y first"),
            (np.column_stack([theta, r]), "the columns are swapped: column 0 is r, column 1 is θ"),
            (np.column_stack([x**2 + y**2, theta]), "column 0 holds r², not r: take the square root"),
        ]


def from_polar_mistakes(R):
    r, theta = R[:, 0], R[:, 1]
    return [
        (np.column_stack([r * np.sin(theta), r * np.cos(theta)]), "x = r cos θ and y = r sin θ (you swapped them)"),
        (np.column_stack([r * np.cos(np.radians(theta)), r * np.sin(np.radians(theta))]),
         "θ is already in radians: do not convert it from degrees"),
        (np.column_stack([theta * np.cos(r), theta * np.sin(r)]), "column 0 of R is r, column 1 is θ"),
        (np.column_stack([np.cos(theta), np.sin(theta)]), "scale the unit vector (cos θ, sin θ) by r"),
    ]


# -- to_polar -----------------------------------------------------------------------------------------
@pytest.mark.exercise("to_polar")
class TestToPolar:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, 2) float array, leaves P unchanged, and rejects P of shape (n, 3)"""
        P = plane_points(rng, 9)
        R, (P_after,) = learner.to_polar.call_checking_inputs(P.copy())
        assert_shape(R, (9, 2), "R", describe(P=P))
        assert_unchanged((P,), (P_after,), ["P"])
        expect_raises(learner.to_polar, (rng.normal(size=(5, 3)),), ["ValueError"], what="P of shape (5, 3)",
                      returned_hint="check that P has shape (n, 2) and raise ValueError otherwise")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [7, 500], ids=["n7", "n500"])
    def test_matches_reference(self, learner, rng, n):
        """matches the reference on points in all four quadrants"""
        P = plane_points(rng, n)
        inputs = describe(P=P)
        actual = call_quietly(learner.to_polar, P, inputs=inputs)
        assert_close(actual, ref.to_polar(P), what="the polar coordinates (r, θ)", inputs=inputs, rtol=1e-12,
                     hints=to_polar_mistakes(P))

    @pytest.mark.points(1)
    def test_quadrants_and_axes(self, learner):
        """agrees with np.hypot and np.arctan2 in every quadrant and on every half-axis"""
        P = quadrant_points()
        inputs = f"P = {P.tolist()}"
        actual = call_quietly(learner.to_polar, P, inputs=inputs, hints={"divide by zero": ARCTAN2_HINT,
                                                                         "invalid value": ARCTAN2_HINT})
        expected = np.column_stack([np.hypot(P[:, 0], P[:, 1]), np.arctan2(P[:, 1], P[:, 0])])
        assert_close(actual, expected, what="the polar coordinates (r, θ)", inputs=inputs, rtol=1e-12,
                     hints=to_polar_mistakes(P))

    @pytest.mark.points(1)
    def test_origin(self, learner, rng):
        """the origin maps to (0, 0), without warnings"""
        P = np.vstack([plane_points(rng, 3), [[0.0, 0.0]], plane_points(rng, 2)])
        inputs = describe(P=P) + ", row 3 is the origin"
        actual = call_quietly(learner.to_polar, P, inputs=inputs, hints={
            "invalid value": "at the origin y / x is 0/0: use np.arctan2(y, x), which gives 0 there",
            "divide by zero": "at the origin x = 0: use np.arctan2(y, x), which never divides"})
        assert_close(actual, ref.to_polar(P), what="the polar coordinates (r, θ)", inputs=inputs, rtol=1e-12,
                     hints=to_polar_mistakes(P))

    @pytest.mark.points(1)
    def test_huge_coordinates(self, learner, rng):
        """coordinates around 1e200 (r fits in a float, x² does not)"""
        P = plane_points(rng, 6) * 1e200
        inputs = describe(P=P) + ", coordinates around 1e200"
        hint = "x² overflows for |x| ~ 1e200 although r does not: use np.hypot(x, y), which rescales internally"
        actual = call_quietly(learner.to_polar, P, inputs=inputs, hints={"overflow": hint})
        actual = assert_shape(actual, (6, 2), "R", inputs)
        if not np.isfinite(actual).all():
            raise CheckFailed(f"R contains inf or NaN for {inputs}\nHint: {hint}")
        assert_close(actual, ref.to_polar(P), what="the polar coordinates (r, θ)", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        P = plane_points(rng, 50_000)
        speed.check(learner.to_polar, (P,), max_ratio=8, inputs=describe(P=P),
                    hint="apply np.hypot and np.arctan2 to whole columns (P[:, 0], P[:, 1]) at once; a Python "
                         "loop over points is the usual cause")


# -- from_polar ---------------------------------------------------------------------------------------
@pytest.mark.exercise("from_polar")
class TestFromPolar:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, 2) float array and leaves R unchanged"""
        R = polar_points(rng, 9)
        P, (R_after,) = learner.from_polar.call_checking_inputs(R.copy())
        assert_shape(P, (9, 2), "P", describe(R=R))
        assert_unchanged((R,), (R_after,), ["R"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n", [7, 500], ids=["n7", "n500"])
    def test_matches_reference(self, learner, rng, n):
        """matches the reference (x = r cos θ, y = r sin θ), for angles beyond [-π, π] too"""
        R = polar_points(rng, n)
        inputs = describe(R=R)
        assert_close(learner.from_polar(R), ref.from_polar(R), what="the Cartesian coordinates (x, y)",
                     inputs=inputs, rtol=1e-12, hints=from_polar_mistakes(R))

    @pytest.mark.points(1)
    def test_round_trip(self, learner):
        """from_polar undoes to_polar in every quadrant (np.hypot / np.arctan2 as the oracle)"""
        P = quadrant_points()
        R = np.column_stack([np.hypot(P[:, 0], P[:, 1]), np.arctan2(P[:, 1], P[:, 0])])
        inputs = describe(R=R) + ", the polar coordinates of points in every quadrant"
        assert_close(learner.from_polar(R), P, what="from_polar(to_polar(P))", inputs=inputs, rtol=1e-12,
                     hints=from_polar_mistakes(R))

    @pytest.mark.points(1)
    def test_invalid_input(self, learner, rng):
        """raises ValueError for a negative radius and for R of shape (n, 3)"""
        R = polar_points(rng, 5)
        R[3, 0] = -1.5
        expect_raises(learner.from_polar, (R,), ["ValueError"], what="R with a negative radius in row 3",
                      returned_hint="a radius is a distance: raise ValueError if any r < 0")
        expect_raises(learner.from_polar, (rng.uniform(size=(4, 3)),), ["ValueError"], what="R of shape (4, 3)",
                      returned_hint="check that R has shape (n, 2) and raise ValueError otherwise")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R = polar_points(rng, 50_000)
        speed.check(learner.from_polar, (R,), max_ratio=8, inputs=describe(R=R),
                    hint="compute r * np.cos(θ) and r * np.sin(θ) on whole columns at once; a Python loop over "
                         "points is the usual cause")
