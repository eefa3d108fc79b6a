"""Reference angles and projections: the oracle (NumPy only)."""

import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    if u.shape != v.shape or u.ndim != 1:
        raise ValueError(f"u and v must be 1-D of the same length, got {u.shape} and {v.shape}")
    u_max = np.max(np.abs(u), initial=0.0)
    v_max = np.max(np.abs(v), initial=0.0)
    if u_max == 0 or v_max == 0:
        raise ValueError("the angle is undefined for a zero vector")
    u = u / u_max
    v = v / v_max
    cos = np.dot(u, v) / np.sqrt(np.dot(u, u) * np.dot(v, v))
    return float(np.arccos(np.clip(cos, -1.0, 1.0)))


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    if B.ndim != 2 or B.shape[1] > B.shape[0]:
        raise ValueError(f"B must be (d, k) with k <= d, got {B.shape}")
    Q, _ = np.linalg.qr(B)  # orthonormal basis of the same span: P = Q Qᵀ, no normal equations
    return Q @ Q.T
