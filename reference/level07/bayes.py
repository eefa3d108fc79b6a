"""Reference Bayes in log space and naive-Bayes spam filter: the oracle and the speed baseline."""

import numpy as np
from scipy.special import logsumexp, softmax


def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    likelihood = np.asarray(likelihood, dtype=float)
    if prior.ndim != 1 or likelihood.ndim != 2 or likelihood.shape[1] != prior.shape[0]:
        raise ValueError("expected prior (k,) and likelihood (n, k)")
    if (prior < 0).any() or (likelihood < 0).any():
        raise ValueError("probabilities cannot be negative")
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.log(likelihood).sum(axis=0)
    if not np.isfinite(log_joint).any():
        raise ValueError("the evidence is 0")
    return np.exp(log_joint - logsumexp(log_joint))


def spam_posterior(X_train, y_train, X_new, alpha=1.0):
    X_train = np.asarray(X_train, dtype=float)
    X_new = np.asarray(X_new, dtype=float)
    y = np.asarray(y_train) == 1
    if not alpha > 0:
        raise ValueError("alpha must be > 0")
    if y.all() or not y.any():
        raise ValueError("need both classes")
    counts = np.stack([X_train[~y].sum(axis=0), X_train[y].sum(axis=0)]) + alpha
    log_theta = np.log(counts) - np.log(counts.sum(axis=1, keepdims=True))
    log_joint = X_new @ log_theta.T + np.log([np.mean(~y), np.mean(y)])
    return softmax(log_joint, axis=1)[:, 1]
