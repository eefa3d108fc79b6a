"""Reference truth tables and equivalence: the oracle and the speed baseline."""

import numbers

import numpy as np


def _check_n_vars(n_vars):
    if not isinstance(n_vars, numbers.Integral) or isinstance(n_vars, (bool, np.bool_)) or n_vars < 0:
        raise ValueError(f"n_vars must be an integer >= 0, got {n_vars!r}")


def _assignments(n_vars):
    rows = np.arange(2**n_vars)[:, None]
    return ((rows >> np.arange(n_vars - 1, -1, -1)) & 1).astype(bool)


def _values(f, assignments):
    return np.broadcast_to(np.asarray(f(*assignments.T), dtype=bool), (assignments.shape[0],)).copy()


def truth_table(f, n_vars):
    _check_n_vars(n_vars)
    assignments = _assignments(n_vars)
    return assignments, _values(f, assignments)


def equivalent(f, g, n_vars):
    _check_n_vars(n_vars)
    assignments = _assignments(n_vars)
    return bool(np.array_equal(_values(f, assignments), _values(g, assignments)))
