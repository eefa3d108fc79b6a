"""Truth tables by binary counting, and equivalence by comparing truth tables."""

import numbers

import numpy as np


def _check_n_vars(n_vars):
    if not isinstance(n_vars, numbers.Integral) or isinstance(n_vars, (bool, np.bool_)) or n_vars < 0:
        raise ValueError(f"n_vars must be an integer >= 0 (the number of variables), got {n_vars!r}")


def truth_table(f, n_vars):
    """(assignments (2ⁿ, n) bool in binary-counting order, values (2ⁿ,) bool)."""
    _check_n_vars(n_vars)
    n_rows = 2**n_vars  # each variable doubles the number of assignments
    # Row r is r in binary, column 0 the most significant bit: column j holds bit n-1-j.
    # Broadcasting the row numbers (2ⁿ, 1) against the shifts (n,) extracts every bit of
    # every row in one operation.
    rows = np.arange(n_rows)[:, None]
    shifts = np.arange(n_vars - 1, -1, -1)
    assignments = ((rows >> shifts) & 1).astype(bool)
    # One call of f with one column per variable. For n = 0 there are no columns, f() is
    # a constant, and broadcast_to stretches it to the single row.
    values = np.broadcast_to(np.asarray(f(*assignments.T), dtype=bool), (n_rows,)).copy()
    return assignments, values


def equivalent(f, g, n_vars):
    """True if f and g agree on all 2ⁿ assignments."""
    _check_n_vars(n_vars)
    assignments, f_values = truth_table(f, n_vars)
    # f ≡ g means f ↔ g is a tautology: the value columns are equal on every row.
    g_values = np.broadcast_to(np.asarray(g(*assignments.T), dtype=bool), f_values.shape)
    return bool(np.all(f_values == g_values))
