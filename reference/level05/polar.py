"""Reference polar coordinates: the oracle and the speed baseline (NumPy only)."""

import numpy as np


def _points(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] != 2:
        raise ValueError(f"expected shape (n, 2), got {A.shape}")
    return A


def to_polar(P):
    P = _points(P)
    out = np.empty_like(P)
    np.hypot(P[:, 0], P[:, 1], out=out[:, 0])
    np.arctan2(P[:, 1], P[:, 0], out=out[:, 1])
    return out


def from_polar(R):
    R = _points(R)
    if np.any(R[:, 0] < 0):
        raise ValueError("radii must be non-negative")
    out = np.empty_like(R)
    np.cos(R[:, 1], out=out[:, 0])
    np.sin(R[:, 1], out=out[:, 1])
    out *= R[:, :1]
    return out
