"""Reference rotations and point transforms: the oracle and the speed baseline."""

import numpy as np


def rotation_matrix(theta):
    theta = np.asarray(theta, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    R = np.empty(theta.shape + (2, 2))
    R[..., 0, 0] = c
    R[..., 0, 1] = -s
    R[..., 1, 0] = s
    R[..., 1, 1] = c
    return R


def transform_points(M, P):
    M = np.asarray(M, dtype=float)
    P = np.asarray(P, dtype=float)
    if P.ndim != 2:
        raise ValueError(f"P must be 2-D (n_points, d), got shape {P.shape}")
    d = P.shape[1]
    if M.shape == (d, d):
        return P @ M.T
    if M.shape == (d + 1, d + 1):
        # Homogeneous coordinates with last row (0, …, 0, 1): x ↦ L x + t, with L = M[:d, :d], t = M[:d, d].
        return P @ M[:d, :d].T + M[:d, d]
    raise ValueError(f"M must be ({d}, {d}) or ({d + 1}, {d + 1}) for points in {d} dimensions, got {M.shape}")
