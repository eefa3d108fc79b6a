"""Functions the hidden suites hand to learner code (e.g. ``f`` for a numerical gradient).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects can cross the process boundary by reference, as plain data plus a class name.
"""

import numpy as np


class QuadraticForm:
    """``f(x) = ½ xᵀ A x + bᵀ x`` with gradient ``½ (A + Aᵀ) x + b``.

    Parameters
    ----------
    A : ndarray of shape (d, d)
    b : ndarray of shape (d,)
    """

    def __init__(self, A, b):
        self.A = np.asarray(A, dtype=float)
        self.b = np.asarray(b, dtype=float)

    def __call__(self, x):
        x = np.asarray(x, dtype=float).ravel()
        return float(0.5 * x @ self.A @ x + self.b @ x)

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        return (0.5 * (self.A + self.A.T) @ x.ravel() + self.b).reshape(x.shape)


class SmoothNonlinear:
    """``f(X) = Σ sin(X) · exp(-X²/10) + (Σ X)²``: a non-quadratic test function.

    Works on arrays of any shape; its gradient has the same shape as ``X``.
    """

    def __call__(self, X):
        X = np.asarray(X, dtype=float)
        return float(np.sum(np.sin(X) * np.exp(-(X**2) / 10.0)) + np.sum(X) ** 2)

    def gradient(self, X):
        X = np.asarray(X, dtype=float)
        damp = np.exp(-(X**2) / 10.0)
        return np.cos(X) * damp - np.sin(X) * damp * X / 5.0 + 2.0 * np.sum(X)
