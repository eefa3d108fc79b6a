"""Plausible versions of exercises/level14/attention.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "scaled_dot_product_attention__no_sqrt_d": ("failed", "divide the scores by √d"),
    "scaled_dot_product_attention__no_max_subtraction": ("failed", "subtract each row's maximum"),
    "scaled_dot_product_attention__large_negative_fill": ("failed", "large finite fill"),
    "scaled_dot_product_attention__loop_over_queries": ("too_slow", "Loops over queries"),
    "scaled_dot_product_attention__scipy_softmax": ("forbidden", "scipy"),
    "scaled_dot_product_attention__log_space_normalisation": ("passed", None),
    "sinusoidal_positional_encoding__swapped_sin_cos": ("failed", "PE[0] should be [0, 1, 0, 1"),
    "sinusoidal_positional_encoding__column_exponent": ("failed", "share the frequency"),
    "sinusoidal_positional_encoding__loop_over_positions": ("too_slow", "loop over positions"),
    "sinusoidal_positional_encoding__exp_log_and_slice": ("passed", None),
}


def scaled_dot_product_attention__no_sqrt_d(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError("shapes")
    S = np.matmul(Q, np.swapaxes(K, -1, -2))
    if mask is not None:
        S = np.where(mask, S, -np.inf)
    top = np.max(S, axis=-1, keepdims=True)
    e = np.exp(S - np.where(np.isfinite(top), top, 0.0))
    total = e.sum(axis=-1, keepdims=True)
    A = e / np.where(total > 0, total, 1.0)
    return np.matmul(A, V), A


def scaled_dot_product_attention__no_max_subtraction(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError("shapes")
    S = np.matmul(Q, np.swapaxes(K, -1, -2)) / np.sqrt(Q.shape[-1])
    if mask is not None:
        S = np.where(mask, S, -np.inf)
    e = np.exp(S)
    total = e.sum(axis=-1, keepdims=True)
    A = e / np.where(total > 0, total, 1.0)
    return np.matmul(A, V), A


def scaled_dot_product_attention__large_negative_fill(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError("shapes")
    S = np.matmul(Q, np.swapaxes(K, -1, -2)) / np.sqrt(Q.shape[-1])
    if mask is not None:
        S = np.where(mask, S, -1e9)
    e = np.exp(S - S.max(axis=-1, keepdims=True))
    A = e / e.sum(axis=-1, keepdims=True)
    return np.matmul(A, V), A


def scaled_dot_product_attention__loop_over_queries(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError("shapes")
    batch = Q.shape[:-2]
    n_q, n_k = Q.shape[-2], K.shape[-2]
    full = np.ones(batch + (n_q, n_k), dtype=bool) if mask is None else np.broadcast_to(mask, batch + (n_q, n_k))
    A = np.zeros(batch + (n_q, n_k))
    out = np.zeros(batch + (n_q, V.shape[-1]))
    for b in np.ndindex(*batch):
        for i in range(n_q):
            if not full[b][i].any():
                continue
            s = np.where(full[b][i], K[b] @ Q[b][i] / np.sqrt(Q.shape[-1]), -np.inf)
            e = np.exp(s - s.max())
            A[b][i] = e / e.sum()
            out[b][i] = A[b][i] @ V[b]
    return out, A


def scaled_dot_product_attention__scipy_softmax(Q, K, V, mask=None):
    from scipy.special import softmax

    S = np.matmul(Q, np.swapaxes(K, -1, -2)) / np.sqrt(Q.shape[-1])
    A = softmax(S, axis=-1)
    return np.matmul(A, V), A


def scaled_dot_product_attention__log_space_normalisation(Q, K, V, mask=None):
    # Scale Q first and normalise in log space: log A = S - logsumexp(S).
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2]:
        raise ValueError(f"bad shapes {Q.shape} {K.shape} {V.shape}")
    S = (Q / np.sqrt(Q.shape[-1])) @ np.swapaxes(K, -1, -2)
    allowed = np.ones(S.shape, dtype=bool) if mask is None else np.broadcast_to(np.asarray(mask, bool), S.shape)
    S = np.where(allowed, S, -np.inf)
    top = np.max(S, axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0.0
    with np.errstate(under="ignore", divide="ignore"):
        log_total = top + np.log(np.sum(np.exp(S - top), axis=-1, keepdims=True))
    any_allowed = allowed.any(axis=-1, keepdims=True)
    with np.errstate(under="ignore"):
        A = np.where(any_allowed, np.exp(S - np.where(any_allowed, log_total, 0.0)), 0.0)
    return A @ V, A


def sinusoidal_positional_encoding__swapped_sin_cos(max_len, d):
    if max_len < 1 or d < 1:
        raise ValueError("bad sizes")
    angles = np.arange(max_len)[:, None] * 10000.0 ** (-np.arange(0, d, 2) / d)
    pe = np.empty((max_len, d))
    pe[:, 0::2] = np.cos(angles)
    pe[:, 1::2] = np.sin(angles[:, : d // 2])
    return pe


def sinusoidal_positional_encoding__column_exponent(max_len, d):
    if max_len < 1 or d < 1:
        raise ValueError("bad sizes")
    j = np.arange(d)
    angles = np.arange(max_len)[:, None] / 10000.0 ** (j / d)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))


def sinusoidal_positional_encoding__loop_over_positions(max_len, d):
    if max_len < 1 or d < 1:
        raise ValueError("bad sizes")
    omega = 10000.0 ** (-np.arange(0, d, 2) / d)
    pe = np.empty((max_len, d))
    for pos in range(max_len):
        pe[pos, 0::2] = np.sin(pos * omega)
        pe[pos, 1::2] = np.cos(pos * omega[: d // 2])
    return pe


def sinusoidal_positional_encoding__exp_log_and_slice(max_len, d):
    # ω_i = exp(-2i · ln(10000) / d); build an even number of columns and drop the extra cosine.
    if max_len < 1 or d < 1:
        raise ValueError(f"need max_len >= 1 and d >= 1, got {max_len}, {d}")
    half = (d + 1) // 2
    omega = np.exp(-2.0 * np.arange(half) * np.log(10000.0) / d)
    angles = np.outer(np.arange(max_len, dtype=float), omega)
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(max_len, 2 * half)[:, :d]
