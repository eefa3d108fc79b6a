"""Numerical integration: trapezoid and Simpson rules on (non-uniform) grids, and Monte Carlo."""

import numpy as np


def _check_samples(y, x, minimum):
    y, x = np.asarray(y, dtype=float), np.asarray(x, dtype=float)
    if y.ndim != 1 or x.shape != y.shape:
        raise ValueError(f"y and x must be 1-D arrays of the same length, got shapes {y.shape} and {x.shape}")
    if y.size < minimum:
        raise ValueError(f"need at least {minimum} samples, got {y.size}")
    return y, x


def trapezoid(y, x):
    """Composite trapezoid rule: Σ width_i · (y_i + y_{i+1}) / 2."""
    y, x = _check_samples(y, x, 2)
    # Each interval has its own width: np.diff(x), never one global h (grids may be non-uniform).
    widths = np.diff(x)
    # The average height over interval i is (y_i + y_{i+1}) / 2; all intervals at once with slices.
    return float(np.sum(widths * (y[:-1] + y[1:])) / 2)


def simpson(y, x):
    """Composite Simpson rule on pairs of intervals, exact for quadratics on any grid."""
    y, x = _check_samples(y, x, 3)
    if y.size % 2 == 0:
        raise ValueError(f"Simpson's rule needs an odd number of samples (an even number of intervals), "
                         f"got {y.size}")
    # Left, middle and right point of every pair of intervals, as slices (no loop).
    h0 = x[1::2] - x[0:-1:2]
    h1 = x[2::2] - x[1::2]
    total = h0 + h1
    # Integrating the parabola through (x0, y0), (x1, y1), (x2, y2) over [x0, x2] gives these
    # weights; with h0 = h1 = h they reduce to h/3 · (1, 4, 1).
    areas = total / 6 * ((2 - h1 / h0) * y[0:-1:2] + total**2 / (h0 * h1) * y[1::2] + (2 - h0 / h1) * y[2::2])
    return float(np.sum(areas))


def monte_carlo_integral(f, a, b, n, rng):
    """(b - a) · mean of f at n uniform points, and the standard error of that estimate."""
    if not a < b:
        raise ValueError(f"need a < b, got a = {a!r}, b = {b!r}")
    if n < 2:
        raise ValueError(f"need n >= 2 points to estimate a standard error, got {n}")
    # One call draws every point, and f evaluates them all at once.
    values = np.asarray(f(rng.uniform(a, b, size=n)), dtype=float)
    width = b - a
    # ∫ f = (b - a) E[f(U)] for U ~ Uniform(a, b): estimate the expectation by the sample mean.
    estimate = width * np.mean(values)
    # Var(mean) = Var(f(U)) / n; estimate Var(f(U)) with ddof=1 (the unbiased sample variance).
    standard_error = width * np.std(values, ddof=1) / np.sqrt(n)
    return float(estimate), float(standard_error)
