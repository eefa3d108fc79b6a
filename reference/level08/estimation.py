"""Reference estimators: closed forms, computed carefully."""

import numpy as np


def mle_normal(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    mu = x.mean()
    return float(mu), float(np.sqrt(np.mean((x - mu) ** 2)))


def map_bernoulli(x, a, b):
    x = np.asarray(x)
    if x.ndim != 1 or not np.all((x == 0) | (x == 1)):
        raise ValueError("x must be a 1-D array of 0/1 outcomes")
    if a < 1 or b < 1 or len(x) + a + b - 2 <= 0:
        raise ValueError("need a >= 1, b >= 1 and n + a + b > 2")
    return float((np.count_nonzero(x) + a - 1) / (len(x) + a + b - 2))
