"""Plausible versions of exercises/level00/notation.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "summation__exclusive_upper_bound": ("failed", "the upper bound hi is a term too"),
    "summation__loop_over_indices": ("too_slow", "calling f once per index"),
    "summation__returns_the_terms": ("failed", "one value per term"),
    "summation__swaps_empty_bounds": ("failed", "do not swap the bounds"),
    "summation__cumsum_in_float": ("passed", None),
    "product__empty_is_zero": ("failed", "the empty product is 1"),
    "product__via_logarithms": ("failed", "needs every factor to be positive"),
    "product__logs_of_absolute_values": ("failed", "the sign is lost"),
    "product__loop_over_indices": ("too_slow", "calling f once per index"),
    "product__cumprod": ("passed", None),
    "argmax_set__first_index_only": ("failed", "only the first index"),
    "argmax_set__calls_np_argmax": ("forbidden", "numpy.argmax"),
    "argmax_set__isclose_ties": ("failed", "np.isclose"),
    "argmax_set__returns_mask": ("failed", "boolean array"),
    "argmax_set__ignores_nan": ("failed", "expected ValueError"),
    "argmax_set__loop_over_entries": ("too_slow", "a Python loop over the entries"),
    "argmax_set__greater_equal": ("passed", None),
}


def _bounds(lo, hi):
    if int(lo) != lo or int(hi) != hi:
        raise ValueError("bounds must be integers")


def summation__exclusive_upper_bound(f, lo, hi):
    _bounds(lo, hi)
    return float(np.sum(f(np.arange(lo, hi))))


def summation__loop_over_indices(f, lo, hi):
    _bounds(lo, hi)
    total = 0.0
    for i in range(lo, hi + 1):
        total += f(i)
    return float(total)


def summation__returns_the_terms(f, lo, hi):
    _bounds(lo, hi)
    return f(np.arange(lo, hi + 1))


def summation__swaps_empty_bounds(f, lo, hi):
    _bounds(lo, hi)
    lo, hi = min(lo, hi), max(lo, hi)
    return float(np.sum(f(np.arange(lo, hi + 1))))


def summation__cumsum_in_float(f, lo, hi):
    # A running total (sequential rounding, not NumPy's pairwise sum): different last bits, same sum.
    _bounds(lo, hi)
    values = f(np.arange(lo, hi + 1, dtype=float))
    return float(np.cumsum(values)[-1]) if values.size else 0.0


def product__empty_is_zero(f, lo, hi):
    _bounds(lo, hi)
    if hi < lo:
        return 0.0
    return float(np.prod(f(np.arange(lo, hi + 1))))


def product__via_logarithms(f, lo, hi):
    _bounds(lo, hi)
    return float(np.exp(np.sum(np.log(f(np.arange(lo, hi + 1))))))


def product__logs_of_absolute_values(f, lo, hi):
    _bounds(lo, hi)
    return float(np.exp(np.sum(np.log(np.abs(f(np.arange(lo, hi + 1)))))))


def product__loop_over_indices(f, lo, hi):
    _bounds(lo, hi)
    result = 1.0
    for i in range(lo, hi + 1):
        result *= f(i)
    return float(result)


def product__cumprod(f, lo, hi):
    _bounds(lo, hi)
    values = f(np.arange(lo, hi + 1))
    return float(np.cumprod(values)[-1]) if len(values) else 1.0


def _valid(f):
    f = np.asarray(f)
    if f.ndim != 1 or f.size == 0 or np.isnan(f).any():
        raise ValueError("f must be a non-empty 1-D array without NaN")
    return f


def argmax_set__first_index_only(f):
    f = _valid(f)
    return np.flatnonzero(f == f.max())[:1]


def argmax_set__calls_np_argmax(f):
    f = _valid(f)
    first = np.argmax(f)
    return np.flatnonzero(f == f[first])


def argmax_set__isclose_ties(f):
    f = _valid(f)
    return np.flatnonzero(np.isclose(f, f.max()))


def argmax_set__returns_mask(f):
    f = _valid(f)
    return f == f.max()


def argmax_set__ignores_nan(f):
    f = np.asarray(f)
    if f.size == 0:
        raise ValueError("f is empty")
    return np.flatnonzero(f == f.max())


def argmax_set__loop_over_entries(f):
    f = _valid(f)
    best, indices = -np.inf, []
    for i, value in enumerate(f):
        if value > best:
            best, indices = value, [i]
        elif value == best:
            indices.append(i)
    return np.array(indices, dtype=np.int64)


def argmax_set__greater_equal(f):
    # max propagates NaN, and NaN != NaN: one reduction finds both the maximum and any NaN.
    f = np.asarray(f)
    if f.ndim != 1 or f.size == 0:
        raise ValueError("f must be a non-empty 1-D array")
    top = np.max(f)
    if top != top:
        raise ValueError("f contains NaN")
    return np.nonzero(f >= top)[0]
