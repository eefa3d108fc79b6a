"""Plausible versions of exercises/level08/descriptive.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "describe__upper_middle_median": ("failed", "mean of the two middle values"),
    "describe__largest_tied_mode": ("failed", "return the smallest of them"),
    "describe__nearest_rank_iqr": ("failed", "interpolate at position"),
    "describe__sorts_in_place": ("failed", "modified its input x"),
    "describe__dict_count_loop": ("too_slow", "np.unique"),
    "describe__calls_np_median": ("forbidden", "numpy.median"),
    "describe__run_lengths_and_lerp": ("passed", None),
    "bootstrap_ci__high_exclusive": ("failed", "excludes n - 1"),
    "bootstrap_ci__alpha_in_each_tail": ("failed", "alpha / 2 from each tail"),
    "bootstrap_ci__columns_are_resamples": ("failed", "one row per resample"),
    "bootstrap_ci__loop_over_resamples": ("too_slow", "loop over resamples"),
    "bootstrap_ci__choice": ("passed", None),
}


def _mutant_quantile(s, q):
    h = (len(s) - 1) * q
    lo = int(np.floor(h))
    return s[lo] + (h - lo) * (s[min(lo + 1, len(s) - 1)] - s[lo])


def _check_x(x):
    if len(x) == 0:
        raise ValueError("x is empty")


def describe__upper_middle_median(x):
    _check_x(x)
    s = np.sort(x)
    values, counts = np.unique(s, return_counts=True)
    return float(s[len(s) // 2]), float(_mutant_quantile(s, 0.75) - _mutant_quantile(s, 0.25)), float(
        values[np.argmax(counts)])


def describe__largest_tied_mode(x):
    _check_x(x)
    s = np.sort(x)
    n = len(s)
    values, counts = np.unique(s, return_counts=True)
    mode = values[::-1][np.argmax(counts[::-1])]
    return float((s[(n - 1) // 2] + s[n // 2]) / 2), float(_mutant_quantile(s, 0.75) - _mutant_quantile(s, 0.25)), \
        float(mode)


def describe__nearest_rank_iqr(x):
    _check_x(x)
    s = np.sort(x)
    n = len(s)
    values, counts = np.unique(s, return_counts=True)
    iqr = s[min(int(0.75 * n), n - 1)] - s[int(0.25 * n)]
    return float((s[(n - 1) // 2] + s[n // 2]) / 2), float(iqr), float(values[np.argmax(counts)])


def describe__sorts_in_place(x):
    _check_x(x)
    x.sort()
    n = len(x)
    values, counts = np.unique(x, return_counts=True)
    return float((x[(n - 1) // 2] + x[n // 2]) / 2), float(_mutant_quantile(x, 0.75) - _mutant_quantile(x, 0.25)), \
        float(values[np.argmax(counts)])


def describe__dict_count_loop(x):
    _check_x(x)
    s = np.sort(x)
    n = len(s)
    counts = {}
    for value in x.tolist():
        counts[value] = counts.get(value, 0) + 1
    best = max(counts.values())
    mode = min(value for value, count in counts.items() if count == best)
    return float((s[(n - 1) // 2] + s[n // 2]) / 2), float(_mutant_quantile(s, 0.75) - _mutant_quantile(s, 0.25)), \
        float(mode)


def describe__calls_np_median(x):
    _check_x(x)
    s = np.sort(x)
    values, counts = np.unique(s, return_counts=True)
    return float(np.median(x)), float(_mutant_quantile(s, 0.75) - _mutant_quantile(s, 0.25)), float(
        values[np.argmax(counts)])


def describe__run_lengths_and_lerp(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("describe needs at least one value")
    s = np.sort(x)
    n = s.size

    def quantile(q):
        # The same interpolation written from the upper neighbour: s[hi] - (hi - h)(s[hi] - s[lo]).
        h = (n - 1) * q
        lo, hi = int(h), min(int(h) + 1, n - 1)
        return s[hi] - (1 - (h - lo)) * (s[hi] - s[lo]) if hi > lo else s[lo]

    # Mode from run lengths of the sorted sample; the first longest run is the smallest value.
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    lengths = np.diff(np.r_[starts, n])
    return 0.5 * (s[(n - 1) // 2] + s[n // 2]), quantile(0.75) - quantile(0.25), s[starts[np.argmax(lengths)]]


def _validate_bootstrap(x, n_boot, alpha):
    if len(x) < 2 or n_boot < 1 or not 0 < alpha < 1:
        raise ValueError("bad bootstrap arguments")


def bootstrap_ci__high_exclusive(x, stat, n_boot, alpha, rng):
    _validate_bootstrap(x, n_boot, alpha)
    thetas = stat(x[rng.integers(0, len(x) - 1, size=(n_boot, len(x)))], axis=-1)
    low, high = np.quantile(thetas, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)


def bootstrap_ci__alpha_in_each_tail(x, stat, n_boot, alpha, rng):
    _validate_bootstrap(x, n_boot, alpha)
    thetas = stat(x[rng.integers(0, len(x), size=(n_boot, len(x)))], axis=-1)
    low, high = np.quantile(thetas, [alpha, 1 - alpha])
    return float(low), float(high)


def bootstrap_ci__columns_are_resamples(x, stat, n_boot, alpha, rng):
    _validate_bootstrap(x, n_boot, alpha)
    thetas = stat(x[rng.integers(0, len(x), size=(len(x), n_boot))], axis=0)
    low, high = np.quantile(thetas, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)


def bootstrap_ci__loop_over_resamples(x, stat, n_boot, alpha, rng):
    _validate_bootstrap(x, n_boot, alpha)
    idx = rng.integers(0, len(x), size=(n_boot, len(x)))
    thetas = np.array([stat(x[row]) for row in idx])
    low, high = np.quantile(thetas, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)


def bootstrap_ci__choice(x, stat, n_boot, alpha, rng):
    x = np.asarray(x, dtype=float)
    _validate_bootstrap(x, n_boot, alpha)
    # Generator.choice with replacement draws the same indices as rng.integers(0, n, size).
    thetas = np.sort(stat(rng.choice(x, size=(n_boot, x.size)), axis=1))
    return tuple(np.quantile(thetas, [alpha / 2, 1 - alpha / 2]).tolist())
