"""Functions the level-12 suites hand to learner code (``f``, ``grad``, ``hess`` of the optimisers).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference, as plain data plus a class name.
Each objective knows its exact ``gradient`` and ``hessian``; :class:`Gradient` and
:class:`Hessian` wrap them as separate callables for ``newton_minimize(grad, hess, x0)``.
None of them warns on the inputs the suites use: warnings are errors in the worker,
and a warning raised here would be blamed on the learner.
"""

import numpy as np


class Quadratic:
    """``f(x) = ½ xᵀ A x + bᵀ x`` (A symmetric): gradient ``A x + b``, Hessian ``A``.

    Works on ``x`` of any shape holding ``d`` numbers (it is flattened); the gradient has
    the shape of ``x``. Its minimiser, when ``A`` is positive definite, is ``-A⁻¹ b``.
    """

    def __init__(self, A, b):
        A = np.asarray(A, dtype=float)
        self.A = (A + A.T) / 2
        self.b = np.asarray(b, dtype=float).ravel()

    def __call__(self, x):
        x = np.asarray(x, dtype=float).ravel()
        return float(0.5 * x @ (self.A @ x) + self.b @ x)

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        return (self.A @ x.ravel() + self.b).reshape(x.shape)

    def hessian(self, x):
        return self.A.copy()

    def __repr__(self):
        return f"the quadratic ½ xᵀA x + bᵀx in {len(self.b)} variables"


class SoftplusBowl:
    """``f(x) = ½ xᵀ A x + bᵀ x + Σ_j softplus(w_j · x)``, strictly convex for A positive definite.

    Gradient ``A x + b + Wᵀ σ(W x)``; Hessian ``A + Wᵀ diag(σ(1 - σ)) W`` (positive definite).
    """

    def __init__(self, A, b, W):
        A = np.asarray(A, dtype=float)
        self.A = (A + A.T) / 2
        self.b = np.asarray(b, dtype=float).ravel()
        self.W = np.asarray(W, dtype=float)

    @staticmethod
    def _sigmoid(z):
        e = np.exp(-np.abs(z))  # <= 1: never overflows (an underflow to 0 is ignored)
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def __call__(self, x):
        x = np.asarray(x, dtype=float).ravel()
        return float(0.5 * x @ (self.A @ x) + self.b @ x + np.sum(np.logaddexp(0.0, self.W @ x)))

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        flat = x.ravel()
        return (self.A @ flat + self.b + self.W.T @ self._sigmoid(self.W @ flat)).reshape(x.shape)

    def hessian(self, x):
        s = self._sigmoid(self.W @ np.asarray(x, dtype=float).ravel())
        return self.A + (self.W.T * (s * (1.0 - s))) @ self.W

    def __repr__(self):
        return f"a convex quadratic-plus-softplus function in {len(self.b)} variables"


class Rosenbrock:
    """``f(x, y) = (1 - x)² + 100 (y - x²)²``: the banana valley, minimum at (1, 1)."""

    def __call__(self, v):
        x, y = np.asarray(v, dtype=float).ravel()
        return float((1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2)

    def gradient(self, v):
        x, y = np.asarray(v, dtype=float).ravel()
        return np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])

    def hessian(self, v):
        x, y = np.asarray(v, dtype=float).ravel()
        return np.array([[2.0 - 400.0 * (y - x * x) + 800.0 * x * x, -400.0 * x], [-400.0 * x, 200.0]])

    def __repr__(self):
        return "the Rosenbrock function (1 - x)² + 100 (y - x²)²"


class WavyBowl:
    """``f(X) = Σ (X - C)² / 2 + Σ sin(X) · exp(-X² / 10)``: smooth, non-quadratic, any shape of ``X``."""

    def __init__(self, C):
        self.C = np.asarray(C, dtype=float)

    def __call__(self, X):
        X = np.asarray(X, dtype=float)
        return float(np.sum((X - self.C) ** 2) / 2 + np.sum(np.sin(X) * np.exp(-(X**2) / 10.0)))

    def gradient(self, X):
        X = np.asarray(X, dtype=float)
        damp = np.exp(-(X**2) / 10.0)
        return X - self.C + np.cos(X) * damp - np.sin(X) * damp * X / 5.0

    def __repr__(self):
        return f"a smooth non-quadratic function of an array of shape {self.C.shape}"


class Gradient:
    """The gradient of ``function`` as a callable: ``Gradient(f)(x) = f.gradient(x)``."""

    def __init__(self, function):
        self.function = function

    def __call__(self, x):
        return self.function.gradient(x)

    def __repr__(self):
        return f"the gradient of {self.function!r}"


class Hessian:
    """The Hessian of ``function`` as a callable: ``Hessian(f)(x) = f.hessian(x)``."""

    def __init__(self, function):
        self.function = function

    def __call__(self, x):
        return self.function.hessian(x)

    def __repr__(self):
        return f"the Hessian of {self.function!r}"
