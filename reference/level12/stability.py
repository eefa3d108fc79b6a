"""Reference log-sum-exp, softmax and condition number: the oracle and the speed baseline."""

import numpy as np


def logsumexp(a, axis=None):
    # Plain whole-array operations (no in-place tricks), so that any vectorised learner
    # version is within a small factor of this baseline.
    a = np.asarray(a, dtype=float)
    if a.size == 0:
        raise ValueError("logsumexp needs at least one entry")
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    total = np.sum(np.exp(a - m), axis=axis, keepdims=True)
    with np.errstate(divide="ignore"):
        lse = np.log(total) + m
    if axis is None:
        return float(lse.reshape(()))
    return np.squeeze(lse, axis=axis)


def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.asarray(z - np.max(z, axis=axis, keepdims=True))  # every exponent <= 0: no overflow
    np.exp(e, out=e)  # in place: one (n, k) array in all, not three
    e /= np.sum(e, axis=axis, keepdims=True)
    return e if e.ndim else e[()]


def condition_number(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(f"condition_number expects a non-empty 2-D matrix, got shape {A.shape}")
    s = np.linalg.svd(A, compute_uv=False)
    if s[-1] == 0.0:
        return np.inf
    return float(s[0] / s[-1])
