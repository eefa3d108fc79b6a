"""Reference set operations and Jaccard similarity: the oracle and the speed baseline."""

import numpy as np


def set_ops(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError(f"a and b must be 1-D, got shapes {a.shape} and {b.shape}")
    A, B = np.unique(a), np.unique(b)
    return (np.union1d(A, B), np.intersect1d(A, B, assume_unique=True),
            np.setdiff1d(A, B, assume_unique=True), np.setxor1d(A, B, assume_unique=True))


def jaccard(u, v):
    u, v = np.asarray(u, dtype=bool), np.asarray(v, dtype=bool)
    if u.shape != v.shape:
        raise ValueError(f"u and v must have the same shape, got {u.shape} and {v.shape}")
    either = np.count_nonzero(u | v)
    return 0.0 if either == 0 else float(np.count_nonzero(u & v) / either)
