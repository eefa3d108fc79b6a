"""Mutual information between two labelings and the information gain of a decision-tree split."""

import numpy as np


def _check_pair(a, b, names):
    a = np.asarray(a)
    b = np.asarray(b)
    if a.ndim != 1 or b.ndim != 1 or a.shape != b.shape or a.size == 0:
        raise ValueError(f"{names[0]} and {names[1]} must be non-empty 1-D arrays of the same length, "
                         f"got shapes {a.shape} and {b.shape}")
    return a, b


def _contingency(x, y):
    """counts[i, j] = number of samples with the i-th distinct x and the j-th distinct y (no Python loop)."""
    # return_inverse gives each sample the index of its value among the sorted distinct values,
    # so labels of any kind (ints, strings) become codes 0..k-1.
    _, x_codes = np.unique(x, return_inverse=True)
    _, y_codes = np.unique(y, return_inverse=True)
    a, b = x_codes.max() + 1, y_codes.max() + 1
    # One flat index per sample, then count them all at once.
    return np.bincount(x_codes.ravel() * b + y_codes.ravel(), minlength=a * b).reshape(a, b)


def mutual_information(x, y):
    """I(X; Y) = Σ p(x, y) log(p(x, y) / (p(x) p(y))) in nats, from the empirical joint distribution."""
    x, y = _check_pair(x, y, ("x", "y"))
    joint = _contingency(x, y) / x.size
    px = joint.sum(axis=1, keepdims=True)  # marginals are the row and column sums
    py = joint.sum(axis=0, keepdims=True)
    cells = joint > 0  # empty cells contribute 0 · log 0 = 0
    value = np.sum(joint[cells] * np.log(joint[cells] / (px * py)[cells]))
    # I >= 0 in exact arithmetic; rounding can leave -1e-17 for independent labels.
    return max(float(value), 0.0)


def _entropy_bits(counts):
    """Entropy in bits of the distribution with these counts (0 for an empty or pure node)."""
    total = counts.sum()
    if total == 0:
        return 0.0
    p = counts[counts > 0] / total
    return float(-np.sum(p * np.log2(p)))


def information_gain(y, split):
    """Entropy of the labels minus the size-weighted entropy of the two children of a split, in bits."""
    y, split = _check_pair(y, split, ("y", "split"))
    if split.dtype != bool:
        raise ValueError(f"split must be a boolean mask (True = left child), got dtype {split.dtype}")
    counts = _contingency(split, y)  # one row per child present (False, True), one column per class
    n = y.size
    parent = _entropy_bits(counts.sum(axis=0))
    # Each child's entropy, weighted by the fraction of samples it receives: the expected
    # uncertainty left after the split. An empty child has no row here, so it adds nothing.
    children = sum(row.sum() / n * _entropy_bits(row) for row in counts)
    return max(parent - children, 0.0)
