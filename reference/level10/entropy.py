"""Reference entropy, cross-entropy and KL divergence: the oracle and the speed baseline."""

import numpy as np
from scipy.special import entr, rel_entr

NORMALISATION_TOL = 1e-6


def _distributions(p, name):
    p = np.asarray(p, dtype=float)
    if p.ndim not in (1, 2) or p.shape[-1] == 0:
        raise ValueError(f"{name} must have shape (k,) or (n, k) with k >= 1, got shape {p.shape}")
    # One matrix-vector product gives every row's total, and a NaN or ±inf anywhere makes its row's
    # total non-finite too; then a single min() finds any negative entry.
    totals = p @ np.ones(p.shape[-1])
    if not np.isfinite(totals).all() or (p.size and p.min() < 0):
        raise ValueError(f"{name} must hold finite, non-negative probabilities")
    if (np.abs(totals - 1.0) > NORMALISATION_TOL).any():
        raise ValueError(f"each distribution in {name} must sum to 1 (within {NORMALISATION_TOL:g})")
    return p


def _log_base(base):
    if base is None:
        return 1.0
    if not base > 0 or base == 1:
        raise ValueError(f"base must be positive and not 1, got {base!r}")
    return float(np.log(base))


def _pair(p, q):
    p = _distributions(p, "p")
    q = _distributions(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"p and q must have the same shape, got {p.shape} and {q.shape}")
    return p, q


def _result(values):
    return float(values) if np.ndim(values) == 0 else values


def entropy(p, base=None):
    scale = _log_base(base)
    p = _distributions(p, "p")
    return _result(entr(p).sum(axis=-1) / scale)


def cross_entropy(p, q, base=None):
    scale = _log_base(base)
    p, q = _pair(p, q)
    # H(p, q) = H(p) + KL(p || q): rel_entr is +inf where q = 0 < p, and 0 where p = 0.
    return _result((entr(p) + rel_entr(p, q)).sum(axis=-1) / scale)


def kl_divergence(p, q, base=None):
    scale = _log_base(base)
    p, q = _pair(p, q)
    # Terms p log(p/q): 0 where p = 0 (the limit), +inf where q = 0 < p. NumPy's vectorised log is
    # faster than scipy.special.rel_entr's scalar loop; where p = 0 the ratio is set to 1 (log 1 = 0).
    with np.errstate(divide="ignore"):  # p / 0 = inf is the intended value
        terms = np.divide(p, q, out=np.ones_like(p), where=p > 0)
    np.log(terms, out=terms)
    terms *= p
    return _result(terms.sum(axis=-1) / scale)
