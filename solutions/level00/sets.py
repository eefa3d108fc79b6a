"""Set operations on sorted arrays, and the Jaccard similarity of liked-movie vectors."""

import numpy as np


def _as_set(x, name):
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError(f"{name} must be a 1-D array of values, got an array of shape {x.shape}")
    # The canonical form of a set: sorted, each element once. np.unique returns a new array,
    # so the caller's array is never touched.
    return np.unique(x)


def _member(x, sorted_set):
    """Boolean mask: is each x[i] an element of the sorted, duplicate-free array ``sorted_set``?"""
    # searchsorted gives, for each x[i], the position where it would be inserted to keep
    # sorted_set sorted. x[i] is present exactly when the element already at that position
    # equals x[i]. Positions equal to len(sorted_set) (x[i] larger than everything) are
    # clipped to a valid index; the equality test then fails, as it should.
    if sorted_set.size == 0:
        return np.zeros(x.shape, dtype=bool)
    position = np.searchsorted(sorted_set, x)
    return sorted_set[np.minimum(position, sorted_set.size - 1)] == x


def set_ops(a, b):
    """(A ∪ B, A ∩ B, A ∖ B, A Δ B), each a sorted array without duplicates."""
    A, B = _as_set(a, "a"), _as_set(b, "b")
    dtype = np.result_type(A, B)
    A, B = A.astype(dtype, copy=False), B.astype(dtype, copy=False)
    in_b = _member(A, B)  # x ∈ B, for every x ∈ A
    in_a = _member(B, A)  # y ∈ A, for every y ∈ B
    intersection = A[in_b]  # a subsequence of a sorted array is sorted
    difference = A[~in_b]  # A ∖ B
    only_b = B[~in_a]  # B ∖ A
    # A ∪ B = (A ∖ B) ∪ B and A Δ B = (A ∖ B) ∪ (B ∖ A): disjoint pieces, so joining them
    # adds no duplicates; one sort puts them in order.
    union = np.sort(np.concatenate([difference, B]))
    symmetric_difference = np.sort(np.concatenate([difference, only_b]))
    return union, intersection, difference, symmetric_difference


def jaccard(u, v):
    """|U ∩ V| / |U ∪ V| for boolean (or 0/1) vectors; 0.0 if both are empty."""
    u, v = np.asarray(u, dtype=bool), np.asarray(v, dtype=bool)
    if u.shape != v.shape:
        raise ValueError(f"u and v must have the same shape (one entry per movie), got {u.shape} and {v.shape}")
    # Elementwise AND / OR are the intersection / union of the liked sets; counting the
    # True entries gives their sizes. Movies neither user liked are False in both masks.
    both = np.count_nonzero(u & v)
    either = np.count_nonzero(u | v)
    if either == 0:  # neither user liked anything: 0/0, defined as 0
        return 0.0
    return float(both / either)
