"""Plausible versions of exercises/level05/polar.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "to_polar__arctan_of_ratio": ("failed", "use np.arctan2(y, x)"),
    "to_polar__sqrt_of_squares": ("failed", "use np.hypot"),
    "to_polar__loop_over_points": ("too_slow", "loop over points"),
    "to_polar__complex_numbers": ("passed", None),
    "from_polar__sin_cos_swapped": ("failed", "you swapped them"),
    "from_polar__no_radius_check": ("failed", "raise ValueError if any r < 0"),
    "from_polar__loop_over_points": ("too_slow", "loop over points"),
    "from_polar__complex_exponential": ("passed", None),
}


def _shape_check(A):
    if A.ndim != 2 or A.shape[1] != 2:
        raise ValueError("expected shape (n, 2)")


def to_polar__arctan_of_ratio(P):
    _shape_check(P)
    x, y = P[:, 0], P[:, 1]
    return np.column_stack([np.hypot(x, y), np.arctan(y / x)])


def to_polar__sqrt_of_squares(P):
    _shape_check(P)
    x, y = P[:, 0], P[:, 1]
    return np.column_stack([np.sqrt(x**2 + y**2), np.arctan2(y, x)])


def to_polar__loop_over_points(P):
    _shape_check(P)
    R = np.empty(P.shape)
    for i, (x, y) in enumerate(P):
        R[i] = math.hypot(x, y), math.atan2(y, x)
    return R


def to_polar__complex_numbers(P):
    _shape_check(P)
    z = P[:, 0] + 1j * P[:, 1]
    return np.stack([np.abs(z), np.angle(z)], axis=1)


def from_polar__sin_cos_swapped(R):
    _shape_check(R)
    if np.any(R[:, 0] < 0):
        raise ValueError("negative radius")
    return np.column_stack([R[:, 0] * np.sin(R[:, 1]), R[:, 0] * np.cos(R[:, 1])])


def from_polar__no_radius_check(R):
    _shape_check(R)
    return np.column_stack([R[:, 0] * np.cos(R[:, 1]), R[:, 0] * np.sin(R[:, 1])])


def from_polar__loop_over_points(R):
    _shape_check(R)
    if np.any(R[:, 0] < 0):
        raise ValueError("negative radius")
    P = np.empty(R.shape)
    for i, (r, theta) in enumerate(R):
        P[i] = r * math.cos(theta), r * math.sin(theta)
    return P


def from_polar__complex_exponential(R):
    _shape_check(R)
    if (R[:, 0] < 0).any():
        raise ValueError("radii must be >= 0")
    z = R[:, 0] * np.exp(1j * R[:, 1])
    return np.column_stack([z.real, z.imag])
