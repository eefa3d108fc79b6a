"""Reference Σ, Π and argmax set: the oracle and the speed baseline."""

import numbers

import numpy as np


def _check_bounds(lo, hi):
    for name, value in (("lo", lo), ("hi", hi)):
        if not isinstance(value, numbers.Integral) or isinstance(value, (bool, np.bool_)):
            raise ValueError(f"{name} must be an integer, got {value!r}")


def summation(f, lo, hi):
    _check_bounds(lo, hi)
    return float(np.sum(f(np.arange(lo, hi + 1))))


def product(f, lo, hi):
    _check_bounds(lo, hi)
    return float(np.prod(f(np.arange(lo, hi + 1))))


def argmax_set(f):
    f = np.asarray(f)
    if f.ndim != 1 or f.size == 0:
        raise ValueError(f"f must be a non-empty 1-D array, got shape {f.shape}")
    # The NaN test is a separate pass, as in most learner code: the speed baseline should do the
    # same work as a plain vectorised solution, not undercut it with max's NaN propagation.
    if np.isnan(f).any():
        raise ValueError("f contains NaN")
    return np.flatnonzero(f == f.max())
