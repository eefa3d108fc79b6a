"""Plausible versions of exercises/level07/sampling.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "sample_categorical__rng_choice": ("forbidden", ".choice()"),
    "sample_categorical__loop_over_draws": ("too_slow", "np.searchsorted"),
    "sample_categorical__uniform_categories": ("failed", "look uniform"),
    "sample_categorical__global_random": ("failed", "not from np.random"),
    "sample_categorical__leading_zero_cdf": ("failed", "off-by-one"),
    "sample_categorical__comparison_count": ("passed", None),
    "moments__sample_variance": ("failed", "divided by n - 1"),
    "moments__not_excess": ("failed", "subtracts 3"),
    "moments__shortcut_variance": ("failed", "cancels catastrophically"),
    "moments__no_constant_case": ("failed", "return NaN"),
    "moments__calls_scipy_stats": ("forbidden", "scipy.stats"),
    "moments__standardise_first": ("passed", None),
}


def _check(p, n):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or (p < 0).any() or abs(p.sum() - 1) > 1e-8 or n < 0:
        raise ValueError("bad p or n")
    return p


def sample_categorical__rng_choice(p, n, rng):
    p = _check(p, n)
    return rng.choice(len(p), size=n, p=p)


def sample_categorical__loop_over_draws(p, n, rng):
    p = _check(p, n)
    cdf = np.cumsum(p)
    draws = np.empty(n, dtype=int)
    for i in range(n):
        u = rng.random()
        j = 0
        while j < len(p) - 1 and u >= cdf[j]:
            j += 1
        draws[i] = j
    return draws


def sample_categorical__uniform_categories(p, n, rng):
    p = _check(p, n)
    return np.floor(rng.random(n) * len(p)).astype(int)


def sample_categorical__global_random(p, n, rng):
    p = _check(p, n)
    cdf = np.cumsum(p)
    cdf[-1] = 1.0
    return np.searchsorted(cdf, np.random.random(n), side="right")


def sample_categorical__leading_zero_cdf(p, n, rng):
    p = _check(p, n)
    cdf = np.concatenate([[0.0], np.cumsum(p)])
    return np.searchsorted(cdf, rng.random(n), side="right")


def sample_categorical__comparison_count(p, n, rng):
    # The draw is the number of CDF values <= u, counted by broadcasting (k is small), clipped for rounding.
    p = _check(p, n)
    u = rng.random(n)
    return np.minimum(np.sum(np.cumsum(p)[None, :] <= u[:, None], axis=1), len(p) - 1)


def moments__sample_variance(x):
    x = np.asarray(x, float)
    if np.all(x == x[0]):
        return np.array([x[0], 0.0, np.nan, np.nan])
    d = x - x.mean()
    s2 = np.var(x, ddof=1)
    return np.array([x.mean(), s2, np.mean(d**3) / np.mean(d**2) ** 1.5, np.mean(d**4) / np.mean(d**2) ** 2 - 3])


def moments__not_excess(x):
    x = np.asarray(x, float)
    if np.all(x == x[0]):
        return np.array([x[0], 0.0, np.nan, np.nan])
    d = x - x.mean()
    m2 = np.mean(d**2)
    return np.array([x.mean(), m2, np.mean(d**3) / m2**1.5, np.mean(d**4) / m2**2])


def moments__shortcut_variance(x):
    x = np.asarray(x, float)
    if np.all(x == x[0]):
        return np.array([x[0], 0.0, np.nan, np.nan])
    mean = x.mean()
    m2 = np.mean(x**2) - mean**2
    d = x - mean
    return np.array([mean, m2, np.mean(d**3) / m2**1.5, np.mean(d**4) / m2**2 - 3])


def moments__no_constant_case(x):
    x = np.asarray(x, float)
    d = x - x.mean()
    m2 = np.mean(d**2)
    return np.array([x.mean(), m2, np.mean(d**3) / m2**1.5, np.mean(d**4) / m2**2 - 3])


def moments__calls_scipy_stats(x):
    from scipy import stats

    x = np.asarray(x, float)
    if np.all(x == x[0]):
        return np.array([x[0], 0.0, np.nan, np.nan])
    return np.array([x.mean(), x.var(), stats.skew(x), stats.kurtosis(x)])


def moments__standardise_first(x):
    # z-scores first; then skewness and excess kurtosis are plain means of z³ and z⁴.
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or not x.size:
        raise ValueError("x must be a non-empty 1-D array")
    if np.ptp(x) == 0:
        return np.array([x[0], 0.0, np.nan, np.nan])
    mean, std = np.mean(x), np.std(x)
    z = (x - mean) / std
    return np.array([mean, std**2, np.mean(z**3), np.mean(z**4) - 3.0])
