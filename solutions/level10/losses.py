"""Two information-theoretic training losses: cross-entropy from logits and the KL between Gaussians."""

import numpy as np


def cross_entropy_from_logits(logits, labels):
    """Mean negative log-likelihood of integer labels under softmax(logits), in nats."""
    logits = np.asarray(logits, dtype=float)
    labels = np.asarray(labels)
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError(f"logits must have shape (n_samples, n_classes) with n_samples >= 1, got {logits.shape}")
    n, n_classes = logits.shape
    if labels.shape != (n,) or labels.dtype.kind not in "iu":
        raise ValueError(f"labels must be an integer array of shape ({n},), got dtype {labels.dtype} "
                         f"and shape {labels.shape}")
    if (labels < 0).any() or (labels >= n_classes).any():
        # A label of -1 would silently pick the last class through negative indexing.
        raise ValueError(f"labels must be class indices in 0..{n_classes - 1}")
    # -log softmax(z)_y = log Σ_c e^{z_c} - z_y. Shifting by the row maximum m changes nothing
    # (e^{z - m} / Σ e^{z - m} is the same ratio) but keeps every exponent <= 0, so no overflow;
    # the largest term is e^0 = 1, so the sum is >= 1 and its log is never log(0).
    top = logits.max(axis=1, keepdims=True)
    with np.errstate(under="ignore"):  # e^{-huge} -> 0 is the right value
        log_sum_exp = top[:, 0] + np.log(np.exp(logits - top).sum(axis=1))
    correct = logits[np.arange(n), labels]  # z_{i, y_i} for every sample at once
    return float(np.mean(log_sum_exp - correct))


def kl_gaussians(mu1, s1, mu2, s2):
    """KL(N(mu1, s1²) || N(mu2, s2²)), entrywise over broadcast arrays."""
    mu1, s1, mu2, s2 = (np.asarray(a, dtype=float) for a in (mu1, s1, mu2, s2))
    if not ((s1 > 0).all() and (s2 > 0).all()):
        raise ValueError("the standard deviations s1 and s2 must be positive")
    # KL = E_p[log p - log q] = log(s2/s1) + (s1² + (mu1 - mu2)²) / (2 s2²) - 1/2.
    # Written with the ratios r = s1/s2 and z = (mu1 - mu2)/s2 nothing is squared before dividing,
    # so s = 1e-170 (s² underflows to 0) or s = 1e170 (s² overflows) causes no trouble.
    r = s1 / s2
    z = (mu1 - mu2) / s2
    with np.errstate(under="ignore"):
        value = 0.5 * (r * r + z * z - 1.0) - np.log(r)
    return float(value) if value.ndim == 0 else value
