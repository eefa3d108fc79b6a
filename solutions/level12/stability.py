"""Numerical stability: log-sum-exp, softmax and the condition number, solved."""

import numpy as np


def logsumexp(a, axis=None):
    """log Σ exp(a) along ``axis`` (all entries for None), without overflow or underflow."""
    a = np.asarray(a, dtype=float)
    if a.size == 0:
        raise ValueError("logsumexp needs at least one entry: the log of an empty sum is not a number")
    # log Σ e^{a_i} = m + log Σ e^{a_i - m} for any m; m = max makes every exponent ≤ 0 (no
    # overflow) and the largest term exactly 1 (the sum is >= 1, so the log cannot be -inf).
    # keepdims=True keeps one maximum per slice, broadcastable against a.
    m = np.max(a, axis=axis, keepdims=True)
    # A slice of only -inf has m = -inf, and -inf - (-inf) is NaN: shift it by 0 instead.
    # Its sum is then 0 and log(0) = -inf is the right answer.
    m = np.where(np.isfinite(m), m, 0.0)
    total = np.sum(np.exp(a - m), axis=axis, keepdims=True)  # e^{-huge} underflows to 0: harmless
    with np.errstate(divide="ignore"):  # log(0) = -inf only for all -inf slices, where it is right
        lse = np.log(total) + m
    if axis is None:
        return float(lse.reshape(()))
    return np.squeeze(lse, axis=axis)


def softmax(z, axis=-1):
    """e^{z} normalised along ``axis`` (the whole array for None), without overflow."""
    z = np.asarray(z, dtype=float)
    # softmax(z) = softmax(z - m) for a constant m per slice (e^{-m} cancels in the ratio). With
    # m the slice's own maximum every exponent is ≤ 0 and the largest is e^0 = 1, so the
    # denominator is >= 1: no overflow, no 0 / 0, whatever the scale of the other slices.
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def condition_number(A):
    """κ(A) = σ_max / σ_min from the singular values; inf if σ_min is 0."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"condition_number expects a non-empty 2-D matrix, got an array of shape {A.shape}")
    # The SVD works on A itself: σ_min is found to within about eps · σ_max. Going through
    # Aᵀ A would square κ and lose twice the digits.
    s = np.linalg.svd(A, compute_uv=False)  # descending: s[0] = σ_max, s[-1] = σ_min
    if s[-1] == 0.0:  # exactly singular (also the zero matrix, where s[0] is 0 too): κ = ∞
        return np.inf
    return float(s[0] / s[-1])
