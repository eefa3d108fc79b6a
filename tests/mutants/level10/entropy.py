"""Plausible versions of exercises/level10/entropy.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "entropy__row_loop": ("too_slow", "loop over rows"),
    "entropy__scipy": ("forbidden", "scipy"),
    "entropy__where_log_of_zero": ("failed", "np.where"),
    "entropy__normalises_silently": ("failed", "normalising silently"),
    "entropy__multiplies_by_log_base": ("failed", "divide by it instead"),
    "entropy__errstate_nansum": ("passed", None),
    "cross_entropy__swapped": ("failed", "H(q, p)"),
    "cross_entropy__row_loop": ("too_slow", "loop over rows"),
    "cross_entropy__scipy_rel_entr": ("forbidden", "scipy"),
    "cross_entropy__clips_q": ("failed", "clipping q"),
    "cross_entropy__entropy_plus_kl": ("passed", None),
    "kl_divergence__swapped": ("failed", "KL(q || p)"),
    "kl_divergence__row_loop": ("too_slow", "loop over rows"),
    "kl_divergence__scipy_kl_div": ("forbidden", "scipy"),
    "kl_divergence__ratio_warns": ("failed", "np.errstate"),
    "kl_divergence__cross_minus_entropy": ("passed", None),
}


def _valid(p, q=None):
    p = np.asarray(p, dtype=float)
    for a in (p,) if q is None else (p, q):
        if (a < 0).any() or (np.abs(a.sum(axis=-1) - 1) > 1e-6).any():
            raise ValueError("not a distribution")
    if q is not None and p.shape != q.shape:
        raise ValueError("shapes differ")
    return p


def _scale(base):
    return 1.0 if base is None else np.log(base)


def entropy__row_loop(p, base=None):
    p = _valid(p)
    rows = np.atleast_2d(p)
    out = np.empty(len(rows))
    for i, row in enumerate(rows):
        nz = row[row > 0]
        out[i] = -np.sum(nz * np.log(nz)) / _scale(base)
    return float(out[0]) if p.ndim == 1 else out


def entropy__scipy(p, base=None):
    from scipy.stats import entropy as h
    _valid(p)
    return h(p, base=base, axis=-1)


def entropy__where_log_of_zero(p, base=None):
    p = _valid(p)
    value = -np.where(p > 0, p * np.log(p), 0.0).sum(axis=-1) / _scale(base)
    return float(value) if p.ndim == 1 else value


def entropy__normalises_silently(p, base=None):
    p = np.asarray(p, dtype=float)
    if (p < 0).any():
        raise ValueError("negative")
    p = p / p.sum(axis=-1, keepdims=True)
    logp = np.log(p, out=np.zeros_like(p), where=p > 0)
    value = -(p * logp).sum(axis=-1) / _scale(base)
    return float(value) if p.ndim == 1 else value


def entropy__multiplies_by_log_base(p, base=None):
    p = _valid(p)
    logp = np.log(p, out=np.zeros_like(p), where=p > 0)
    value = -(p * logp).sum(axis=-1) * _scale(base)
    return float(value) if p.ndim == 1 else value


def entropy__errstate_nansum(p, base=None):
    p = _valid(p)
    if base is not None and (base <= 0 or base == 1):
        raise ValueError("bad base")
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = p * np.log(p)  # 0 · -inf = nan, dropped by nansum
    return np.abs(np.nansum(terms, axis=-1)) / _scale(base)


def cross_entropy__swapped(p, q, base=None):
    q = _valid(q, np.asarray(p, dtype=float))
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(q > 0, -q * np.log(p), 0.0)  # -Σ q log p: the logarithm of the wrong argument
    value = terms.sum(axis=-1) / _scale(base)
    return float(value) if q.ndim == 1 else value


def cross_entropy__row_loop(p, q, base=None):
    p = _valid(p, np.asarray(q, dtype=float))
    q = np.asarray(q, dtype=float)
    P, Q = np.atleast_2d(p), np.atleast_2d(q)
    out = np.empty(len(P))
    for i in range(len(P)):
        m = P[i] > 0
        with np.errstate(divide="ignore"):
            out[i] = -np.sum(P[i][m] * np.log(Q[i][m])) / _scale(base)
    return float(out[0]) if p.ndim == 1 else out


def cross_entropy__scipy_rel_entr(p, q, base=None):
    from scipy.special import entr, rel_entr
    p = _valid(p, np.asarray(q, dtype=float))
    return (entr(p) + rel_entr(p, q)).sum(axis=-1) / _scale(base)


def cross_entropy__clips_q(p, q, base=None):
    p = _valid(p, np.asarray(q, dtype=float))
    q = np.clip(q, 1e-12, None)
    value = -(p * np.log(q)).sum(axis=-1) / _scale(base)
    return float(value) if p.ndim == 1 else value


def cross_entropy__entropy_plus_kl(p, q, base=None):
    return entropy(p, base) + kl_divergence(p, q, base)


def kl_divergence__swapped(p, q, base=None):
    q = _valid(q, np.asarray(p, dtype=float))
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(q > 0, q * (np.log(q) - np.log(p)), 0.0)  # Σ q log(q / p) = KL(q || p)
    value = terms.sum(axis=-1) / _scale(base)
    return float(value) if q.ndim == 1 else value


def kl_divergence__row_loop(p, q, base=None):
    p = _valid(p, np.asarray(q, dtype=float))
    q = np.asarray(q, dtype=float)
    P, Q = np.atleast_2d(p), np.atleast_2d(q)
    out = np.empty(len(P))
    for i in range(len(P)):
        m = P[i] > 0
        with np.errstate(divide="ignore"):
            out[i] = np.sum(P[i][m] * (np.log(P[i][m]) - np.log(Q[i][m]))) / _scale(base)
    return float(out[0]) if p.ndim == 1 else out


def kl_divergence__scipy_kl_div(p, q, base=None):
    from scipy.special import kl_div
    p = _valid(p, np.asarray(q, dtype=float))
    return kl_div(p, q).sum(axis=-1) / _scale(base)


def kl_divergence__ratio_warns(p, q, base=None):
    p = _valid(p, np.asarray(q, dtype=float))
    q = np.asarray(q, dtype=float)
    terms = np.zeros_like(p)
    m = p > 0
    terms[m] = p[m] * np.log(p[m] / q[m])
    value = terms.sum(axis=-1) / _scale(base)
    return float(value) if p.ndim == 1 else value


def kl_divergence__cross_minus_entropy(p, q, base=None):
    return cross_entropy(p, q, base) - entropy(p, base)
