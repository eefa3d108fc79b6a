"""Plausible versions of exercises/level05/projections.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "angle__no_clip": ("failed", "clip the cosine"),
    "angle__no_zero_check": ("failed", "check for a zero vector"),
    "angle__no_scaling": ("failed", "largest |entry|"),
    "angle__kahan_atan2": ("passed", None),
    "projection_matrix__b_bt": ("failed", "only when the columns of B are orthonormal"),
    "projection_matrix__complement": ("failed", "orthogonal complement"),
    "projection_matrix__calls_pinv": ("forbidden", "numpy.linalg.pinv"),
    "projection_matrix__qr": ("passed", None),
}


def angle__no_clip(u, v):
    if not np.any(u) or not np.any(v):
        raise ValueError("zero vector")
    u, v = u / np.max(np.abs(u)), v / np.max(np.abs(v))
    return float(np.arccos(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))))


def angle__no_zero_check(u, v):
    cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.arccos(np.clip(cos, -1.0, 1.0)))


def angle__no_scaling(u, v):
    nu, nv = np.linalg.norm(u), np.linalg.norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("the angle with a zero vector is undefined")
    return float(np.arccos(np.clip(np.dot(u, v) / (nu * nv), -1.0, 1.0)))


def angle__kahan_atan2(u, v):
    # θ = 2 atan2(‖û - v̂‖, ‖û + v̂‖) for unit vectors û, v̂: accurate at every angle, no clipping needed.
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    if u.shape != v.shape:
        raise ValueError("u and v must have the same shape")
    su, sv = np.abs(u).max(), np.abs(v).max()
    if su == 0 or sv == 0:
        raise ValueError("zero vector")
    u_hat = (u / su) / np.linalg.norm(u / su)
    v_hat = (v / sv) / np.linalg.norm(v / sv)
    return 2.0 * np.arctan2(np.linalg.norm(u_hat - v_hat), np.linalg.norm(u_hat + v_hat))


def _check(B):
    if B.ndim != 2 or B.shape[1] > B.shape[0]:
        raise ValueError("B must be (d, k) with k <= d")


def projection_matrix__b_bt(B):
    _check(B)
    return B @ B.T


def projection_matrix__complement(B):
    _check(B)
    return np.eye(B.shape[0]) - B @ np.linalg.solve(B.T @ B, B.T)


def projection_matrix__calls_pinv(B):
    _check(B)
    return B @ np.linalg.pinv(B)


def projection_matrix__qr(B):
    _check(B)
    Q, _ = np.linalg.qr(B, mode="reduced")
    return np.einsum("ik,jk->ij", Q, Q)
