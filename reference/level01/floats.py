"""Reference floating-point tools: the oracle and the speed baseline (vectorised, warning-free)."""

import math

import numpy as np


def float_parts(x):
    # The plain vectorised route (the speed baseline should be what a careful learner writes).
    bits = np.asarray(x, dtype=np.float64).view(np.uint64)
    sign = bits >> 63
    exponent = (bits >> 52) & 0x7FF
    mantissa = bits & 0xFFFFFFFFFFFFF
    return sign.astype(np.int64), exponent.astype(np.int64), mantissa.astype(np.int64)


def _ordinal(x):
    bits = x.view(np.int64)
    magnitude = bits & 0x7FFFFFFFFFFFFFFF
    return np.where(bits < 0, -magnitude, magnitude)


def ulp_distance(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if np.isnan(a).any() or np.isnan(b).any():
        raise ValueError("ulp_distance is undefined for NaN")
    a, b = np.broadcast_arrays(a, b)
    return np.abs(_ordinal(a) - _ordinal(b))


def isclose(a, b, rtol=1e-05, atol=1e-08):
    if not (rtol >= 0 and atol >= 0):
        raise ValueError("rtol and atol must be non-negative")
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    finite = np.isfinite(a) & np.isfinite(b)
    a_finite = np.where(finite, a, 0.0)  # no inf - inf, no inf bound
    b_finite = np.where(finite, b, 0.0)
    with np.errstate(over="ignore"):
        close = np.abs(a_finite - b_finite) <= atol + rtol * np.abs(b_finite)
    return (close & finite) | (a == b)


LANES = 512


def kahan_sum(x):
    """Neumaier's compensated sum, vectorised over LANES interleaved partial sums, then combined."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if x.size <= LANES:
        return math.fsum(x.tolist())
    rows = -(-x.size // LANES)
    padded = np.zeros(rows * LANES)
    padded[:x.size] = x
    total = np.zeros(LANES)
    compensation = np.zeros(LANES)
    for row in padded.reshape(rows, LANES):
        new_total = total + row
        compensation += np.where(np.abs(total) >= np.abs(row), (total - new_total) + row, (row - new_total) + total)
        total = new_total
    # The partial sums and their compensations: 2 × LANES numbers, added exactly and rounded once.
    return math.fsum(np.concatenate([total, compensation]).tolist())
