"""Polar coordinates: to and from Cartesian coordinates, for many points at once."""

import numpy as np


def _check_points(A, name):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] != 2:
        raise ValueError(f"{name} must have shape (n, 2), one point per row; got shape {A.shape}")
    return A


def to_polar(P):
    """Rows (x, y) -> rows (r, θ) with r >= 0 and θ in [-π, π]."""
    P = _check_points(P, "P")
    x, y = P[:, 0], P[:, 1]
    # r = √(x² + y²), but x² overflows for |x| ~ 1e200: hypot rescales internally and does not.
    r = np.hypot(x, y)
    # arctan(y / x) loses the quadrant (the signs of x and y cancel in y / x) and divides by 0 on
    # the y-axis; arctan2 looks at both signs and returns the angle in [-π, π], 0 at the origin.
    theta = np.arctan2(y, x)
    return np.column_stack([r, theta])


def from_polar(R):
    """Rows (r, θ) -> rows (x, y) = (r cos θ, r sin θ)."""
    R = _check_points(R, "R")
    r, theta = R[:, 0], R[:, 1]
    if np.any(r < 0):
        raise ValueError("radii (column 0 of R) must be non-negative: a distance cannot be negative")
    # The unit vector in direction θ is (cos θ, sin θ); scale it by r. Broadcasting does all rows at once.
    return np.column_stack([r * np.cos(theta), r * np.sin(theta)])
