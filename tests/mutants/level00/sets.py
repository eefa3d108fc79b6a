"""Plausible versions of exercises/level00/sets.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

_solution_set_ops = set_ops  # the teaching solution's (this file is appended to it)

EXPECTED = {
    "set_ops__keeps_duplicates": ("failed", "contains duplicates"),
    "set_ops__difference_reversed": ("failed", "this is B ∖ A"),
    "set_ops__symmetric_difference_is_union": ("failed", "the tuple's order is"),
    "set_ops__calls_union1d": ("forbidden", "numpy.union1d"),
    "set_ops__sorts_in_place": ("failed", "modified its input a"),
    "set_ops__python_sets": ("passed", None),
    "jaccard__dice_coefficient": ("failed", "Dice coefficient"),
    "jaccard__divides_zero_by_zero": ("failed", "return 0.0 in that case"),
    "jaccard__counts_shared_dislikes": ("failed", "neither user liked"),
    "jaccard__distance": ("failed", "Jaccard distance"),
    "jaccard__sklearn": ("forbidden", "sklearn"),
    "jaccard__dot_products": ("passed", None),
}


def _one_d(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError("a and b must be 1-D")
    return a, b


def set_ops__keeps_duplicates(a, b):
    a, b = _one_d(a, b)
    in_b = (a[:, None] == b[None, :]).any(axis=1)
    in_a = (b[:, None] == a[None, :]).any(axis=1)
    return (np.sort(np.concatenate([a, b])), np.sort(a[in_b]), np.sort(a[~in_b]),
            np.sort(np.concatenate([a[~in_b], b[~in_a]])))


def set_ops__difference_reversed(a, b):
    union, intersection, _, symmetric = _solution_set_ops(a, b)
    only_b = np.unique(np.asarray(b))
    only_b = only_b[~(only_b[:, None] == np.asarray(a)[None, :]).any(axis=1)]
    return union, intersection, only_b, symmetric


def set_ops__symmetric_difference_is_union(a, b):
    union, intersection, difference, _ = _solution_set_ops(a, b)
    return union, intersection, difference, union


def set_ops__calls_union1d(a, b):
    _, intersection, difference, symmetric = _solution_set_ops(a, b)
    return np.union1d(a, b), intersection, difference, symmetric


def set_ops__sorts_in_place(a, b):
    a, b = _one_d(a, b)
    a.sort()
    b.sort()
    return _solution_set_ops(a, b)


def set_ops__python_sets(a, b):
    # The oracle written out: Python's set algebra, sorted back into arrays of the inputs' dtype.
    a, b = _one_d(a, b)
    A, B = set(a.tolist()), set(b.tolist())
    dtype = np.result_type(a, b)
    return tuple(np.array(sorted(s), dtype=dtype) for s in (A | B, A & B, A - B, A ^ B))


def _pair(u, v):
    u, v = np.asarray(u, dtype=bool), np.asarray(v, dtype=bool)
    if u.shape != v.shape:
        raise ValueError("u and v must have the same shape")
    return u, v


def jaccard__dice_coefficient(u, v):
    u, v = _pair(u, v)
    total = u.sum() + v.sum()
    return 0.0 if total == 0 else float(2 * np.sum(u & v) / total)


def jaccard__divides_zero_by_zero(u, v):
    u, v = _pair(u, v)
    return float(np.sum(u & v) / np.sum(u | v))


def jaccard__counts_shared_dislikes(u, v):
    u, v = _pair(u, v)
    return float(np.mean(u == v))


def jaccard__distance(u, v):
    u, v = _pair(u, v)
    either = np.sum(u | v)
    return 0.0 if either == 0 else float(1 - np.sum(u & v) / either)


def jaccard__sklearn(u, v):
    from sklearn.metrics import jaccard_score

    return float(jaccard_score(u, v, zero_division=0))


def jaccard__dot_products(u, v):
    # |U ∩ V| is the dot product of the 0/1 vectors; |U ∪ V| = |U| + |V| - |U ∩ V|.
    x, y = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if x.shape != y.shape:
        raise ValueError("u and v must have the same shape")
    both = x @ y
    either = x.sum() + y.sum() - both
    return float(both / either) if either > 0 else 0.0
