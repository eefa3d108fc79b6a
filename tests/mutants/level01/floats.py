"""Plausible versions of exercises/level01/floats.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math
import struct

import numpy as np

EXPECTED = {
    "float_parts__unbiased_exponent": ("failed", "unbiased exponent"),
    "float_parts__implicit_bit": ("failed", "implicit leading 1"),
    "float_parts__sign_by_comparison": ("failed", "-0.0 < 0 is False"),
    "float_parts__calls_frexp": ("forbidden", "numpy.frexp"),
    "float_parts__struct_loop": ("too_slow", "Python loop"),
    "float_parts__integer_arithmetic": ("passed", None),
    "ulp_distance__raw_bits": ("failed", "raw bit patterns"),
    "ulp_distance__negative_zero_off_by_one": ("failed", "-0.0 and 0.0 are the same number"),
    "ulp_distance__loop_over_pairs": ("too_slow", "loop"),
    "ulp_distance__sign_magnitude_cases": ("passed", None),
    "isclose__symmetric": ("failed", "symmetric rule"),
    "isclose__strict_inequality": ("failed", "inclusive"),
    "isclose__ignores_infinity": ("failed", "only equal infinities are close"),
    "isclose__inf_minus_inf_warns": ("failed", "inf - inf is NaN"),
    "isclose__calls_np_isclose": ("forbidden", "numpy.isclose"),
    "isclose__loop_over_pairs": ("too_slow", "loop"),
    "isclose__boolean_indexing": ("passed", None),
    "kahan_sum__naive": ("failed", "plain running sum"),
    "kahan_sum__classic_kahan": ("failed", "classic Kahan"),
    "kahan_sum__forgets_compensation": ("failed", "add it to the total at the end"),
    "kahan_sum__calls_np_sum": ("forbidden", "numpy.sum"),
    "kahan_sum__two_sum": ("passed", None),
}


# -- float_parts ---------------------------------------------------------------------------------------
def _bits(x):
    return np.asarray(x, dtype=np.float64).view(np.uint64)


def float_parts__unbiased_exponent(x):
    bits = _bits(x)
    return ((bits >> 63).astype(np.int64), ((bits >> 52) & 0x7FF).astype(np.int64) - 1023,
            (bits & (2**52 - 1)).astype(np.int64))


def float_parts__implicit_bit(x):
    bits = _bits(x)
    exponent = ((bits >> 52) & 0x7FF).astype(np.int64)
    mantissa = (bits & (2**52 - 1)).astype(np.int64)
    return (bits >> 63).astype(np.int64), exponent, mantissa + np.where((exponent > 0) & (exponent < 2047), 2**52, 0)


def float_parts__sign_by_comparison(x):
    x = np.asarray(x, dtype=np.float64)
    bits = x.view(np.uint64)
    return ((x < 0).astype(np.int64), ((bits >> 52) & 0x7FF).astype(np.int64),
            (bits & (2**52 - 1)).astype(np.int64))


def float_parts__calls_frexp(x):
    x = np.asarray(x, dtype=np.float64)
    fraction, power = np.frexp(np.abs(x))
    mantissa = np.rint((2 * fraction - 1) * 2.0**52).astype(np.int64)
    return np.signbit(x).astype(np.int64), (power + 1022).astype(np.int64), mantissa


def float_parts__struct_loop(x):
    x = np.asarray(x, dtype=np.float64)
    sign, exponent, mantissa = (np.empty(x.shape, dtype=np.int64) for _ in range(3))
    for index, value in np.ndenumerate(x):
        (bits,) = struct.unpack("<Q", struct.pack("<d", value))
        sign[index], exponent[index], mantissa[index] = bits >> 63, (bits >> 52) & 0x7FF, bits & (2**52 - 1)
    return sign, exponent, mantissa


def float_parts__integer_arithmetic(x):
    # Signed view and floor division instead of shifts and masks: 2**63 and 2**52 are powers of two,
    # so // and % pick the same bit fields, even for negative patterns.
    bits = np.asarray(x, dtype=np.float64).view(np.int64)
    return (bits < 0).astype(np.int64), (bits // 2**52) % 2048, bits % 2**52


# -- ulp_distance --------------------------------------------------------------------------------------
def _pair(a, b):
    a, b = np.broadcast_arrays(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))
    if np.isnan(a).any() or np.isnan(b).any():
        raise ValueError("NaN")
    return a, b


def ulp_distance__raw_bits(a, b):
    a, b = _pair(a, b)
    return np.abs(a.view(np.int64) - b.view(np.int64))


def ulp_distance__negative_zero_off_by_one(a, b):
    a, b = _pair(a, b)

    def position(x):
        bits = x.view(np.int64)
        return np.where(bits < 0, ~(bits & 0x7FFFFFFFFFFFFFFF), bits)  # ~m = -m - 1: -0.0 lands on -1

    return np.abs(position(a) - position(b))


def ulp_distance__loop_over_pairs(a, b):
    a, b = _pair(a, b)
    out = np.empty(a.shape, dtype=np.int64)
    for index in np.ndindex(a.shape):
        positions = []
        for value in (a[index], b[index]):
            (bits,) = struct.unpack("<q", struct.pack("<d", value))
            positions.append(-(bits & 0x7FFFFFFFFFFFFFFF) if bits < 0 else bits)
        out[index] = abs(positions[0] - positions[1])
    return out


def ulp_distance__sign_magnitude_cases(a, b):
    # Same sign: the magnitudes' patterns are consecutive integers, subtract them.
    # Opposite signs: walk from a down to zero and up to b, mag(a) + mag(b) steps.
    a, b = _pair(a, b)
    mag_a = a.view(np.int64) & 0x7FFFFFFFFFFFFFFF
    mag_b = b.view(np.int64) & 0x7FFFFFFFFFFFFFFF
    same_side = np.signbit(a) == np.signbit(b)
    return np.where(same_side, np.maximum(mag_a, mag_b) - np.minimum(mag_a, mag_b), mag_a + mag_b)


# -- isclose --------------------------------------------------------------------------------------------
def _tolerances(rtol, atol):
    if rtol < 0 or atol < 0:
        raise ValueError("negative tolerance")


def isclose__symmetric(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    finite = np.isfinite(a) & np.isfinite(b)
    a0, b0 = np.where(finite, a, 0.0), np.where(finite, b, 0.0)
    bound = np.maximum(rtol * np.maximum(np.abs(a0), np.abs(b0)), atol)
    return (finite & (np.abs(a0 - b0) <= bound)) | (a == b)


def isclose__strict_inequality(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    finite = np.isfinite(a) & np.isfinite(b)
    a0, b0 = np.where(finite, a, 0.0), np.where(finite, b, 0.0)
    return (finite & (np.abs(a0 - b0) < atol + rtol * np.abs(b0))) | (a == b)


def isclose__ignores_infinity(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.abs(a - b) <= atol + rtol * np.abs(b)


def isclose__inf_minus_inf_warns(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    close = np.abs(a - b) <= atol + rtol * np.abs(b)
    return (close & np.isfinite(b)) | (a == b)


def isclose__calls_np_isclose(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    return np.isclose(a, b, rtol=rtol, atol=atol)


def isclose__loop_over_pairs(a, b, rtol=1e-05, atol=1e-08):
    _tolerances(rtol, atol)
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    out = np.zeros(a.shape, dtype=bool)
    for index in np.ndindex(a.shape):
        x, y = float(a[index]), float(b[index])
        if x == y:
            out[index] = True
        elif math.isfinite(x) and math.isfinite(y):
            out[index] = abs(x - y) <= atol + rtol * abs(y)
    return out


def isclose__boolean_indexing(a, b, rtol=1e-05, atol=1e-08):
    if not (rtol >= 0 and atol >= 0):
        raise ValueError("rtol and atol must be >= 0")
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    result = a == b
    finite = np.isfinite(a) & np.isfinite(b)
    # Subtract only the finite pairs (selected by a boolean mask), so no inf - inf is ever formed.
    result[finite] = np.abs(a[finite] - b[finite]) - rtol * np.abs(b[finite]) <= atol
    return result


# -- kahan_sum -----------------------------------------------------------------------------------------
def kahan_sum__naive(x):
    total = 0.0
    for value in np.asarray(x, dtype=float).tolist():
        total += value
    return total


def kahan_sum__classic_kahan(x):
    total = compensation = 0.0
    for value in np.asarray(x, dtype=float).tolist():
        y = value - compensation
        t = total + y
        compensation = (t - total) - y
        total = t
    return total


def kahan_sum__forgets_compensation(x):
    total = compensation = 0.0
    for value in np.asarray(x, dtype=float).tolist():
        t = total + value
        if abs(total) >= abs(value):
            compensation += (total - t) + value
        else:
            compensation += (value - t) + total
        total = t
    return total


def kahan_sum__calls_np_sum(x):
    return float(np.sum(np.asarray(x, dtype=float)))


def kahan_sum__two_sum(x):
    # Knuth's branch-free TwoSum: s + v = t + e exactly, whatever the magnitudes (Ogita-Rump-Oishi "Sum2").
    total = error = 0.0
    for value in np.asarray(x, dtype=float).tolist():
        t = total + value
        z = t - total
        error += (total - (t - z)) + (value - z)
        total = t
    return total + error
