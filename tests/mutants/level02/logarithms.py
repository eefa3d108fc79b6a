"""Plausible versions of exercises/level02/logarithms.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "log1p__naive": ("failed", "1 + x is rounded"),
    "log1p__where_divides_by_zero": ("failed", "computes A and B for every entry"),
    "log1p__loop_over_entries": ("too_slow", "loop over the entries"),
    "log1p__calls_np_log1p": ("forbidden", "numpy.log1p"),
    "log1p__overflows_for_huge_x": ("failed", "compute x / (u - 1) first"),
    "log1p__taylor_series": ("passed", None),
    "solve_exponential__naive_log": ("failed", "1 + r is rounded"),
    "solve_exponential__rate_as_log": ("failed", "only for tiny r"),
    "solve_exponential__inverted_ratio": ("failed", "sign is flipped"),
    "solve_exponential__calls_np_log1p": ("forbidden", "numpy.log1p"),
    "solve_exponential__no_b_check": ("failed", "expected ValueError"),
    "solve_exponential__log_difference": ("passed", None),
}


def _check_domain(x):
    if np.any(np.asarray(x) <= -1):
        raise ValueError("x must be > -1")


def log1p__naive(x):
    _check_domain(x)
    return np.log(1 + np.asarray(x, dtype=float))


def log1p__where_divides_by_zero(x):
    _check_domain(x)
    x = np.asarray(x, dtype=float)
    u = 1 + x
    return np.where(u == 1, x, np.log(u) * (x / (u - 1)))


def log1p__loop_over_entries(x):
    _check_domain(x)
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for index, value in np.ndenumerate(x):
        u = 1.0 + value
        out[index] = value if u == 1.0 else math.log(u) * (value / (u - 1.0))
    return out if out.ndim else float(out)


def log1p__calls_np_log1p(x):
    _check_domain(x)
    return np.log1p(x)


def log1p__overflows_for_huge_x(x):
    _check_domain(x)
    x = np.asarray(x, dtype=float)
    u = 1 + x
    d = u - 1
    safe = np.where(d == 0, 1.0, d)
    y = np.where(d == 0, x, np.log(u) * x / safe)
    return y if y.ndim else float(y)


def log1p__taylor_series(x):
    # Alternating series x - x²/2 + x³/3 - … (12 terms) where |x| < 0.01, log(1 + x) elsewhere:
    # there 1 + x loses at most eps/0.01 ≈ 2e-14 relative.
    x = np.asarray(x, dtype=float)
    if (x <= -1).any():
        raise ValueError("log1p needs x > -1")
    small = np.abs(x) < 0.01
    s = np.where(small, x, 0.0)
    series = np.zeros_like(s)
    for k in range(12, 0, -1):  # Horner on the series: s (1 - s (1/2 - s (1/3 - …)))
        series = 1.0 / k - s * series
    result = np.where(small, s * series, np.log(1.0 + np.where(small, 0.0, x)))
    return result if result.ndim else float(result)


def solve_exponential__naive_log(a, r, b):
    if a <= 0 or b <= 0 or r <= -1 or r == 0:
        raise ValueError("bad arguments")
    return float(np.log(b / a) / np.log(1 + r))


def solve_exponential__rate_as_log(a, r, b):
    if a <= 0 or b <= 0 or r <= -1 or r == 0:
        raise ValueError("bad arguments")
    return float(np.log(b / a) / r)


def solve_exponential__inverted_ratio(a, r, b):
    if a <= 0 or b <= 0 or r <= -1 or r == 0:
        raise ValueError("bad arguments")
    return float(np.log(a / b) / log1p(r))


def solve_exponential__calls_np_log1p(a, r, b):
    if a <= 0 or b <= 0 or r <= -1 or r == 0:
        raise ValueError("bad arguments")
    return float(np.log(b / a) / np.log1p(r))


def solve_exponential__no_b_check(a, r, b):
    if r <= -1 or r == 0:
        raise ValueError("bad rate")
    return float((np.log(b) - np.log(a)) / log1p(r))


def solve_exponential__log_difference(a, r, b):
    if min(a, b) <= 0:
        raise ValueError("a and b must be positive")
    if not (r > -1 and r != 0):
        raise ValueError("need r > -1, r != 0")
    return (math.log(b) - math.log(a)) / log1p(r)
