"""Entropy, cross-entropy and KL divergence of discrete distributions (rows of probabilities)."""

import numpy as np


def _check_distributions(p, name):
    """Return ``p`` as a float array of shape (k,) or (n, k) whose rows are probability distributions."""
    p = np.asarray(p, dtype=float)
    if p.ndim not in (1, 2) or p.shape[-1] == 0:
        raise ValueError(f"{name} must have shape (k,) or (n, k) with k >= 1, got shape {p.shape}")
    if not np.isfinite(p).all() or (p < 0).any():
        raise ValueError(f"{name} must hold finite, non-negative probabilities")
    sums = p.sum(axis=-1)
    if (np.abs(sums - 1.0) > 1e-6).any():
        # Silently dividing by the sum (as scipy.stats.entropy does) would hide a bug upstream,
        # e.g. passing counts, or logits, instead of probabilities.
        raise ValueError(f"each distribution in {name} must sum to 1 (within 1e-6); a row sums to "
                         f"{sums.flat[np.argmax(np.abs(sums - 1.0))]:.6g}: normalise it first")
    return p


def _log_base(base):
    """log(base), the factor that turns nats into the requested unit (1 for nats)."""
    if base is None:
        return 1.0
    if not base > 0 or base == 1:
        raise ValueError(f"base must be a positive number other than 1 (2 for bits), got {base!r}")
    return np.log(base)


def _logs_on_support(p, q):
    """(log p, log q) where p > 0, and 0 where p = 0, so every term p_i · (...) of an absent outcome is 0.

    ``np.log(x, out=zeros, where=mask)`` takes the log only where the mask holds: no log(0)
    is ever evaluated for p, which is what makes 0 · log 0 = 0 hold without a warning.
    """
    support = p > 0
    log_p = np.log(p, out=np.zeros_like(p), where=support)
    with np.errstate(divide="ignore"):
        # q = 0 where p > 0 gives log q = -inf on purpose: that outcome is impossible under q,
        # so coding it costs +inf. The warning is silenced because the infinity is the answer.
        log_q = np.log(q, out=np.zeros_like(q), where=support)
    return log_p, log_q


def _as_result(values):
    return float(values) if values.ndim == 0 else values


def entropy(p, base=None):
    """Shannon entropy H(p) = -Σ_i p_i log p_i of each row."""
    scale = _log_base(base)
    p = _check_distributions(p, "p")
    # Entries with p = 0 get log p = 0 instead of -inf, so their term p · log p is 0 · 0 = 0
    # (the limit of x log x as x -> 0), and nothing warns. One product and one row sum do the batch.
    log_p = np.log(p, out=np.zeros_like(p), where=p > 0)
    # (0.0 - x rather than -x, so that a certain outcome gives 0.0, not -0.0.)
    return _as_result((0.0 - (p * log_p).sum(axis=-1)) / scale)


def cross_entropy(p, q, base=None):
    """Cross-entropy H(p, q) = -Σ_i p_i log q_i of each pair of rows."""
    scale = _log_base(base)
    p = _check_distributions(p, "p")
    q = _check_distributions(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"p and q must have the same shape, got {p.shape} and {q.shape}")
    # Entries with p = 0 cost nothing, whatever q is (their log q is set to 0); q = 0 where p > 0
    # gives -p · (-inf) = +inf: the model called an event impossible that happens.
    _, log_q = _logs_on_support(p, q)
    return _as_result((0.0 - (p * log_q).sum(axis=-1)) / scale)


def kl_divergence(p, q, base=None):
    """Kullback–Leibler divergence KL(p || q) = Σ_i p_i log(p_i / q_i) of each pair of rows."""
    scale = _log_base(base)
    p = _check_distributions(p, "p")
    q = _check_distributions(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"p and q must have the same shape, got {p.shape} and {q.shape}")
    # KL(p || q) = H(p, q) - H(p): the extra nats paid for coding p with a code built for q.
    # Writing p (log p - log q) rather than H(p, q) - H(p) keeps KL(p || p) exactly 0.
    log_p, log_q = _logs_on_support(p, q)
    return _as_result((p * (log_p - log_q)).sum(axis=-1) / scale)
