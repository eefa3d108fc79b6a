"""Reference numerical integration: the oracle and the speed baseline."""

import numpy as np


def _samples(y, x, minimum):
    y, x = np.asarray(y, dtype=float), np.asarray(x, dtype=float)
    if y.ndim != 1 or x.shape != y.shape:
        raise ValueError(f"y and x must be 1-D of the same length, got {y.shape} and {x.shape}")
    if y.size < minimum:
        raise ValueError(f"need at least {minimum} samples, got {y.size}")
    return y, x


def trapezoid(y, x):
    y, x = _samples(y, x, 2)
    return float(np.diff(x) @ (y[:-1] + y[1:]) / 2)


def simpson(y, x):
    y, x = _samples(y, x, 3)
    if y.size % 2 == 0:
        raise ValueError(f"need an odd number of samples, got {y.size}")
    h0 = x[1::2] - x[0:-1:2]
    h1 = x[2::2] - x[1::2]
    total = h0 + h1
    areas = total / 6 * ((2 - h1 / h0) * y[0:-1:2] + total**2 / (h0 * h1) * y[1::2] + (2 - h0 / h1) * y[2::2])
    return float(np.sum(areas))


def monte_carlo_integral(f, a, b, n, rng):
    if not a < b:
        raise ValueError(f"need a < b, got {a!r}, {b!r}")
    if n < 2:
        raise ValueError(f"need n >= 2, got {n}")
    values = np.asarray(f(rng.uniform(a, b, size=n)), dtype=float)
    return float((b - a) * values.mean()), float((b - a) * values.std(ddof=1) / np.sqrt(n))
