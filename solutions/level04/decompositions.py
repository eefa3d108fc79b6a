"""QR factorisations (Householder reflections, modified Gram–Schmidt) and power iteration."""

import numpy as np


def _check_matrix(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"A must be a 2-D matrix, got shape {A.shape}")
    return A


def qr_householder(A):
    """Reduced QR by Householder reflections: Q (m, k), R (k, n), k = min(m, n)."""
    R = _check_matrix(A).copy()
    m, n = R.shape
    k = min(m, n)
    vectors = []
    for j in range(k):
        # Reflect x = R[j:, j] onto a multiple of e₁. The reflection H = I - 2 v vᵀ (‖v‖ = 1) with
        # v ∝ x - α e₁ maps x to α e₁, for α = ±‖x‖. Choose α = -sign(x₀)‖x‖, so that
        # v₀ = x₀ + sign(x₀)‖x‖ adds two numbers of the same sign: x - ‖x‖e₁ would cancel
        # catastrophically when x already points along e₁. np.copysign gives sign(0) = +1,
        # where np.sign(0) = 0 would make v = x and H x = -x (not a multiple of e₁).
        x = R[j:, j]
        norm_x = np.linalg.norm(x)
        if norm_x == 0.0:
            vectors.append(None)  # the column is already zero below the diagonal: H = I
            continue
        v = x.copy()
        v[0] += np.copysign(norm_x, x[0])
        v /= np.linalg.norm(v)
        # Apply H to the whole trailing block at once: H X = X - 2 v (vᵀ X).
        R[j:, j:] -= 2.0 * np.outer(v, v @ R[j:, j:])
        vectors.append(v)
    # Q = H₀ H₁ … H_{k-1} restricted to its first k columns: apply the reflections, last first,
    # to the first k columns of the identity.
    Q = np.eye(m, k)
    for j in range(k - 1, -1, -1):
        v = vectors[j]
        if v is not None:
            Q[j:] -= 2.0 * np.outer(v, v @ Q[j:])
    # Below the diagonal R holds rounding noise (~1e-16); it is zero in exact arithmetic.
    return Q, np.triu(R[:k])


def gram_schmidt(A):
    """Reduced QR by modified Gram–Schmidt: Q (m, n) orthonormal columns, R (n, n) with R_jj > 0."""
    A = _check_matrix(A)
    m, n = A.shape
    if n > m:
        raise ValueError(f"A has {n} columns in {m} dimensions: they cannot be linearly independent")
    V = A.copy()  # the columns not yet orthogonalised, updated in place
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    column_norms = np.linalg.norm(A, axis=0)
    for j in range(n):
        # V[:, j] is a_j minus its projections on q_0 … q_{j-1}: what is new in column j.
        r = np.linalg.norm(V[:, j])
        # In floating point a dependent column leaves ~1e-16 ‖a_j‖ of noise, not exactly 0:
        # compare with a tolerance relative to the column's own length.
        if r <= m * np.finfo(float).eps * column_norms[j]:
            raise np.linalg.LinAlgError(f"column {j} of A is (numerically) a linear combination of the "
                                        "previous columns: Gram–Schmidt needs linearly independent columns")
        R[j, j] = r
        Q[:, j] = V[:, j] / r
        # *Modified* Gram–Schmidt: remove the q_j component from every later column right away,
        # using the updated columns. Classical Gram–Schmidt projects the original a_j on all
        # q's at once, and its Q drifts far from orthogonal when A is ill-conditioned.
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R


def power_iteration(A, tol=1e-10, max_iter=10_000):
    """Dominant eigenvalue (largest |λ|) and a unit eigenvector, by repeated multiplication."""
    A = _check_matrix(A)
    n = A.shape[0]
    if A.shape != (n, n) or n == 0:
        raise ValueError(f"A must be a non-empty square matrix, got shape {A.shape}")
    # Writing the start vector in the eigenvector basis, v = Σ c_i u_i, gives
    # A^t v = Σ c_i λ_i^t u_i: the dominant term wins at the rate |λ₂ / λ₁|^t. A fixed seed makes
    # the result reproducible; a random start is (almost surely) not orthogonal to u₁.
    v = np.random.default_rng(0).normal(size=n)
    v /= np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        # The Rayleigh quotient vᵀ A v (with ‖v‖ = 1) is the eigenvalue *with its sign*; ‖A v‖
        # would give |λ|. When λ < 0, v flips sign at every step, so "v stopped changing" never
        # happens: test convergence with the residual ‖A v - λ v‖ instead, which ignores the sign.
        eigenvalue = v @ w
        if np.linalg.norm(w - eigenvalue * v) <= tol * np.linalg.norm(w):
            return float(eigenvalue), v
        v = w / np.linalg.norm(w)
    raise np.linalg.LinAlgError(f"power iteration did not converge in {max_iter} iterations: "
                                "A may have no single dominant eigenvalue")
