"""Functions the level-3 suites hand to learner code (``compose``, ``inverse_by_bisection``, ``grid_eval``).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference, as plain data plus a class name.
Every function here is vectorised (it works elementwise on arrays of any shape, and
on plain floats) and never warns on the inputs the suites use: warnings are errors
in the worker, and a warning raised here would be blamed on the learner.
"""

import numpy as np


def _same_kind(x, value):
    """A float for a scalar input, an array otherwise (like a NumPy ufunc)."""
    return float(value) if np.ndim(x) == 0 else value


# -- functions of one variable ------------------------------------------------------------------------
class Affine:
    """``f(x) = a x + b``: increasing for ``a > 0``, decreasing for ``a < 0``; inverse ``(y - b) / a``."""

    def __init__(self, a, b):
        self.a = float(a)
        self.b = float(b)

    def __call__(self, x):
        return _same_kind(x, self.a * np.asarray(x, dtype=float) + self.b)

    def inverse(self, y):
        return (np.asarray(y, dtype=float) - self.b) / self.a

    def __repr__(self):
        return f"{self.a:g}·x {'-' if self.b < 0 else '+'} {abs(self.b):g}"


class Square:
    """``f(x) = (x - c)²``: not monotone on an interval around ``c``."""

    def __init__(self, c=0.0):
        self.c = float(c)

    def __call__(self, x):
        return _same_kind(x, (np.asarray(x, dtype=float) - self.c) ** 2)

    def __repr__(self):
        return f"(x - {self.c:g})²" if self.c else "x²"


class Sine:
    """``f(x) = sin(w x)``."""

    def __init__(self, w=1.0):
        self.w = float(w)

    def __call__(self, x):
        return _same_kind(x, np.sin(self.w * np.asarray(x, dtype=float)))

    def __repr__(self):
        return f"sin({self.w:g}·x)"


class Tanh:
    """``f(x) = tanh(x)``: bounded and increasing."""

    def __call__(self, x):
        return _same_kind(x, np.tanh(np.asarray(x, dtype=float)))

    def __repr__(self):
        return "tanh(x)"


class Cubic:
    """``f(x) = x³ + c x + d``: increasing for ``c >= 0``, not monotone around 0 for ``c < 0``."""

    def __init__(self, c, d=0.0):
        self.c = float(c)
        self.d = float(d)

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        return _same_kind(x, (x * x + self.c) * x + self.d)

    def __repr__(self):
        return f"x³ {'-' if self.c < 0 else '+'} {abs(self.c):g}·x {'-' if self.d < 0 else '+'} {abs(self.d):g}"


class LogisticCDF:
    """``F(x) = 1 / (1 + exp(-(x - loc) / scale))``, the logistic distribution's CDF (increasing).

    Its inverse is the quantile function ``loc + scale · log(p / (1 - p))``. Evaluated
    with the two-branch formula, so it never overflows.
    """

    def __init__(self, loc=0.0, scale=1.0):
        self.loc = float(loc)
        self.scale = float(scale)

    def __call__(self, x):
        t = (np.asarray(x, dtype=float) - self.loc) / self.scale
        with np.errstate(under="ignore"):
            e = np.exp(-np.abs(t))
        return _same_kind(x, np.where(t >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))

    def inverse(self, p):
        p = np.asarray(p, dtype=float)
        return self.loc + self.scale * (np.log(p) - np.log1p(-p))

    def __repr__(self):
        return f"the logistic CDF with loc {self.loc:g} and scale {self.scale:g}"


class ExpDecay:
    """``f(x) = exp(-k x)``: decreasing for ``k > 0``; inverse ``-log(y) / k``."""

    def __init__(self, k=1.0):
        self.k = float(k)

    def __call__(self, x):
        return _same_kind(x, np.exp(-self.k * np.asarray(x, dtype=float)))

    def inverse(self, y):
        return -np.log(np.asarray(y, dtype=float)) / self.k

    def __repr__(self):
        return f"exp(-{self.k:g}·x)"


# -- functions that change the shape (for compose) --------------------------------------------------
class MatrixMap:
    """``f(X) = X Aᵀ`` row by row: maps ``(n, d)`` to ``(n, m)`` for ``A`` of shape ``(m, d)``."""

    def __init__(self, A):
        self.A = np.asarray(A, dtype=float)

    def __call__(self, X):
        return np.asarray(X, dtype=float) @ self.A.T

    def __repr__(self):
        return f"x ↦ A x with A of shape {self.A.shape}"


class RowNorm:
    """``f(X) = ‖x_i‖₂`` for each row: maps ``(n, m)`` to ``(n,)``."""

    def __call__(self, X):
        return np.sqrt(np.sum(np.asarray(X, dtype=float) ** 2, axis=-1))

    def __repr__(self):
        return "the Euclidean norm of each row"


# -- functions of two variables (for grid_eval) -----------------------------------------------------
class Rosenbrock:
    """``f(x, y) = (a - x)² + b (y - x²)²``, the banana-shaped test function of optimisation."""

    def __init__(self, a=1.0, b=100.0):
        self.a = float(a)
        self.b = float(b)

    def __call__(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        return (self.a - x) ** 2 + self.b * (y - x * x) ** 2

    def __repr__(self):
        return f"({self.a:g} - x)² + {self.b:g}·(y - x²)²"


class Tilted:
    """``f(x, y) = x · exp(-y²) + c y``: not symmetric in ``x`` and ``y``."""

    def __init__(self, c=0.5):
        self.c = float(c)

    def __call__(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        with np.errstate(under="ignore"):
            return x * np.exp(-y * y) + self.c * y

    def __repr__(self):
        return f"x·exp(-y²) + {self.c:g}·y"


class RatingModel:
    """``f(u, v) = offset + tanh(u) · v``: a toy predicted rating for a user taste ``u`` and a movie trait ``v``."""

    def __init__(self, offset=3.0):
        self.offset = float(offset)

    def __call__(self, u, v):
        return self.offset + np.tanh(np.asarray(u, dtype=float)) * np.asarray(v, dtype=float)

    def __repr__(self):
        return f"{self.offset:g} + tanh(u)·v"


class SquareOfX:
    """``f(x, y) = (x - c)²``, whatever ``y`` is: its result only broadcasts to the grid's shape."""

    def __init__(self, c=0.0):
        self.c = float(c)

    def __call__(self, x, y):
        return (np.asarray(x, dtype=float) - self.c) ** 2

    def __repr__(self):
        return f"(x - {self.c:g})², which ignores y"


class Ripple:
    """``f(x, y) = sin(w x y) · exp(-(x² + y²) / s)``: a damped ripple, symmetric only under x ↔ y swaps."""

    def __init__(self, w=1.0, s=8.0):
        self.w = float(w)
        self.s = float(s)

    def __call__(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        with np.errstate(under="ignore"):
            return np.sin(self.w * x * y) * np.exp(-(x * x + y * y) / self.s)

    def __repr__(self):
        return f"sin({self.w:g}·x·y)·exp(-(x² + y²)/{self.s:g})"
