"""Attention and positional encodings: the two ingredients a Transformer adds to matrix products."""

import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    """softmax(Q Kᵀ / √d) V over the last two axes, with a boolean mask (True = may attend)."""
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    if Q.ndim < 2 or K.ndim < 2 or V.ndim < 2:
        raise ValueError(f"Q, K and V need shape (..., n, d); got Q {Q.shape}, K {K.shape}, V {V.shape}")
    if Q.shape[-1] != K.shape[-1]:
        raise ValueError(f"queries and keys must have the same size d: Q {Q.shape} vs K {K.shape}")
    if K.shape[-2] != V.shape[-2]:
        raise ValueError(f"K and V need one row per key: K {K.shape} vs V {V.shape}")
    d = Q.shape[-1]
    # S[..., i, j] = q_i · k_j / √d. Dividing by √d keeps the variance of the scores near 1 when the
    # entries of q and k have unit variance (a sum of d products has variance d); without it, the
    # softmax saturates to one-hot for large d.
    scores = np.matmul(Q, np.swapaxes(K, -1, -2)) / np.sqrt(d)  # (..., n_q, n_k)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        # exp(-inf) = 0 exactly, so a masked key gets weight 0 whatever its score.
        scores = np.where(mask, scores, -np.inf)
    # Softmax is unchanged by subtracting a constant per row; subtracting the row max makes every
    # exponent <= 0, so nothing overflows even for scores of 1e6. A fully masked row has max -inf;
    # we subtract 0 there instead (−inf − (−inf) would be NaN), so its exponentials are all 0.
    row_max = np.max(scores, axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    with np.errstate(under="ignore"):  # tiny weights rounding to 0 are harmless
        e = np.exp(scores - row_max)
    total = np.sum(e, axis=-1, keepdims=True)  # >= 1 on every row with an allowed key (its max gives e⁰)
    # A fully masked row has total 0: by the spec its weights stay 0 (and so does its output).
    weights = e / np.where(total > 0, total, 1.0)
    return np.matmul(weights, V), weights


def sinusoidal_positional_encoding(max_len, d):
    """PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d))."""
    if int(max_len) != max_len or int(d) != d or max_len < 1 or d < 1:
        raise ValueError(f"max_len and d must be positive integers, got max_len={max_len!r}, d={d!r}")
    max_len, d = int(max_len), int(d)
    # Column pair (2i, 2i+1) shares one frequency ω_i = 10000^(-2i/d): the even column indices
    # 0, 2, 4, ... are exactly the values of 2i.
    two_i = np.arange(0, d, 2)  # ceil(d / 2) frequencies
    omega = 10000.0 ** (-two_i / d)
    angles = np.arange(max_len)[:, None] * omega[None, :]  # (max_len, ceil(d/2)), by broadcasting
    pe = np.empty((max_len, d))
    pe[:, 0::2] = np.sin(angles)
    # For odd d there is one more even column than odd ones: the last column is a sine column,
    # and the cosine of the last frequency is dropped.
    pe[:, 1::2] = np.cos(angles[:, : d // 2])
    return pe
