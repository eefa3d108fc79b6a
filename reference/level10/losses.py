"""Reference cross-entropy from logits and KL divergence between Gaussians."""

import numpy as np


def cross_entropy_from_logits(logits, labels):
    logits = np.asarray(logits, dtype=float)
    labels = np.asarray(labels)
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError(f"logits must have shape (n, C) with n >= 1, got {logits.shape}")
    n, C = logits.shape
    if labels.shape != (n,) or labels.dtype.kind not in "iu":
        raise ValueError(f"labels must be integers of shape ({n},), got {labels.dtype} of shape {labels.shape}")
    if (labels < 0).any() or (labels >= C).any():
        raise ValueError(f"labels must lie in 0..{C - 1}")
    top = logits.max(axis=1)
    with np.errstate(under="ignore"):
        lse = top + np.log(np.exp(logits - top[:, None]).sum(axis=1))
    return float(np.mean(lse - logits[np.arange(n), labels]))


def kl_gaussians(mu1, s1, mu2, s2):
    mu1, s1, mu2, s2 = (np.asarray(a, dtype=float) for a in (mu1, s1, mu2, s2))
    if (s1 <= 0).any() or (s2 <= 0).any() or np.isnan(s1).any() or np.isnan(s2).any():
        raise ValueError("standard deviations s1 and s2 must be positive")
    r = s1 / s2
    z = (mu1 - mu2) / s2
    with np.errstate(under="ignore"):
        value = 0.5 * (r * r + z * z - 1.0) - np.log(r)
    return float(value) if value.ndim == 0 else value
