"""A matrix-factorisation recommender: R ≈ P Qᵀ fitted on the observed ratings only."""

import numpy as np


def _check(R, mask, P, Q):
    R = np.asarray(R, dtype=float)
    mask = np.asarray(mask)
    P = np.asarray(P, dtype=float)
    Q = np.asarray(Q, dtype=float)
    if R.ndim != 2 or mask.shape != R.shape:
        raise ValueError(f"R must be 2-D and mask must have its shape; got R {R.shape}, mask {mask.shape}")
    if mask.dtype != bool:
        raise ValueError(f"mask must be a boolean array (True = observed), got dtype {mask.dtype}")
    if P.ndim != 2 or Q.ndim != 2 or P.shape[0] != R.shape[0] or Q.shape[0] != R.shape[1] \
            or P.shape[1] != Q.shape[1]:
        raise ValueError(f"need P (n_users, k) and Q (n_items, k) for R {R.shape}; got P {P.shape}, Q {Q.shape}")
    return R, mask, P, Q


def _residual(R, mask, P, Q):
    # E = M ∘ (R - P Qᵀ), but with np.where rather than a product: an unobserved entry may hold
    # NaN, and 0 · NaN = NaN would leak it into the loss. np.where simply picks 0 there.
    return np.where(mask, R - P @ Q.T, 0.0)


def mf_loss_and_grad(R, mask, P, Q, reg):
    """L = Σ_observed (R_ui - p_u·q_i)² + reg (‖P‖² + ‖Q‖²) and its gradients."""
    R, mask, P, Q = _check(R, mask, P, Q)
    if reg < 0:
        raise ValueError(f"reg must be >= 0, got {reg}")
    E = _residual(R, mask, P, Q)  # (n_users, n_items), zero where unobserved
    loss = np.sum(E**2) + reg * (np.sum(P**2) + np.sum(Q**2))
    # ∂/∂P_uf of (R_ui - Σ_f P_uf Q_if)² is -2 E_ui Q_if; summing over items i gives -2 (E Q)_uf.
    # Symmetrically ∂/∂Q_if sums over users: -2 (Eᵀ P)_if. The penalty adds 2 reg P and 2 reg Q.
    grad_P = -2.0 * E @ Q + 2.0 * reg * P  # (n_users, k)
    grad_Q = -2.0 * E.T @ P + 2.0 * reg * Q  # (n_items, k)
    return float(loss), grad_P, grad_Q


def matrix_factorization_gd(R, mask, P0, Q0, lr, reg, n_epochs):
    """Full-batch gradient descent on mf_loss from (P0, Q0); returns P, Q and the loss history."""
    R, mask, P, Q = _check(R, mask, P0, Q0)
    if lr <= 0 or reg < 0 or n_epochs < 0 or int(n_epochs) != n_epochs:
        raise ValueError(f"need lr > 0, reg >= 0 and an integer n_epochs >= 0; got {lr}, {reg}, {n_epochs}")
    # P and Q are rebound to new arrays below (P = P - ...), so P0 and Q0 are never modified.
    losses = np.empty(int(n_epochs) + 1)
    for epoch in range(int(n_epochs)):
        loss, grad_P, grad_Q = mf_loss_and_grad(R, mask, P, Q, reg)
        losses[epoch] = loss
        # Both gradients were taken at the same point (P_t, Q_t): update them together.
        P, Q = P - lr * grad_P, Q - lr * grad_Q
    losses[-1] = mf_loss_and_grad(R, mask, P, Q, reg)[0]
    return P, Q, losses


def recommend(mask, P, Q, user, n):
    """The n unrated items with the highest predicted score p_user · q_i, ties to the lowest index."""
    mask = np.asarray(mask)
    P = np.asarray(P, dtype=float)
    Q = np.asarray(Q, dtype=float)
    if mask.ndim != 2 or mask.dtype != bool:
        raise ValueError(f"mask must be a 2-D boolean array, got shape {mask.shape} and dtype {mask.dtype}")
    if int(user) != user or not 0 <= user < mask.shape[0]:
        raise ValueError(f"user must be an index in [0, {mask.shape[0]}), got {user!r}")
    if int(n) != n or n < 0:
        raise ValueError(f"n must be a non-negative integer, got {n!r}")
    scores = Q @ P[int(user)]  # (n_items,) predicted ratings of this user
    unrated = np.flatnonzero(~mask[int(user)])  # ascending item indices
    # A stable sort keeps equal keys in their input order (ascending index), so sorting -score
    # puts the highest score first and breaks ties by the lowest index. np.argsort's default
    # (introsort) is not stable, and reversing an ascending sort would reverse the ties too.
    order = np.argsort(-scores[unrated], kind="stable")
    # A user without ratings simply has every item unrated; asking for more items than remain
    # returns them all (slicing past the end is fine).
    return unrated[order[: int(n)]]
