"""Reference (oracle and speed baseline) for exercises/level14/recommender.py. NumPy only."""

import numpy as np


def _residual(R, mask, P, Q):
    with np.errstate(invalid="ignore"):
        return np.where(mask, R - P @ Q.T, 0.0)


def mf_loss_and_grad(R, mask, P, Q, reg):
    R = np.asarray(R, dtype=float)
    mask = np.asarray(mask, dtype=bool)
    P = np.asarray(P, dtype=float)
    Q = np.asarray(Q, dtype=float)
    E = _residual(R, mask, P, Q)
    loss = float(np.sum(E * E) + reg * (np.sum(P * P) + np.sum(Q * Q)))
    return loss, 2.0 * (reg * P - E @ Q), 2.0 * (reg * Q - E.T @ P)


def matrix_factorization_gd(R, mask, P0, Q0, lr, reg, n_epochs):
    R = np.asarray(R, dtype=float)
    mask = np.asarray(mask, dtype=bool)
    P = np.array(P0, dtype=float)
    Q = np.array(Q0, dtype=float)
    losses = np.empty(n_epochs + 1)
    for epoch in range(n_epochs + 1):
        E = _residual(R, mask, P, Q)
        losses[epoch] = np.sum(E * E) + reg * (np.sum(P * P) + np.sum(Q * Q))
        if epoch == n_epochs:
            break
        grad_P = 2.0 * (reg * P - E @ Q)
        grad_Q = 2.0 * (reg * Q - E.T @ P)
        P -= lr * grad_P
        Q -= lr * grad_Q
    return P, Q, losses


def recommend(mask, P, Q, user, n):
    mask = np.asarray(mask, dtype=bool)
    if not 0 <= user < mask.shape[0] or n < 0:
        raise ValueError(f"need 0 <= user < {mask.shape[0]} and n >= 0, got user={user}, n={n}")
    candidates = np.flatnonzero(~mask[user])
    scores = np.asarray(Q, dtype=float) @ np.asarray(P, dtype=float)[user]
    order = np.argsort(-scores[candidates], kind="stable")
    return candidates[order[:n]]
