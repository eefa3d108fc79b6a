"""Logarithms done carefully: log(1 + x) for tiny x, and solving exponential equations."""

import math

import numpy as np


def log1p(x):
    """log(1 + x), accurate to a few ulps even when |x| is far below machine epsilon."""
    x = np.asarray(x, dtype=float)
    if np.any(x <= -1):
        raise ValueError("log1p(x) is defined for x > -1 only (log of a positive number)")
    # u = fl(1 + x) is 1 + x rounded; the amount that really got added is d = u - 1 (exact).
    # log(u) is accurate for u, so log(1 + x) ≈ log(u) · x / d: log(u)/d is the slope of log
    # between 1 and u, and multiplying it by x corrects for the rounding (Goldberg's trick).
    # Where u == 1 (|x| below about 1.1e-16), log(1 + x) = x - x²/2 + … is x to full precision.
    u = 1.0 + x
    d = u - 1.0
    rounded_to_one = d == 0
    # Never divide by zero, not even in the entries np.where discards: warnings are errors here.
    safe_d = np.where(rounded_to_one, 1.0, d)
    # x / d first: it is close to 1, so the product cannot overflow for huge x (log(u)·x could).
    y = np.where(rounded_to_one, x, np.log(u) * (x / safe_d))
    return y if y.ndim else float(y)


def solve_exponential(a, r, b):
    """The t with a·(1 + r)^t = b."""
    if a <= 0 or b <= 0:
        raise ValueError(f"a and b must be positive (a·(1 + r)^t > 0 never equals b ≤ 0), got a={a!r}, b={b!r}")
    if r <= -1:
        raise ValueError(f"the rate r must be > -1 so that 1 + r > 0, got r={r!r}")
    if r == 0:
        raise ValueError("r = 0: a·1^t = a for every t, so there is no (unique) solution")
    # Take logs: log a + t·log(1 + r) = log b, so t = log(b / a) / log(1 + r).
    # For a tiny rate, 1 + r rounds away most of r's digits: log1p(r) keeps them.
    ratio = b / a
    if 0.5 <= ratio <= 2:
        # b ≈ a: log(b/a) would lose digits the same way; b - a is exact here, so use log1p too.
        numerator = log1p((b - a) / a)
    else:
        numerator = math.log(b) - math.log(a)  # cannot overflow, unlike b / a for extreme values
    return float(numerator / log1p(r))
