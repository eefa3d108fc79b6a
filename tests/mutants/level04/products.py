"""Plausible versions of exercises/level04/products.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "matmul__loop_over_entries": ("too_slow", "loop over the rows (or entries)"),
    "matmul__calls_np_matmul": ("forbidden", "numpy.matmul"),
    "matmul__at_operator": ("forbidden", "the operator @"),
    "matmul__pairs_rows_of_b": ("error", "this is A Bᵀ"),
    "matmul__two_dimensional_only": ("failed", "the last two axes are the matrices"),
    "matmul__loop_over_inner_index": ("passed", None),
    "cosine_similarity__loop_over_pairs": ("too_slow", "loop over pairs of users"),
    "cosine_similarity__calls_sklearn": ("forbidden", "sklearn"),
    "cosine_similarity__nan_for_user_without_ratings": ("failed", "a user with no ratings has norm 0"),
    "cosine_similarity__centred_ratings": ("failed", "Pearson correlation"),
    "cosine_similarity__gram_matrix_then_divide": ("passed", None),
}


def _check_shapes(A, B):
    if A.ndim < 2 or B.ndim < 2 or A.shape[-1] != B.shape[-2]:
        raise ValueError("shapes do not match")


def matmul__loop_over_entries(A, B):
    _check_shapes(A, B)
    n, m = A.shape[-2], B.shape[-1]
    C = np.zeros(np.broadcast_shapes(A.shape[:-2], B.shape[:-2]) + (n, m))
    for i in range(n):
        for j in range(m):
            C[..., i, j] = np.sum(A[..., i, :] * B[..., :, j], axis=-1)
    return C


def matmul__calls_np_matmul(A, B):
    _check_shapes(A, B)
    return np.matmul(A, B)


def matmul__pairs_rows_of_b(A, B):
    # Pairs row i of A with *row* j of B: fine for square matrices, a broadcasting error otherwise.
    _check_shapes(A, B)
    return np.sum(A[..., :, None, :] * B[..., None, :, :], axis=-1)


def matmul__two_dimensional_only(A, B):
    _check_shapes(A, B)
    return np.sum(A[:, :, None] * B[None, :, :], axis=1)


def matmul__loop_over_inner_index(A, B):
    # C = Σ_t (column t of A) ⊗ (row t of B): a sum of k outer products, one Python step per t.
    _check_shapes(A, B)
    shape = np.broadcast_shapes(A.shape[:-2], B.shape[:-2]) + (A.shape[-2], B.shape[-1])
    C = np.zeros(shape, dtype=np.result_type(A, B, 1.0))
    for t in range(A.shape[-1]):
        C += A[..., :, t, None] * B[..., None, t, :]
    return C


def cosine_similarity__loop_over_pairs(R):
    R = np.asarray(R, dtype=float)
    n = R.shape[0]
    S = np.zeros((n, n))
    norms = np.sqrt(np.sum(R * R, axis=1))
    for i in range(n):
        for j in range(n):
            if norms[i] > 0 and norms[j] > 0:
                S[i, j] = np.sum(R[i] * R[j]) / (norms[i] * norms[j])
    return S


def cosine_similarity__calls_sklearn(R):
    from sklearn.metrics.pairwise import cosine_similarity as sklearn_cosine

    return sklearn_cosine(R)


def cosine_similarity__nan_for_user_without_ratings(R):
    R = np.asarray(R, dtype=float)
    U = R / np.linalg.norm(R, axis=1, keepdims=True)
    return U @ U.T


def cosine_similarity__centred_ratings(R):
    R = np.asarray(R, dtype=float)
    R = R - R.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(R, axis=1)
    U = R / np.where(norms > 0, norms, 1.0)[:, None]
    return U @ U.T


def cosine_similarity__gram_matrix_then_divide(R):
    R = np.asarray(R, dtype=float)
    G = R @ R.T
    norms = np.sqrt(np.diag(G)).copy()
    norms[norms == 0] = 1.0
    return G / norms[:, None] / norms[None, :]


def matmul__at_operator(A, B):
    return A @ B
