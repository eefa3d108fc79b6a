"""Plausible versions of exercises/level07/bayes.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "bayes_posterior__product_of_probabilities": ("failed", "add logarithms"),
    "bayes_posterior__log_without_errstate": ("failed", "np.errstate(divide='ignore')"),
    "bayes_posterior__forgets_prior": ("failed", "multiply by the prior"),
    "bayes_posterior__calls_logsumexp": ("forbidden", "scipy.special.logsumexp"),
    "bayes_posterior__logaddexp_reduce": ("passed", None),
    "spam_posterior__no_smoothing": ("failed", "Laplace smoothing"),
    "spam_posterior__uniform_prior": ("failed", "class priors"),
    "spam_posterior__alpha_once_in_denominator": ("failed", "N_c + α V"),
    "spam_posterior__uses_sklearn": ("forbidden", "sklearn"),
    "spam_posterior__sigmoid_of_log_odds": ("passed", None),
}


def _check(prior, likelihood):
    if (np.asarray(prior) < 0).any() or (np.asarray(likelihood) < 0).any():
        raise ValueError("negative probability")


def bayes_posterior__product_of_probabilities(prior, likelihood):
    _check(prior, likelihood)
    joint = prior * np.prod(likelihood, axis=0)
    return joint / joint.sum()


def bayes_posterior__log_without_errstate(prior, likelihood):
    _check(prior, likelihood)
    log_joint = np.log(prior) + np.log(likelihood).sum(axis=0)
    if np.max(log_joint) == -np.inf:
        raise ValueError("zero evidence")
    w = np.exp(log_joint - log_joint.max())
    return w / w.sum()


def bayes_posterior__forgets_prior(prior, likelihood):
    _check(prior, likelihood)
    with np.errstate(divide="ignore"):
        log_joint = np.log(likelihood).sum(axis=0)
    if np.max(log_joint) == -np.inf:
        raise ValueError("zero evidence")
    w = np.exp(log_joint - log_joint.max())
    return w / w.sum()


def bayes_posterior__calls_logsumexp(prior, likelihood):
    from scipy.special import logsumexp

    _check(prior, likelihood)
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.log(likelihood).sum(axis=0)
    if np.max(log_joint) == -np.inf:
        raise ValueError("zero evidence")
    return np.exp(log_joint - logsumexp(log_joint))


def bayes_posterior__logaddexp_reduce(prior, likelihood):
    # Another stable normaliser: log Z = logaddexp(logaddexp(a, b), c)... folds pairwise without overflow.
    prior, likelihood = np.asarray(prior, float), np.asarray(likelihood, float)
    _check(prior, likelihood)
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.sum(np.log(likelihood), axis=0)
    if np.all(np.isneginf(log_joint)):
        raise ValueError("zero evidence")
    return np.exp(log_joint - np.logaddexp.reduce(log_joint))


def _nb_parts(X_train, y_train, alpha):
    if not alpha > 0:
        raise ValueError("alpha must be > 0")
    spam = np.asarray(y_train) == 1
    if spam.all() or not spam.any():
        raise ValueError("need both classes")
    counts = np.stack([X_train[~spam].sum(axis=0), X_train[spam].sum(axis=0)]).astype(float)
    return spam, counts


def spam_posterior__no_smoothing(X_train, y_train, X_new, alpha=1.0):
    spam, counts = _nb_parts(X_train, y_train, alpha)
    log_theta = np.log(counts / counts.sum(axis=1, keepdims=True))
    log_joint = np.log([np.mean(~spam), np.mean(spam)]) + X_new @ log_theta.T
    m = log_joint.max(axis=1, keepdims=True)
    w = np.exp(log_joint - m)
    return w[:, 1] / w.sum(axis=1)


def spam_posterior__uniform_prior(X_train, y_train, X_new, alpha=1.0):
    spam, counts = _nb_parts(X_train, y_train, alpha)
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * X_train.shape[1])
    log_joint = X_new @ log_theta.T
    w = np.exp(log_joint - log_joint.max(axis=1, keepdims=True))
    return w[:, 1] / w.sum(axis=1)


def spam_posterior__alpha_once_in_denominator(X_train, y_train, X_new, alpha=1.0):
    spam, counts = _nb_parts(X_train, y_train, alpha)
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha)
    log_joint = np.log([np.mean(~spam), np.mean(spam)]) + X_new @ log_theta.T
    w = np.exp(log_joint - log_joint.max(axis=1, keepdims=True))
    return w[:, 1] / w.sum(axis=1)


def spam_posterior__uses_sklearn(X_train, y_train, X_new, alpha=1.0):
    from sklearn.naive_bayes import MultinomialNB

    return MultinomialNB(alpha=alpha).fit(X_train, y_train).predict_proba(X_new)[:, 1]


def spam_posterior__sigmoid_of_log_odds(X_train, y_train, X_new, alpha=1.0):
    # Two classes: P(spam | x) = σ(log-odds), with σ(t) = exp(-log(1 + e^{-t})) computed by logaddexp.
    spam, counts = _nb_parts(X_train, y_train, alpha)
    smoothed = counts + alpha
    log_ratio = np.log(smoothed[1] / smoothed[1].sum()) - np.log(smoothed[0] / smoothed[0].sum())
    log_odds = np.log(spam.sum() / (~spam).sum()) + np.asarray(X_new, float) @ log_ratio
    return np.exp(-np.logaddexp(0.0, -log_odds))
