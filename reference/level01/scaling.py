"""Reference feature scaling: the oracle and the speed baseline."""

import numpy as np


def _as_ratings(R):
    R = np.asarray(R, dtype=np.float64)
    if R.ndim != 2 or R.shape[0] == 0:
        raise ValueError("R must be a non-empty 2-D array")
    return R


def minmax_scale(R):
    R = _as_ratings(R)
    low = R.min(axis=0)
    span = R.max(axis=0) - low
    span[span == 0] = 1.0
    return (R - low) / span


def zscore(R):
    R = _as_ratings(R)
    centred = R - R.mean(axis=0)
    std = np.sqrt(np.einsum("ij,ij->j", centred, centred) / R.shape[0])
    constant = R.max(axis=0) == R.min(axis=0)
    std[constant] = 1.0
    centred[:, constant] = 0.0
    return centred / std
