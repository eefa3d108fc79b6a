"""Describing a sample: median, IQR and mode from one sort, and a bootstrap confidence interval."""

import numpy as np


def _quantile_of_sorted(s, q):
    """Linear-interpolation quantile of an already sorted 1-D array (NumPy's default rule)."""
    # The q-quantile sits at the fractional position h = (n - 1) q between order statistics:
    # q = 0 is the minimum s[0], q = 1 the maximum s[n - 1]. Interpolate between the neighbours.
    h = (len(s) - 1) * q
    lo = int(np.floor(h))
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])


def describe(x):
    """Median, interquartile range and mode of a 1-D sample, as a tuple of floats."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    # One O(n log n) sort gives every order statistic. np.sort returns a copy: x stays as it was
    # (x.sort() would sort the caller's array in place).
    s = np.sort(x)
    n = len(s)
    # Median: the middle value; for even n there are two middles and the median is their mean.
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    iqr = _quantile_of_sorted(s, 0.75) - _quantile_of_sorted(s, 0.25)
    # Mode: np.unique returns the distinct values sorted with their counts; argmax returns the first
    # maximum, so among tied modes the smallest value wins (the same rule as scipy.stats.mode).
    values, counts = np.unique(s, return_counts=True)
    mode = values[np.argmax(counts)]
    return float(median), float(iqr), float(mode)


def bootstrap_ci(x, stat, n_boot, alpha, rng):
    """Percentile bootstrap confidence interval (low, high) for stat(x)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) < 2:
        raise ValueError(f"the bootstrap needs a 1-D sample of at least 2 values, got shape {x.shape}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be a positive number of resamples, got {n_boot}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be strictly between 0 and 1, got {alpha}")
    n = len(x)
    # Each resample draws n indices uniformly *with replacement* (integers excludes its upper bound,
    # so the high end is n). All n_boot resamples at once: one row per resample.
    idx = rng.integers(0, n, size=(n_boot, n))
    # stat is vectorised: one call reduces every row; no Python loop over resamples.
    thetas = stat(x[idx], axis=-1)
    # The percentile interval cuts alpha/2 from each tail of the bootstrap distribution.
    low, high = np.quantile(thetas, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
