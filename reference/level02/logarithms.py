"""Reference logarithms: log1p and exponential equations (the oracle and the speed baseline)."""

import numpy as np


def log1p(x):
    x = np.asarray(x, dtype=float)
    if np.any(x <= -1):
        raise ValueError("log1p(x) needs every x > -1")
    return np.log1p(x)


def solve_exponential(a, r, b):
    a, r, b = float(a), float(r), float(b)
    if a <= 0 or b <= 0:
        raise ValueError("a and b must be positive")
    if r <= -1 or r == 0:
        raise ValueError("r must be > -1 and != 0")
    ratio = b / a
    if 0.5 <= ratio <= 2.0:
        numerator = np.log1p((b - a) / a)  # b - a is exact here (Sterbenz), so no digits are lost
    elif 0.0 < ratio < np.inf:
        numerator = np.log(ratio)
    else:
        numerator = np.log(b) - np.log(a)
    return float(numerator / np.log1p(r))
