"""Plausible versions of exercises/level02/equations.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import cmath
import math

import numpy as np

EXPECTED = {
    "quadratic_roots__textbook": ("failed", "catastrophic cancellation"),
    "quadratic_roots__np_sign": ("failed", "np.sign(0) is 0"),
    "quadratic_roots__real_sqrt": ("failed", "cmath.sqrt"),
    "quadratic_roots__divides_by_a": ("failed", "divide by 2a"),
    "quadratic_roots__calls_np_roots": ("forbidden", "numpy.roots"),
    "quadratic_roots__no_a_check": ("failed", "expected ValueError"),
    "quadratic_roots__unsorted": ("failed", "np.sort order"),
    "quadratic_roots__larger_root_first": ("passed", None),
    "solve_linear_inequality__no_flip": ("failed", "flips the direction"),
    "solve_linear_inequality__divides_when_a_zero": ("failed", "0 op b is simply true"),
    "solve_linear_inequality__closed_swapped": ("failed", "include the end b / a"),
    "solve_linear_inequality__normalised_sign": ("passed", None),
}


def quadratic_roots__textbook(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    root = cmath.sqrt(b * b - 4 * a * c)
    roots = np.array([(-b - root) / (2 * a), (-b + root) / (2 * a)])
    return np.sort(roots.real) if root.imag == 0 else np.sort(roots)


def quadratic_roots__np_sign(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    D = b * b - 4 * a * c
    if D < 0:
        return np.sort(np.array([complex(-b / (2 * a), -math.sqrt(-D) / (2 * a)),
                                 complex(-b / (2 * a), math.sqrt(-D) / (2 * a))]))
    q = -0.5 * (b + np.sign(b) * np.sqrt(D))
    return np.sort(np.array([q / a, c / q]))


def quadratic_roots__real_sqrt(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    D = b * b - 4 * a * c
    q = -0.5 * (b + math.copysign(1.0, b) * np.sqrt(D))
    if q == 0:
        return np.zeros(2)
    return np.sort(np.array([q / a, c / q]))


def quadratic_roots__divides_by_a(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    D = b * b - 4 * a * c
    if D < 0:
        re, im = -b / a, math.sqrt(-D) / abs(a)
        return np.array([complex(re, -im), complex(re, im)])
    q = -(b + math.copysign(math.sqrt(D), b))
    if q == 0:
        return np.zeros(2)
    return np.sort(np.array([q / a, 4 * c / q]))


def quadratic_roots__calls_np_roots(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    return np.sort(np.roots([a, b, c]))


def quadratic_roots__no_a_check(a, b, c):
    D = b * b - 4 * a * c
    if D < 0:
        re, im = -b / (2 * a), math.sqrt(-D) / (2 * abs(a))
        return np.array([complex(re, -im), complex(re, im)])
    q = -0.5 * (b + math.copysign(math.sqrt(D), b))
    if q == 0:
        return np.zeros(2)
    return np.sort(np.array([q / a, c / q]))


def quadratic_roots__unsorted(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    D = b * b - 4 * a * c
    if D < 0:
        re, im = -b / (2 * a), math.sqrt(-D) / (2 * abs(a))
        return np.array([complex(re, im), complex(re, -im)])
    q = -0.5 * (b + math.copysign(math.sqrt(D), b))
    if q == 0:
        return np.zeros(2)
    return np.array([q / a, c / q])


def quadratic_roots__larger_root_first(a, b, c):
    # The root of larger magnitude from the formula with the sign that adds, the other from
    # Vieta's x1 x2 = c / a; complex roots with cmath.
    if a == 0:
        raise ValueError("a must be nonzero")
    D = b**2 - 4 * a * c
    if D < 0:
        big = (-b - cmath.sqrt(D)) / (2 * a)
        return np.sort_complex(np.array([big, big.conjugate()]))
    sqrt_D = math.sqrt(D)
    big = (-b - sqrt_D) / (2 * a) if b >= 0 else (-b + sqrt_D) / (2 * a)
    if big == 0:
        return np.array([0.0, 0.0])
    return np.sort(np.array([big, c / (a * big)]))


def solve_linear_inequality__no_flip(a, b, op):
    if op not in ("<", "<=", ">", ">="):
        raise ValueError("bad op")
    if a == 0:
        holds = {"<": 0 < b, "<=": 0 <= b, ">": 0 > b, ">=": 0 >= b}[op]
        return (-math.inf, math.inf, False, False) if holds else (math.inf, -math.inf, False, False)
    bound = b / a
    if op in ("<", "<="):
        return (-math.inf, bound, False, op == "<=")
    return (bound, math.inf, op == ">=", False)


def solve_linear_inequality__divides_when_a_zero(a, b, op):
    if op not in ("<", "<=", ">", ">="):
        raise ValueError("bad op")
    bound = b / a
    if (op in ("<", "<=")) == (a > 0):
        return (-math.inf, bound, False, op in ("<=", ">="))
    return (bound, math.inf, op in ("<=", ">="), False)


def solve_linear_inequality__closed_swapped(a, b, op):
    if op not in ("<", "<=", ">", ">="):
        raise ValueError("bad op")
    if a == 0:
        holds = {"<": 0 < b, "<=": 0 <= b, ">": 0 > b, ">=": 0 >= b}[op]
        return (-math.inf, math.inf, False, False) if holds else (math.inf, -math.inf, False, False)
    closed = op in ("<", ">")
    if (op in ("<", "<=")) == (a > 0):
        return (-math.inf, b / a, False, closed)
    return (b / a, math.inf, closed, False)


def solve_linear_inequality__normalised_sign(a, b, op):
    # Multiply both sides by -1 when a < 0 (which flips op), so that a >= 0 afterwards;
    # NumPy scalars in the result, and NaN ends for the empty set.
    flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
    if op not in flipped:
        raise ValueError(f"unknown comparison {op!r}")
    a, b = np.float64(a), np.float64(b)
    if a < 0:
        a, b, op = -a, -b, flipped[op]
    closed = np.bool_(op.endswith("="))
    if a == 0:
        holds = (0 < b) if op == "<" else (0 <= b) if op == "<=" else (0 > b) if op == ">" else (0 >= b)
        return (np.float64(-np.inf), np.float64(np.inf), np.False_, np.False_) if holds else \
            (np.float64(np.nan), np.float64(np.nan), np.False_, np.False_)
    if op.startswith("<"):
        return (np.float64(-np.inf), b / a, np.False_, closed)
    return (b / a, np.float64(np.inf), closed, np.False_)
