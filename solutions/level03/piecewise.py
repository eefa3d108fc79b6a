"""Piecewise functions: ReLU, leaky ReLU and the Huber function, on whole arrays at once."""

import numpy as np


def relu(z):
    """max(z, 0) elementwise, as the two pieces z (z > 0) and 0 (z <= 0)."""
    z = np.asarray(z, dtype=float)
    # np.where(cond, a, b) picks a where cond holds and b elsewhere, for every entry at once.
    # The conditions z > 0 and "not z > 0" partition the line: every z, including the breakpoint
    # 0, gets exactly one piece. Both pieces are exact (no arithmetic at all), and nothing can
    # overflow, unlike (z + |z|) / 2. np.where returns a new array: z itself is left alone.
    return np.where(z > 0, z, 0.0)


def leaky_relu(z, alpha=0.01):
    """z for z > 0 and alpha·z for z <= 0, elementwise."""
    z = np.asarray(z, dtype=float)
    # Two pieces again; alpha * z is computed on every entry but only used where z <= 0.
    # (np.maximum(z, alpha * z) would be shorter, but it is the leaky ReLU only for alpha <= 1.)
    return np.where(z > 0, z, alpha * z)


def huber(r, delta=1.0):
    """½r² for |r| <= δ and δ(|r| - ½δ) beyond, elementwise."""
    if not delta > 0:  # also rejects NaN
        raise ValueError(f"delta must be positive (the end of the quadratic piece), got {delta}")
    # np.piecewise builds its output like its input (zeros_like), so make it floats first.
    r = np.asarray(r, dtype=float)
    inside = np.abs(r) <= delta  # |r| = δ goes to the quadratic piece; the other piece is the complement
    # np.piecewise calls each function only on the entries of its own piece. That matters here:
    # np.where would also compute ½r² for an outlier like r = 1e200, where r² overflows to inf,
    # even though that value is thrown away. The pieces meet at |r| = δ: ½δ² = δ(δ - ½δ).
    return np.piecewise(r, [inside, ~inside], [
        lambda t: 0.5 * t * t,
        lambda t: delta * (np.abs(t) - 0.5 * delta),
    ])
