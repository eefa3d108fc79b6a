"""Notation as code: Σ, Π and the argmax set, vectorised."""

import numbers

import numpy as np


def _check_bounds(lo, hi):
    for name, value in (("lo", lo), ("hi", hi)):
        # bool is a subclass of int, but True is not a meaningful bound.
        if not isinstance(value, numbers.Integral) or isinstance(value, (bool, np.bool_)):
            raise ValueError(f"{name} must be an integer (Σ and Π run over integers), got {value!r}")


def summation(f, lo, hi):
    """Σ_{i=lo}^{hi} f(i), both bounds included; 0.0 for an empty range."""
    _check_bounds(lo, hi)
    # All the indices at once. arange stops *before* its end, so the inclusive upper bound
    # of Σ is hi + 1 here. For hi < lo the array is empty.
    i = np.arange(lo, hi + 1)
    # One call of f on the whole index array, then one reduction. np.sum of an empty array
    # is 0.0: the empty sum, the identity of addition.
    return float(np.sum(f(i)))


def product(f, lo, hi):
    """Π_{i=lo}^{hi} f(i), both bounds included; 1.0 for an empty range."""
    _check_bounds(lo, hi)
    i = np.arange(lo, hi + 1)
    # np.prod multiplies the factors directly, so negative and zero factors are fine
    # (unlike exp(Σ log f)). np.prod of an empty array is 1.0, the identity of
    # multiplication: 0! = Π_{i=1}^{0} i = 1.
    return float(np.prod(f(i)))


def argmax_set(f):
    """All indices i with f[i] == max(f), increasing."""
    f = np.asarray(f)
    if f.ndim != 1:
        raise ValueError(f"f must be a 1-D array of values, got an array of shape {f.shape}")
    if f.size == 0:
        raise ValueError("f is empty: an empty set of values has no maximum")
    if np.isnan(f).any():
        raise ValueError("f contains NaN: NaN is not comparable, so the maximum is undefined")
    # Two passes over the data, both vectorised: the largest value, then an exact
    # comparison against it. Every index of the mask that is True belongs to the set
    # (ties included); flatnonzero lists them in increasing order.
    return np.flatnonzero(f == f.max())
