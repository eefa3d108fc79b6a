"""Reference descriptive statistics and bootstrap: the oracle and the speed baseline."""

import numpy as np


def describe(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    s = np.sort(x)
    n = len(s)
    # Quantiles straight from the sorted array (np.quantile would partition it again).
    h = (n - 1) * np.array([0.5, 0.25, 0.75])
    lo = np.floor(h).astype(np.intp)
    hi = np.minimum(lo + 1, n - 1)
    median, q1, q3 = s[lo] + (h - lo) * (s[hi] - s[lo])
    # Mode from run lengths of the sorted array (one sort in all); the first longest run is the smallest value.
    starts = np.flatnonzero(np.concatenate(([True], s[1:] != s[:-1])))
    lengths = np.diff(np.append(starts, len(s)))
    return float(median), float(q3 - q1), float(s[starts[np.argmax(lengths)]])


def bootstrap_ci(x, stat, n_boot, alpha, rng):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) < 2:
        raise ValueError("the bootstrap needs a 1-D sample of at least 2 values")
    if n_boot < 1 or not 0 < alpha < 1:
        raise ValueError("n_boot must be >= 1 and 0 < alpha < 1")
    thetas = stat(x[rng.integers(0, len(x), size=(n_boot, len(x)))], axis=-1)
    low, high = np.quantile(thetas, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
