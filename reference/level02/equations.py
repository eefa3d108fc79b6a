"""Reference equation solvers: cancellation-free quadratic roots and linear inequalities."""

import math

import numpy as np

OPS = ("<", "<=", ">", ">=")


def quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0:
        raise ValueError("a = 0: the equation is linear, not quadratic")
    D = b * b - 4.0 * a * c
    if D >= 0:
        # q = -(b + sign(b) √D) / 2 adds two numbers of the same sign: no cancellation.
        q = -0.5 * (b + math.copysign(math.sqrt(D), b))
        if q == 0:  # b = 0 and D = 0, so c = 0: a x² = 0
            return np.zeros(2)
        return np.sort(np.array([q / a, c / q]))
    re = -b / (2.0 * a)
    im = abs(math.sqrt(-D) / (2.0 * a))
    return np.array([complex(re, -im), complex(re, im)])


def solve_linear_inequality(a, b, op):
    if op not in OPS:
        raise ValueError(f"op must be one of {OPS}, got {op!r}")
    a, b = float(a), float(b)
    strict = op in ("<", ">")
    if a == 0:
        holds = {"<": 0 < b, "<=": 0 <= b, ">": 0 > b, ">=": 0 >= b}[op]
        return (-math.inf, math.inf, False, False) if holds else (math.inf, -math.inf, False, False)
    bound = b / a
    if (op in ("<", "<=")) == (a > 0):  # x < b/a, or the flipped x > b/a turned back into an upper bound
        return (-math.inf, bound, False, not strict)
    return (bound, math.inf, not strict, False)
