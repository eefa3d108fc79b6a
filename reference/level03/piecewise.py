"""Reference ReLU, leaky ReLU and Huber function: the oracles (vectorised, exact, never overflowing)."""

import numpy as np


def relu(z):
    return np.maximum(np.asarray(z, dtype=float), 0.0)


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * z)


def huber(r, delta=1.0):
    if not delta > 0:
        raise ValueError(f"delta must be positive, got {delta}")
    a = np.abs(np.asarray(r, dtype=float))
    m = np.minimum(a, delta)  # |r| inside the quadratic piece, δ beyond it
    # m (|r| - ½m) is ½r² for |r| <= δ and δ(|r| - ½δ) beyond: one formula, never r² of an outlier.
    return m * (a - 0.5 * m)
