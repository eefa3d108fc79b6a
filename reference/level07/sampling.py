"""Reference categorical sampler and sample moments: the oracle and the speed baseline."""

import numpy as np


def sample_categorical(p, n, rng):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or (p < 0).any() or abs(p.sum() - 1.0) > 1e-8 or n < 0:
        raise ValueError("p must be a 1-D probability vector summing to 1 and n >= 0")
    cdf = np.cumsum(p)
    cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(n), side="right")


def moments(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D array")
    mean = x.mean()
    if np.all(x == x[0]):
        return np.array([x[0], 0.0, np.nan, np.nan])
    d = x - mean
    d2 = d * d
    m2 = d2.mean()
    m3 = np.dot(d2, d) / x.size
    m4 = np.dot(d2, d2) / x.size
    return np.array([mean, m2, m3 / m2**1.5, m4 / (m2 * m2) - 3.0])
