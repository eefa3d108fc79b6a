"""Plausible versions of exercises/level03/activations.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "sigmoid__naive_overflows": ("failed", "two-branch form"),
    "sigmoid__one_minus_for_negative": ("failed", "catastrophic cancellation"),
    "sigmoid__zero_d_array_for_scalar": ("failed", "float(result)"),
    "sigmoid__empty_like_keeps_int": ("failed", "integer dtype"),
    "sigmoid__loop_over_entries": ("too_slow", "whole array"),
    "sigmoid__scipy_expit": ("forbidden", "scipy"),
    "sigmoid__boolean_masks": ("passed", None),
    "softplus__naive_log_exp": ("failed", "overflows for z > 709"),
    "softplus__log_not_log1p": ("failed", "np.log1p"),
    "softplus__forgets_max": ("failed", "max(z, 0) + log1p"),
    "softplus__loop_over_entries": ("too_slow", "loop over the entries"),
    "softplus__logaddexp": ("passed", None),
}


def _number_or_array(result):
    return float(result) if np.ndim(result) == 0 else result


# -- sigmoid --------------------------------------------------------------------------------------
def sigmoid__naive_overflows(z):
    return _number_or_array(1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float))))


def sigmoid__one_minus_for_negative(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return _number_or_array(np.where(z >= 0, 1.0 / (1.0 + e), 1.0 - 1.0 / (1.0 + e)))


def sigmoid__zero_d_array_for_scalar(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid__empty_like_keeps_int(z):
    z = np.asarray(z)
    out = np.empty_like(z)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    out[...] = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return _number_or_array(out)


def sigmoid__loop_over_entries(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 0:
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    out = np.empty(z.size)
    for i, v in enumerate(z.ravel().tolist()):
        out[i] = 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))
    return out.reshape(z.shape)


def sigmoid__scipy_expit(z):
    from scipy.special import expit

    return _number_or_array(expit(z))


def sigmoid__boolean_masks(z):
    # Right but different: fill the two pieces through boolean masks, never touching the other piece.
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    with np.errstate(under="ignore"):
        e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return out.item() if out.ndim == 0 else out


# -- softplus -------------------------------------------------------------------------------------
def softplus__naive_log_exp(z):
    return _number_or_array(np.log(1.0 + np.exp(np.asarray(z, dtype=float))))


def softplus__log_not_log1p(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return _number_or_array(np.maximum(z, 0.0) + np.log(1.0 + e))


def softplus__forgets_max(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        return _number_or_array(np.log1p(np.exp(-np.abs(z))))


def softplus__loop_over_entries(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 0:
        return max(float(z), 0.0) + math.log1p(math.exp(-abs(float(z))))
    values = [max(v, 0.0) + math.log1p(math.exp(-abs(v))) for v in z.ravel().tolist()]
    return np.array(values).reshape(z.shape)


def softplus__logaddexp(z):
    # Right but different: NumPy's log(e^a + e^b) with a = 0 is exactly log(1 + e^z), computed stably.
    return _number_or_array(np.logaddexp(0.0, z))
