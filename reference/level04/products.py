"""Reference matrix products: the oracle and the speed baseline (vectorised, numerically careful).

``matmul`` is the speed baseline for learners who may not call BLAS (``@``, ``np.dot``, …), so it is
the fastest product written with broadcasting, not ``A @ B``: the suite compares learner results with
``A @ B`` itself, and times them against this function.
"""

import numpy as np


def matmul(A, B):
    A = np.asarray(A)
    B = np.asarray(B)
    if A.ndim < 2 or B.ndim < 2:
        raise ValueError(f"matmul needs arrays with at least 2 dimensions, got shapes {A.shape} and {B.shape}")
    if A.shape[-1] != B.shape[-2]:
        raise ValueError(f"inner dimensions differ: A is {A.shape}, B is {B.shape}")
    # C[..., i, j] = Σ_t A[..., i, t] B[..., t, j]: an (n, k, m) product summed over the middle axis.
    return np.sum(A[..., :, :, None] * B[..., None, :, :], axis=-2)


def cosine_similarity(R):
    R = np.asarray(R, dtype=float)
    if R.ndim != 2:
        raise ValueError(f"R must be 2-D (n_users, n_items), got shape {R.shape}")
    norms = np.sqrt(np.einsum("ij,ij->i", R, R))
    U = R / np.where(norms > 0, norms, 1.0)[:, None]  # a user with no ratings stays a zero row
    return U @ U.T
