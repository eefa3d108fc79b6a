"""Angles between vectors and orthogonal projection matrices."""

import numpy as np


def angle(u, v):
    """Angle between non-zero vectors u and v, in radians, in [0, π]."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    if u.shape != v.shape or u.ndim != 1:
        raise ValueError(f"u and v must be 1-D vectors of the same length, got shapes {u.shape} and {v.shape}")
    u_max = np.max(np.abs(u)) if u.size else 0.0
    v_max = np.max(np.abs(v)) if v.size else 0.0
    if u_max == 0 or v_max == 0:
        raise ValueError("the angle is undefined for a zero vector: u and v must both be non-zero")
    # The angle ignores lengths, so scale each vector to largest |entry| = 1 first: then ‖u‖² lies
    # in [1, d] and can neither overflow (entries ~1e160) nor underflow (entries ~1e-170).
    u = u / u_max
    v = v / v_max
    cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    # Rounding can push |cos| slightly past 1 for (anti)parallel vectors; arccos would give NaN.
    return float(np.arccos(np.clip(cos, -1.0, 1.0)))


def projection_matrix(B):
    """Orthogonal projection onto the column span of B (d, k), shape (d, d)."""
    B = np.asarray(B, dtype=float)
    if B.ndim != 2 or B.shape[1] > B.shape[0]:
        raise ValueError(f"B must be a (d, k) matrix with k <= d independent columns, got shape {B.shape}")
    # Normal equation: the coefficients c of the closest point B c solve (BᵀB) c = Bᵀ x. Solving for
    # all x at once, C = (BᵀB)⁻¹ Bᵀ is the (k, d) solution of (BᵀB) C = Bᵀ, and P = B C.
    C = np.linalg.solve(B.T @ B, B.T)
    P = B @ C
    # P is symmetric in exact arithmetic; averaging with its transpose removes the rounding asymmetry.
    return (P + P.T) / 2
