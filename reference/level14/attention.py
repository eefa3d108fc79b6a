"""Reference (oracle and speed baseline) for exercises/level14/attention.py. NumPy only."""

import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    if Q.ndim < 2 or K.ndim < 2 or V.ndim < 2:
        raise ValueError("Q, K and V must have at least 2 dimensions")
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError(f"incompatible shapes Q {Q.shape}, K {K.shape}, V {V.shape}")
    scores = np.matmul(Q, np.swapaxes(K, -1, -2)) * (1.0 / np.sqrt(Q.shape[-1]))
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[~np.isfinite(top)] = 0.0
    with np.errstate(under="ignore"):
        weights = np.exp(scores - top)
    total = weights.sum(axis=-1, keepdims=True)
    total[total == 0.0] = 1.0
    weights /= total
    return np.matmul(weights, V), weights


def sinusoidal_positional_encoding(max_len, d):
    if max_len < 1 or d < 1:
        raise ValueError(f"need max_len >= 1 and d >= 1, got {max_len}, {d}")
    positions = np.arange(max_len, dtype=float)[:, None]
    frequencies = np.power(10000.0, -np.arange(0, d, 2, dtype=float) / d)
    angles = positions * frequencies
    pe = np.empty((max_len, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d // 2])
    return pe
