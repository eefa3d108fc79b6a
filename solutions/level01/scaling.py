"""Feature scaling of a ratings matrix, column by column: min-max to [0, 1] and z-scores."""

import numpy as np


def _as_ratings(R):
    R = np.asarray(R, dtype=np.float64)  # integer star ratings become floats (and a new array)
    if R.ndim != 2 or R.shape[0] == 0:
        raise ValueError(f"R must be a 2-D array (n_users, n_movies) with at least one row, got shape {R.shape}")
    return R


def minmax_scale(R):
    """Rescale each column to [0, 1]: (R - column min) / (column max - column min); constant columns give 0."""
    R = _as_ratings(R)
    low = R.min(axis=0)  # one value per movie (column): shape (n_movies,)
    span = R.max(axis=0) - low
    # A constant column has span 0 and 0/0 is NaN (with an "invalid value" warning). Dividing by 1
    # there instead gives (R - low) / 1 = 0, which is what scikit-learn's MinMaxScaler returns.
    # Fix the divisor *before* dividing: np.where(span == 0, 0, (R - low) / span) would still compute
    # every 0/0, because np.where evaluates both branches in full.
    span = np.where(span == 0, 1.0, span)
    return (R - low) / span  # broadcasting: (n, d) - (d,) subtracts each column's own minimum


def zscore(R):
    """Standardise each column: (R - column mean) / column std (population std, ddof = 0); constant columns give 0."""
    R = _as_ratings(R)
    mean = R.mean(axis=0)
    centred = R - mean
    # Two passes: centre first, then average the squares. The one-pass shortcut E[x²] - E[x]² subtracts
    # two huge, nearly equal numbers when the mean is large compared with the spread (ratings around 1e8:
    # E[x²] ≈ 1e16, where the float spacing is 2) and returns garbage, even negative variances.
    std = np.sqrt(np.mean(centred**2, axis=0))  # divide by n, like StandardScaler (not n - 1)
    # Constant columns: detect them exactly, by max == min. Testing std == 0 is not enough: the computed
    # mean of seven 0.1s is 0.10000000000000002, so the computed std is 1.4e-17 rather than 0, and
    # centred / std would turn pure rounding noise into z-scores of ±1.
    constant = R.max(axis=0) == R.min(axis=0)
    std = np.where(constant, 1.0, std)  # a safe divisor everywhere, so no 0/0 is ever computed
    return np.where(constant, 0.0, centred / std)
