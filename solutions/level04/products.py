"""Matrix products from dot products, and cosine similarity between users of a ratings matrix."""

import numpy as np


def matmul(A, B):
    """The matrix product A B, shape (..., n, m), built from broadcasting instead of BLAS."""
    A = np.asarray(A)
    B = np.asarray(B)
    if A.ndim < 2 or B.ndim < 2:
        raise ValueError(f"matmul needs matrices (at least 2-D arrays), got shapes {A.shape} and {B.shape}; "
                         "write a vector as a (1, k) or (k, 1) matrix")
    if A.shape[-1] != B.shape[-2]:
        raise ValueError(f"the inner dimensions must agree: A has {A.shape[-1]} columns but B has "
                         f"{B.shape[-2]} rows (A is {A.shape}, B is {B.shape})")
    # Entry (i, j) is the dot product of row i of A with column j of B:
    #     C[i, j] = Σ_t A[i, t] B[t, j].
    # Written as three loops that is n·m·k Python steps. Broadcasting does all of them at once:
    # A[..., i, t, None] is (n, k, 1) and B[..., None, t, j] is (1, k, m); their product is the
    # (n, k, m) array of every A[i, t] B[t, j], and summing over t (axis -2) leaves (n, m).
    # Leading "batch" axes broadcast the same way, so stacks of matrices work unchanged.
    # With k = 0 the sum over an empty axis is 0: the product of (n, 0) and (0, m) is zeros((n, m)).
    return np.sum(A[..., :, :, None] * B[..., None, :, :], axis=-2)


def cosine_similarity(R):
    """Cosine of the angle between every pair of users (rows of R), shape (n_users, n_users)."""
    R = np.asarray(R, dtype=float)
    if R.ndim != 2:
        raise ValueError(f"R must be a 2-D ratings matrix (n_users, n_items), got shape {R.shape}")
    # cos(r_i, r_j) = r_i · r_j / (‖r_i‖ ‖r_j‖). Dividing every row by its norm first turns all the
    # n² cosines into plain dot products of unit vectors: S = U Uᵀ with U = R / ‖rows‖.
    norms = np.sqrt(np.sum(R * R, axis=1))
    # A user with no ratings has norm 0 and no direction: 0/0 is undefined, and the convention
    # (scikit-learn's too) is a similarity of 0. Dividing that zero row by 1 keeps it a zero row,
    # so its similarities come out as exactly 0 without ever computing 0/0.
    safe = np.where(norms > 0, norms, 1.0)
    U = R / safe[:, None]
    return U @ U.T
