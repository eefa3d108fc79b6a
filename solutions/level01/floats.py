"""What a float is (the IEEE-754 bits), how far apart two floats are, when they are close, and
how to add many of them without losing the small ones."""

import numpy as np

SIGN_SHIFT = 63
EXPONENT_SHIFT = 52
EXPONENT_MASK = 0x7FF  # 11 bits
MANTISSA_MASK = (1 << 52) - 1  # the low 52 bits
MAGNITUDE_MASK = (1 << 63) - 1  # every bit but the sign


def float_parts(x):
    """The three bit fields (sign, biased exponent, mantissa) of each float64 in x, as int64 arrays."""
    x = np.asarray(x, dtype=np.float64)
    # Reinterpret the 8 bytes of each float as an unsigned 64-bit integer: no arithmetic, no rounding,
    # every pattern (-0.0, subnormals, inf, NaN) comes through untouched. Layout, from the top bit:
    #   1 sign bit | 11 exponent bits | 52 mantissa (fraction) bits.
    bits = x.view(np.uint64)
    sign = bits >> SIGN_SHIFT
    exponent = (bits >> EXPONENT_SHIFT) & EXPONENT_MASK
    mantissa = bits & MANTISSA_MASK
    # Every field fits in int64 (the mantissa is below 2**52), the friendlier type to compute with.
    return sign.astype(np.int64), exponent.astype(np.int64), mantissa.astype(np.int64)


def _ordinal(x):
    """Number each float by its position on the line of all float64 values (+0.0 and -0.0 are both 0).

    For x >= 0 the bit pattern read as an integer already grows with x (the exponent sits above the
    mantissa, so the next float up is always bits + 1). A negative float has the same pattern as |x|
    plus the sign bit, so its position is minus the position of |x|.
    """
    bits = x.view(np.int64)
    magnitude = bits & MAGNITUDE_MASK  # the pattern of |x|
    return np.where(bits < 0, -magnitude, magnitude)


def ulp_distance(a, b):
    """How many float64 steps separate a and b (0 when a == b), elementwise, as int64."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if np.isnan(a).any() or np.isnan(b).any():
        raise ValueError("ulp_distance is undefined for NaN: NaN is not a point on the number line")
    a, b = np.broadcast_arrays(a, b)
    # Positions are at most 0x7FF0000000000000 (inf) in size; their difference fits in int64 for every
    # pair that the exercise asks about (see the docstring), so plain int64 subtraction is exact.
    return np.abs(_ordinal(a) - _ordinal(b))


def isclose(a, b, rtol=1e-05, atol=1e-08):
    """Elementwise |a - b| <= atol + rtol·|b| (NumPy's rule), with infinities equal only to themselves."""
    if not (rtol >= 0 and atol >= 0):  # also rejects NaN tolerances
        raise ValueError(f"rtol and atol must be non-negative numbers, got rtol={rtol!r}, atol={atol!r}")
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    finite = np.isfinite(a) & np.isfinite(b)
    # Compute |a - b| only with finite numbers: inf - inf is NaN (an "invalid value" warning), and with
    # b = inf the bound rtol·|b| is inf, which would call every finite a "close to inf". Non-finite
    # entries get a harmless 0 here and are decided below.
    a_finite = np.where(finite, a, 0.0)
    b_finite = np.where(finite, b, 0.0)
    with np.errstate(over="ignore"):  # |1e308 - (-1e308)| = inf is simply "not close"
        close = np.abs(a_finite - b_finite) <= atol + rtol * np.abs(b_finite)
    # Finite pairs follow the formula; an infinity is close only to the same infinity (a == b);
    # NaN is close to nothing (every comparison with NaN is False).
    return (finite & close) | (a == b)


def kahan_sum(x):
    """Sum of x with Neumaier's improved Kahan compensation: as if added in twice the precision."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError(f"x must be a 1-D array of numbers, got an array of shape {x.shape}")
    total = 0.0
    compensation = 0.0  # the running sum of the low-order parts that the additions rounded away
    for value in x.tolist():  # Python floats: the same IEEE doubles, and much faster to loop over
        new_total = total + value
        # new_total is total + value rounded. The bigger operand lost nothing; the smaller one lost its
        # low bits, and this recovers them exactly (the error of one rounded addition is a float):
        if abs(total) >= abs(value):
            compensation += (total - new_total) + value
        else:
            # The case classic Kahan gets wrong: here the low bits of *total* were dropped
            # (1e16 + 1 rounds to 1e16, then adding -1e16 must still give 1).
            compensation += (value - new_total) + total
        total = new_total
    # The compensation holds what the rounded additions dropped; add it back once, at the end.
    return total + compensation
