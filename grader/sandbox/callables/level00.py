"""Functions the level-0 suites hand to learner code: sequences for Σ / Π, and boolean formulas.

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference, as plain data plus a class name.
Every callable is vectorised (an array of indices or of truth values in, an array
of the same shape out) and also works on a single number.
"""

import numpy as np


def _term(coefficient, power):
    if power == 0:
        return f"{coefficient:g}"
    body = "i" if power == 1 else f"i^{power}"
    if coefficient == 1:
        return body
    if coefficient == -1:
        return f"-{body}"
    return f"{coefficient:g}·{body}"


class Polynomial:
    """``f(i) = c[0] + c[1]·i + c[2]·i² + …``, evaluated in float64.

    Parameters
    ----------
    coefficients : sequence of float
        Lowest degree first.
    """

    def __init__(self, coefficients):
        self.coefficients = tuple(float(c) for c in coefficients)

    def __call__(self, i):
        x = np.asarray(i, dtype=float)
        out = np.zeros(x.shape)
        for c in reversed(self.coefficients):  # Horner
            out = out * x + c
        return out[()] if out.ndim == 0 else out

    def __str__(self):
        terms = [_term(c, k) for k, c in enumerate(self.coefficients) if c != 0]
        return " + ".join(terms).replace("+ -", "- ") if terms else "0"


class Geometric:
    """``f(i) = scale · ratio**i``, evaluated in float64.

    Parameters
    ----------
    scale, ratio : float
    """

    def __init__(self, scale, ratio):
        self.scale = float(scale)
        self.ratio = float(ratio)

    def __call__(self, i):
        x = np.asarray(i, dtype=float)
        out = self.scale * np.power(self.ratio, x)
        return out[()] if np.ndim(out) == 0 else out

    def __str__(self):
        prefix = "" if self.scale == 1 else f"{self.scale:g}·"
        return f"{prefix}{self.ratio:g}^i"


# -- boolean formulas -----------------------------------------------------------------------------------
# A formula is a tree of nested tuples (plain data, so it pickles):
#   ("var", k)  ("const", True)  ("not", a)  ("and", a, b)  ("or", a, b)
#   ("xor", a, b)  ("implies", a, b)  ("iff", a, b)
SYMBOLS = {"and": "∧", "or": "∨", "xor": "⊕", "implies": "→", "iff": "↔"}
NAMES = "pqrst"


def _evaluate(tree, values):
    op = tree[0]
    if op == "var":
        return values[tree[1]]
    if op == "const":
        return np.bool_(tree[1])
    if op == "not":
        return np.logical_not(_evaluate(tree[1], values))
    a, b = _evaluate(tree[1], values), _evaluate(tree[2], values)
    if op == "and":
        return np.logical_and(a, b)
    if op == "or":
        return np.logical_or(a, b)
    if op == "xor":
        return np.logical_xor(a, b)
    if op == "implies":
        return np.logical_or(np.logical_not(a), b)
    if op == "iff":
        return np.equal(a, b)
    raise ValueError(f"unknown operator {op!r}")


def _text(tree, names, top=True):
    op = tree[0]
    if op == "var":
        return names[tree[1]]
    if op == "const":
        return "⊤" if tree[1] else "⊥"
    if op == "not":
        return "¬" + _text(tree[1], names, top=False)
    inner = f"{_text(tree[1], names, False)} {SYMBOLS[op]} {_text(tree[2], names, False)}"
    return inner if top else f"({inner})"


class Formula:
    """A propositional formula in ``n_vars`` variables, called as ``f(x0, x1, …)``.

    Each argument is one variable's truth values: a bool (or 0/1) array, all of the
    same shape, or a single bool. The result is a bool array of that shape (a single
    ``numpy.bool_`` when called with scalars or, for ``n_vars = 0``, with no argument).

    Parameters
    ----------
    tree : nested tuple
        The formula, e.g. ``("not", ("and", ("var", 0), ("var", 1)))`` for ¬(p ∧ q).
    n_vars : int
        How many arguments the formula takes.
    """

    def __init__(self, tree, n_vars):
        self.tree = tree
        self.n_vars = int(n_vars)

    def __call__(self, *values):
        if len(values) != self.n_vars:
            raise TypeError(f"this formula takes {self.n_vars} arguments (one truth value or array per "
                            f"variable), but was called with {len(values)}")
        values = [np.asarray(value).astype(bool) for value in values]
        result = np.asarray(_evaluate(self.tree, values), dtype=bool)
        if values:
            result = np.broadcast_to(result, np.broadcast_shapes(*(value.shape for value in values))).copy()
        return result[()] if result.ndim == 0 else result

    def variable_names(self):
        return list(NAMES[: self.n_vars]) if self.n_vars <= len(NAMES) else [f"x{k}" for k in range(self.n_vars)]

    def __str__(self):
        return _text(self.tree, self.variable_names())
