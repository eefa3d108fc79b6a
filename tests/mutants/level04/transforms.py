"""Plausible versions of exercises/level04/transforms.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "rotation_matrix__loop_over_angles": ("too_slow", "building one 2×2 matrix per angle"),
    "rotation_matrix__clockwise": ("failed", "rotates clockwise"),
    "rotation_matrix__degrees": ("failed", "radians"),
    "rotation_matrix__angle_axis_last": ("failed", "the angle axes should come first"),
    "rotation_matrix__moveaxis": ("passed", None),
    "transform_points__loop_over_points": ("too_slow", "loop over the points"),
    "transform_points__forgets_transpose": ("failed", "with points as rows that is P Mᵀ"),
    "transform_points__ignores_translation": ("failed", "the translation is missing"),
    "transform_points__homogeneous_with_division": ("passed", None),
}


def rotation_matrix__loop_over_angles(theta):
    theta = np.asarray(theta, dtype=float)
    R = np.empty(theta.shape + (2, 2))
    for index in np.ndindex(theta.shape):
        c, s = math.cos(theta[index]), math.sin(theta[index])
        R[index] = [[c, -s], [s, c]]
    return R


def rotation_matrix__clockwise(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([np.stack([c, s], axis=-1), np.stack([-s, c], axis=-1)], axis=-2)


def rotation_matrix__degrees(theta):
    theta = np.deg2rad(theta)
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([np.stack([c, -s], axis=-1), np.stack([s, c], axis=-1)], axis=-2)


def rotation_matrix__angle_axis_last(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def rotation_matrix__moveaxis(theta):
    theta = np.asarray(theta, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.moveaxis(np.array([[c, -s], [s, c]]), (0, 1), (-2, -1))


def _validate(M, P):
    if P.ndim != 2 or M.shape not in ((P.shape[1], P.shape[1]), (P.shape[1] + 1, P.shape[1] + 1)):
        raise ValueError("bad shapes")


def transform_points__loop_over_points(M, P):
    _validate(M, P)
    d = P.shape[1]
    out = np.empty(P.shape)
    for i in range(P.shape[0]):
        out[i] = M[:d, :d] @ P[i] + (M[:d, d] if M.shape[0] > d else 0.0)
    return out


def transform_points__forgets_transpose(M, P):
    _validate(M, P)
    d = P.shape[1]
    if M.shape == (d, d):
        return P @ M
    return P @ M[:d, :d] + M[:d, d]


def transform_points__ignores_translation(M, P):
    _validate(M, P)
    d = P.shape[1]
    return P @ M[:d, :d].T


def transform_points__homogeneous_with_division(M, P):
    # Append the 1, multiply, divide by the last coordinate: the projective recipe, exact for affine M.
    _validate(M, P)
    d = P.shape[1]
    if M.shape == (d, d):
        return P @ M.T
    H = np.hstack([P, np.ones((P.shape[0], 1))]) @ M.T
    return H[:, :d] / H[:, d:]
