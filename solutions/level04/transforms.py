"""2-D rotations and linear/affine transforms of batches of points."""

import numpy as np


def rotation_matrix(theta):
    """Counterclockwise rotation by theta radians, shape theta.shape + (2, 2)."""
    theta = np.asarray(theta, dtype=float)
    # The columns of a linear map are the images of the basis vectors. Rotating e₁ = (1, 0) by θ
    # gives (cos θ, sin θ); rotating e₂ = (0, 1) gives (-sin θ, cos θ). Hence
    #     R(θ) = [[cos θ, -sin θ],
    #             [sin θ,  cos θ]].
    c, s = np.cos(theta), np.sin(theta)
    # Stack so that the 2×2 comes last: for an array of angles, R[i] is the matrix of theta[i].
    # np.array([[c, -s], [s, c]]) would put the angle axis last instead, giving (2, 2, ...).
    rows = [np.stack([c, -s], axis=-1), np.stack([s, c], axis=-1)]
    return np.stack(rows, axis=-2)


def transform_points(M, P):
    """Apply a linear map (d, d) or an affine map in homogeneous coordinates (d+1, d+1) to every row of P."""
    M = np.asarray(M, dtype=float)
    P = np.asarray(P, dtype=float)
    if P.ndim != 2:
        raise ValueError(f"P must be a 2-D array of points, one per row (n_points, d), got shape {P.shape}")
    d = P.shape[1]
    if M.shape == (d, d):
        # Each point p (a column vector in the math) becomes M p. With the points as the rows of P,
        # the rows of the result are (M pᵢ)ᵀ = pᵢᵀ Mᵀ, i.e. the whole batch is P Mᵀ: one product.
        return P @ M.T
    if M.shape == (d + 1, d + 1):
        # Homogeneous coordinates: p ↦ (p, 1), multiply by M = [[L, t], [0, 1]], drop the final 1.
        # That is L p + t, so the batch is P Lᵀ + t, with the translation broadcast over the rows.
        L, t = M[:d, :d], M[:d, d]
        return P @ L.T + t
    raise ValueError(f"for points in {d} dimensions M must be ({d}, {d}) (linear) or "
                     f"({d + 1}, {d + 1}) (affine, homogeneous coordinates), got shape {M.shape}")
