"""Drawing from a categorical distribution by inverse CDF, and the moments of a sample."""

import numpy as np


def sample_categorical(p, n, rng):
    """n independent draws from the categorical distribution p, by inverse transform sampling."""
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0:
        raise ValueError(f"p should be a non-empty 1-D array of probabilities, got shape {p.shape}")
    if (p < 0).any() or not np.isfinite(p).all():
        raise ValueError("probabilities must be finite and non-negative")
    if abs(p.sum() - 1.0) > 1e-8:
        raise ValueError(f"probabilities must sum to 1, but they sum to {p.sum()!r}")
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    # The CDF F[j] = p_0 + ... + p_j splits [0, 1) into k intervals [F[j-1], F[j]) of lengths p_j.
    cdf = np.cumsum(p)
    cdf[-1] = 1.0  # rounding may leave the sum at 0.9999999999999999; a u above it must still land
    u = rng.random(n)  # uniform on [0, 1)
    # The draw is the interval u falls into: the first j with u < F[j], i.e. the number of F[j] <= u.
    # side="right" skips empty intervals (p_j = 0 gives F[j] = F[j-1]), even when u hits F exactly.
    return np.searchsorted(cdf, u, side="right")


def moments(x):
    """Mean, variance, skewness and excess kurtosis of a sample (population / biased versions)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x should be a non-empty 1-D array, got shape {x.shape}")
    mean = x.mean()
    # Centre first (two passes): E[x²] - E[x]² cancels catastrophically when |mean| >> spread.
    d = x - mean
    m2 = np.mean(d**2)
    if np.all(x == x[0]):
        # A constant sample: no spread, so skewness m3 / m2^1.5 and kurtosis m4 / m2² are 0 / 0.
        return np.array([x[0], 0.0, np.nan, np.nan])
    m3 = np.mean(d**3)
    m4 = np.mean(d**4)
    # Standardised moments: skewness = m3 / σ³, excess kurtosis = m4 / σ⁴ - 3 (a normal has 0).
    return np.array([mean, m2, m3 / m2**1.5, m4 / m2**2 - 3.0])
