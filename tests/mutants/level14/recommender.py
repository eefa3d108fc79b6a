"""Plausible versions of exercises/level14/recommender.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "mf_loss_and_grad__half_loss": ("failed", "carries a factor 2"),
    "mf_loss_and_grad__multiplies_by_mask": ("failed", "0 · NaN = NaN"),
    "mf_loss_and_grad__loop_over_ratings": ("too_slow", "a loop over the observed ratings"),
    "mf_loss_and_grad__zero_filled_times_mask": ("passed", None),
    "matrix_factorization_gd__alternating_updates": ("failed", "compute both gradients at (P_t, Q_t)"),
    "matrix_factorization_gd__updates_in_place": ("failed", "modified its input P0"),
    "matrix_factorization_gd__losses_without_initial": ("failed", "include the initial loss"),
    "matrix_factorization_gd__loop_over_ratings": ("too_slow", "a loop over the ratings"),
    "matrix_factorization_gd__weight_decay_form": ("passed", None),
    "recommend__includes_rated": ("failed", "already rated"),
    "recommend__reversed_ascending": ("failed", "reversing an ascending sort"),
    "recommend__loop_over_items": ("too_slow", "a loop over items"),
    "recommend__lexsort_minus_inf": ("passed", None),
}


def mf_loss_and_grad__half_loss(R, mask, P, Q, reg):
    E = np.where(mask, R - P @ Q.T, 0.0)
    loss = 0.5 * np.sum(E**2) + 0.5 * reg * (np.sum(P**2) + np.sum(Q**2))
    return float(loss), -E @ Q + reg * P, -E.T @ P + reg * Q


def mf_loss_and_grad__multiplies_by_mask(R, mask, P, Q, reg):
    E = mask * (R - P @ Q.T)
    loss = np.sum(E**2) + reg * (np.sum(P**2) + np.sum(Q**2))
    return float(loss), -2 * E @ Q + 2 * reg * P, -2 * E.T @ P + 2 * reg * Q


def mf_loss_and_grad__loop_over_ratings(R, mask, P, Q, reg):
    R, mask, P, Q = _check(R, mask, P, Q)
    loss = reg * (np.sum(P**2) + np.sum(Q**2))
    grad_P, grad_Q = 2 * reg * P, 2 * reg * Q
    for u, i in zip(*np.nonzero(mask)):
        e = R[u, i] - P[u] @ Q[i]
        loss += e * e
        grad_P[u] -= 2 * e * Q[i]
        grad_Q[i] -= 2 * e * P[u]
    return float(loss), grad_P, grad_Q


def mf_loss_and_grad__zero_filled_times_mask(R, mask, P, Q, reg):
    # Zero-fill the unknown ratings first; then multiplying the residual by the 0/1 mask is safe.
    R, mask, P, Q = _check(R, mask, P, Q)
    if reg < 0:
        raise ValueError("reg must be >= 0")
    E = mask.astype(float) * (np.where(mask, R, 0.0) - P @ Q.T)
    loss = np.vdot(E, E) + reg * (np.vdot(P, P) + np.vdot(Q, Q))
    return float(loss), 2 * (reg * P - E @ Q), 2 * (reg * Q - E.T @ P)


def matrix_factorization_gd__alternating_updates(R, mask, P0, Q0, lr, reg, n_epochs):
    P, Q = P0.copy(), Q0.copy()
    losses = [mf_loss_and_grad(R, mask, P, Q, reg)[0]]
    for _ in range(n_epochs):
        P = P - lr * mf_loss_and_grad(R, mask, P, Q, reg)[1]
        Q = Q - lr * mf_loss_and_grad(R, mask, P, Q, reg)[2]
        losses.append(mf_loss_and_grad(R, mask, P, Q, reg)[0])
    return P, Q, np.array(losses)


def matrix_factorization_gd__updates_in_place(R, mask, P0, Q0, lr, reg, n_epochs):
    P, Q = P0, Q0
    losses = [mf_loss_and_grad(R, mask, P, Q, reg)[0]]
    for _ in range(n_epochs):
        _, grad_P, grad_Q = mf_loss_and_grad(R, mask, P, Q, reg)
        P -= lr * grad_P
        Q -= lr * grad_Q
        losses.append(mf_loss_and_grad(R, mask, P, Q, reg)[0])
    return P, Q, np.array(losses)


def matrix_factorization_gd__losses_without_initial(R, mask, P0, Q0, lr, reg, n_epochs):
    P, Q = P0.copy(), Q0.copy()
    losses = []
    for _ in range(n_epochs):
        _, grad_P, grad_Q = mf_loss_and_grad(R, mask, P, Q, reg)
        P, Q = P - lr * grad_P, Q - lr * grad_Q
        losses.append(mf_loss_and_grad(R, mask, P, Q, reg)[0])
    return P, Q, np.array(losses)


def matrix_factorization_gd__loop_over_ratings(R, mask, P0, Q0, lr, reg, n_epochs):
    P, Q = P0.copy(), Q0.copy()
    observed = list(zip(*np.nonzero(mask)))
    losses = []
    for epoch in range(n_epochs + 1):
        loss = reg * (np.sum(P**2) + np.sum(Q**2))
        grad_P, grad_Q = 2 * reg * P, 2 * reg * Q
        for u, i in observed:
            e = R[u, i] - P[u] @ Q[i]
            loss += e * e
            grad_P[u] -= 2 * e * Q[i]
            grad_Q[i] -= 2 * e * P[u]
        losses.append(loss)
        if epoch < n_epochs:
            P, Q = P - lr * grad_P, Q - lr * grad_Q
    return P, Q, np.array(losses)


def matrix_factorization_gd__weight_decay_form(R, mask, P0, Q0, lr, reg, n_epochs):
    # P - lr (2 reg P - 2 E Q) = (1 - 2 lr reg) P + 2 lr E Q: the penalty is a "weight decay".
    R, mask, P, Q = _check(R, mask, P0, Q0)
    R0 = np.where(mask, R, 0.0)
    decay = 1.0 - 2.0 * lr * reg
    losses = np.empty(n_epochs + 1)
    for t in range(n_epochs + 1):
        E = mask * (R0 - P @ Q.T)
        losses[t] = np.sum(E * E) + reg * (np.sum(P * P) + np.sum(Q * Q))
        if t < n_epochs:
            P, Q = decay * P + 2.0 * lr * (E @ Q), decay * Q + 2.0 * lr * (E.T @ P)
    return P, Q, losses


def recommend__includes_rated(mask, P, Q, user, n):
    if not 0 <= user < mask.shape[0] or n < 0:
        raise ValueError("bad user or n")
    scores = Q @ P[user]
    return np.argsort(-scores, kind="stable")[: min(n, int((~mask[user]).sum()))]


def recommend__reversed_ascending(mask, P, Q, user, n):
    if not 0 <= user < mask.shape[0] or n < 0:
        raise ValueError("bad user or n")
    unrated = np.flatnonzero(~mask[user])
    order = np.argsort(Q[unrated] @ P[user], kind="stable")[::-1]
    return unrated[order[:n]]


def recommend__loop_over_items(mask, P, Q, user, n):
    if not 0 <= user < mask.shape[0] or n < 0:
        raise ValueError("bad user or n")
    scores = np.array([P[user] @ Q[i] for i in range(Q.shape[0])])
    unrated = np.flatnonzero(~mask[user])
    return unrated[np.argsort(-scores[unrated], kind="stable")[:n]]


def recommend__lexsort_minus_inf(mask, P, Q, user, n):
    # Rated items get score -inf, sort all items by (-score, index), keep the unrated ones.
    if not 0 <= user < mask.shape[0] or n < 0:
        raise ValueError("bad user or n")
    scores = np.where(mask[user], -np.inf, Q @ P[user])
    order = np.lexsort((np.arange(scores.size), -scores))
    return order[: min(n, int(np.count_nonzero(~mask[user])))]
