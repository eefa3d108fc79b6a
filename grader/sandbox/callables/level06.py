"""Functions the level-6 suites hand to learner code (``f`` for derivatives, gradients, integrals).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference, as plain data plus a class name.
Each function also knows its exact derivatives (``derivative``, ``gradient``,
``jacobian``, ``hessian``), which the suites use as the analytic oracle. None of
them warns on the inputs the suites use: warnings are errors in the worker, and a
warning raised here would be blamed on the learner.
"""

import numpy as np


def _same_kind(x, value):
    """A float for a scalar input, an array otherwise (like a NumPy ufunc)."""
    return float(value) if np.ndim(x) == 0 else value


# -- functions of one variable (vectorised: elementwise on arrays, floats for floats) --------------
class SineWave:
    """``f(x) = a·sin(w x + p)``; ``f'(x) = a w cos(w x + p)``."""

    def __init__(self, a=1.0, w=1.0, p=0.0):
        self.a, self.w, self.p = float(a), float(w), float(p)

    def __call__(self, x):
        return _same_kind(x, self.a * np.sin(self.w * np.asarray(x, dtype=float) + self.p))

    def derivative(self, x):
        return self.a * self.w * np.cos(self.w * np.asarray(x, dtype=float) + self.p)

    def __repr__(self):
        return f"{self.a:g}·sin({self.w:g}·x + {self.p:g})"


class Exponential:
    """``f(x) = a·e^{c x}``; ``f'(x) = a c e^{c x}``."""

    def __init__(self, a=1.0, c=1.0):
        self.a, self.c = float(a), float(c)

    def __call__(self, x):
        return _same_kind(x, self.a * np.exp(self.c * np.asarray(x, dtype=float)))

    def derivative(self, x):
        return self.a * self.c * np.exp(self.c * np.asarray(x, dtype=float))

    def __repr__(self):
        return f"{self.a:g}·exp({self.c:g}·x)"


class Polynomial:
    """``f(x) = c[0] + c[1] x + c[2] x² + …``."""

    def __init__(self, coefficients):
        self.coefficients = np.asarray(coefficients, dtype=float)

    def __call__(self, x):
        return _same_kind(x, np.polynomial.polynomial.polyval(np.asarray(x, dtype=float), self.coefficients))

    def derivative(self, x):
        slope = np.polynomial.polynomial.polyder(self.coefficients)
        return np.polynomial.polynomial.polyval(np.asarray(x, dtype=float), slope)

    def __repr__(self):
        return "polynomial with coefficients " + ", ".join(f"{c:g}" for c in self.coefficients)


class GaussianBump:
    """``f(x) = e^{-(x - m)² / (2 s²)}``: a smooth integrand."""

    def __init__(self, m=0.0, s=1.0):
        self.m, self.s = float(m), float(s)

    def __call__(self, x):
        z = (np.asarray(x, dtype=float) - self.m) / self.s
        with np.errstate(under="ignore"):
            return _same_kind(x, np.exp(-0.5 * z * z))

    def derivative(self, x):
        z = (np.asarray(x, dtype=float) - self.m) / self.s
        with np.errstate(under="ignore"):
            return -z / self.s * np.exp(-0.5 * z * z)

    def __repr__(self):
        return f"exp(-(x - {self.m:g})² / (2·{self.s:g}²))"


# -- functions of a vector --------------------------------------------------------------------------
class BilinearForm:
    """``f(x) = xᵀ A x`` for a square, possibly non-symmetric ``A``.

    Gradient ``(A + Aᵀ) x``, Hessian ``A + Aᵀ`` (only the symmetric part of ``A`` matters).
    """

    def __init__(self, A):
        self.A = np.asarray(A, dtype=float)

    def __call__(self, x):
        x = np.asarray(x, dtype=float).ravel()
        return float(x @ self.A @ x)

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        return ((self.A + self.A.T) @ x.ravel()).reshape(x.shape)

    def hessian(self, x):
        return self.A + self.A.T

    def __repr__(self):
        return f"xᵀ A x with A of shape {self.A.shape}"


class SoftplusQuartic:
    """``f(x) = Σ_k log(1 + e^{(W x)_k}) + Σ_j x_j⁴ / 12`` for ``x`` of shape ``(n,)``.

    Gradient ``Wᵀ σ(W x) + x³ / 3``; Hessian ``Wᵀ diag(σ (1 - σ)) W + diag(x²)``.
    """

    def __init__(self, W):
        self.W = np.asarray(W, dtype=float)

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        return float(np.sum(np.logaddexp(0.0, self.W @ x)) + np.sum(x**4) / 12.0)

    def _sigma(self, x):
        return 1.0 / (1.0 + np.exp(-(self.W @ np.asarray(x, dtype=float))))

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        return self.W.T @ self._sigma(x) + x**3 / 3.0

    def hessian(self, x):
        x = np.asarray(x, dtype=float)
        s = self._sigma(x)
        return self.W.T @ ((s * (1.0 - s))[:, None] * self.W) + np.diag(x**2)

    def __repr__(self):
        return f"Σ softplus(W x) + Σ x⁴/12 with W of shape {self.W.shape}"


class SmoothSurface:
    """``f(X) = Σ sin(X) · e^{-X²/10} + (Σ X)²`` for ``X`` of any shape; gradient of the same shape."""

    def __call__(self, X):
        X = np.asarray(X, dtype=float)
        return float(np.sum(np.sin(X) * np.exp(-(X**2) / 10.0)) + np.sum(X) ** 2)

    def gradient(self, X):
        X = np.asarray(X, dtype=float)
        damp = np.exp(-(X**2) / 10.0)
        return np.cos(X) * damp - np.sin(X) * damp * X / 5.0 + 2.0 * np.sum(X)

    def __repr__(self):
        return "Σ sin(X)·exp(-X²/10) + (Σ X)²"


class VectorField:
    """``f(x) = tanh(W x + c) + 0.1 (W x)²`` from ``(n,)`` to ``(m,)``; Jacobian of shape ``(m, n)``."""

    def __init__(self, W, c):
        self.W = np.asarray(W, dtype=float)
        self.c = np.asarray(c, dtype=float)

    def __call__(self, x):
        z = self.W @ np.asarray(x, dtype=float)
        return np.tanh(z + self.c) + 0.1 * z**2

    def jacobian(self, x):
        z = self.W @ np.asarray(x, dtype=float)
        slope = 1.0 - np.tanh(z + self.c) ** 2 + 0.2 * z
        return slope[:, None] * self.W

    def __repr__(self):
        return f"tanh(W x + c) + 0.1·(W x)² with W of shape {self.W.shape}"
