"""Bayes' rule in log space, and the naive-Bayes spam filter."""

import numpy as np


def _log(values):
    """log of non-negative values; log 0 = -inf without a divide-by-zero warning."""
    # errstate silences only this line: log(0) = -inf is exactly the value we want here.
    with np.errstate(divide="ignore"):
        return np.log(values)


def _normalise_log(log_joint, axis=-1):
    """exp(log_joint) / sum(exp(log_joint)) along ``axis`` without overflow or underflow (log-sum-exp)."""
    # Subtract the largest term first: every exponent is then <= 0, so exp cannot overflow, and the
    # largest term becomes exp(0) = 1, so the sum cannot underflow to 0 either.
    m = np.max(log_joint, axis=axis, keepdims=True)
    weights = np.exp(log_joint - m)
    return weights / np.sum(weights, axis=axis, keepdims=True)


def bayes_posterior(prior, likelihood):
    """Posterior over k hypotheses after n independent observations, computed in log space."""
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    if prior.ndim != 1 or likelihood.ndim != 2 or likelihood.shape[1] != prior.shape[0]:
        raise ValueError(f"expected prior of shape (k,) and likelihood of shape (n, k), got {prior.shape} "
                         f"and {likelihood.shape}")
    if (prior < 0).any() or (likelihood < 0).any():
        raise ValueError("probabilities cannot be negative")
    # Bayes: P(h | x_1..x_n) ∝ P(h) Π_i P(x_i | h). The product of many small numbers underflows
    # (0.01 ** 200 is 1e-400 < 5e-324), so add logarithms instead:
    #     log P(h | x) = log P(h) + Σ_i log P(x_i | h) - log Z.
    # A zero prior or a zero likelihood gives -inf: that hypothesis is impossible, posterior 0.
    log_joint = _log(prior) + _log(likelihood).sum(axis=0)
    if np.max(log_joint) == -np.inf:
        raise ValueError("every hypothesis has probability 0 given the data: the evidence P(x) is 0")
    # Z = Σ_h exp(log_joint[h]): the log-sum-exp trick normalises without leaving log space unsafely.
    return _normalise_log(log_joint)


def spam_posterior(X_train, y_train, X_new, alpha=1.0):
    """P(spam | message) for each new message, by multinomial naive Bayes with Laplace smoothing."""
    X_train = np.asarray(X_train, dtype=float)
    X_new = np.asarray(X_new, dtype=float)
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or X_new.ndim != 2 or X_new.shape[1] != X_train.shape[1]:
        raise ValueError(f"expected X_train (n, V) and X_new (m, V) with the same V, got {X_train.shape} "
                         f"and {X_new.shape}")
    if y_train.shape != (X_train.shape[0],):
        raise ValueError(f"y_train should have shape ({X_train.shape[0]},), got {y_train.shape}")
    if not alpha > 0:
        raise ValueError(f"the smoothing alpha must be > 0, got {alpha}")
    spam = y_train == 1
    if spam.all() or not spam.any():
        raise ValueError("the training messages must contain both spam (1) and ham (0)")
    # Class priors: the fraction of training messages in each class. Row 0 is ham, row 1 spam.
    log_prior = np.log(np.array([np.mean(~spam), np.mean(spam)]))
    # Word counts per class, shape (2, V): N_cw = Σ over messages of class c of their counts of w.
    counts = np.stack([X_train[~spam].sum(axis=0), X_train[spam].sum(axis=0)])
    # Laplace smoothing: θ_cw = (N_cw + α) / (N_c + α V). Without α a word never seen in a class gets
    # θ = 0, and one such word vetoes the class whatever the rest of the message says.
    V = X_train.shape[1]
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    # Naive Bayes: words are independent given the class, so log P(c, x) = log π_c + Σ_w x_w log θ_cw
    # (the multinomial coefficient is the same for both classes and cancels). One matrix product
    # does this for every message and both classes at once: shape (m, 2).
    log_joint = log_prior + X_new @ log_theta.T
    # Normalise each row in log space (long messages have log joints far below -745).
    return _normalise_log(log_joint, axis=1)[:, 1]
