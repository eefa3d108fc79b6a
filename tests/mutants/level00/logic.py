"""Plausible versions of exercises/level00/logic.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

_solution_truth_table = truth_table  # the teaching solution's (this file is appended to it)

EXPECTED = {

    "truth_table__calls_itertools_product": ("forbidden", "itertools.product"),
    "truth_table__counts_down": ("failed", "count down from all True"),
    "truth_table__least_significant_first": ("failed", "columns are in reverse order"),
    "truth_table__no_row_without_variables": ("failed", "exactly one assignment"),
    "truth_table__loop_over_rows": ("too_slow", "a Python loop over the rows"),
    "truth_table__np_indices": ("passed", None),
    "equivalent__one_direction_only": ("failed", "both directions"),
    "equivalent__random_sample_of_rows": ("failed", "not a sample"),
    "equivalent__true_without_variables": ("failed", "compare f() with g()"),
    "equivalent__calls_itertools_product": ("forbidden", "itertools.product"),
    "equivalent__loop_over_rows": ("too_slow", "a Python loop over the rows"),
    "equivalent__xor_of_tables": ("passed", None),
}


def _n(n_vars):
    if not isinstance(n_vars, (int, np.integer)) or n_vars < 0:
        raise ValueError("n_vars must be a non-negative integer")
    return int(n_vars)


def _values(f, rows):
    return np.broadcast_to(np.asarray(f(*rows.T), dtype=bool), (rows.shape[0],)).copy()


def truth_table__calls_itertools_product(f, n_vars):
    import itertools

    n = _n(n_vars)
    rows = np.array(list(itertools.product([False, True], repeat=n)), dtype=bool).reshape(2**n, n)
    return rows, _values(f, rows)


def truth_table__counts_down(f, n_vars):
    n = _n(n_vars)
    rows = ((np.arange(2**n)[::-1, None] >> np.arange(n - 1, -1, -1)) & 1).astype(bool)
    return rows, _values(f, rows)


def truth_table__least_significant_first(f, n_vars):
    n = _n(n_vars)
    rows = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(bool)
    return rows, _values(f, rows)


def truth_table__no_row_without_variables(f, n_vars):
    n = _n(n_vars)
    if n == 0:
        return np.zeros((0, 0), dtype=bool), np.zeros(0, dtype=bool)
    return _solution_truth_table(f, n)


def truth_table__loop_over_rows(f, n_vars):
    n = _n(n_vars)
    rows = np.zeros((2**n, n), dtype=bool)
    values = np.zeros(2**n, dtype=bool)
    for r in range(2**n):
        bits = format(r, f"0{n}b") if n else ""
        rows[r] = [bit == "1" for bit in bits]
        values[r] = f(*rows[r])
    return rows, values


def truth_table__np_indices(f, n_vars):
    # np.indices((2, 2, …, 2)) enumerates the grid {0, 1}ⁿ; flattened in C order, the first axis
    # varies slowest: exactly binary counting with the first variable as the most significant bit.
    n = _n(n_vars)
    rows = np.indices((2,) * n).reshape(n, 2**n).T.astype(bool)
    return rows, _values(f, rows)


def equivalent__one_direction_only(f, g, n_vars):
    rows, f_values = _solution_truth_table(f, _n(n_vars))
    return bool(np.all(~f_values | _values(g, rows)))


def equivalent__random_sample_of_rows(f, g, n_vars):
    n = _n(n_vars)
    rows = np.random.default_rng(0).integers(0, 2, size=(200, n)).astype(bool)
    return bool(np.all(_values(f, rows) == _values(g, rows)))


def equivalent__true_without_variables(f, g, n_vars):
    n = _n(n_vars)
    if n == 0:
        return True
    rows, f_values = _solution_truth_table(f, n)
    return bool(np.array_equal(f_values, _values(g, rows)))


def equivalent__calls_itertools_product(f, g, n_vars):
    from itertools import product

    n = _n(n_vars)
    rows = np.array(list(product([False, True], repeat=n)), dtype=bool).reshape(2**n, n)
    return bool(np.array_equal(_values(f, rows), _values(g, rows)))


def equivalent__loop_over_rows(f, g, n_vars):
    rows, _ = _solution_truth_table(f, _n(n_vars))
    for row in rows:
        if bool(f(*row)) != bool(g(*row)):
            return False
    return True


def equivalent__xor_of_tables(f, g, n_vars):
    # f ≡ g exactly when f ⊕ g is never true (unsatisfiable).
    rows, f_values = _solution_truth_table(f, _n(n_vars))
    return not np.any(np.logical_xor(f_values, _values(g, rows)))

