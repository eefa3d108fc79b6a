"""Equations and inequalities: quadratic roots without cancellation, linear inequalities as intervals."""

import math

import numpy as np


def quadratic_roots(a, b, c):
    """Both roots of a x² + b x + c = 0, sorted like np.sort (float if real, complex if not)."""
    if a == 0:
        raise ValueError("a = 0: a x² + b x + c = 0 is then linear (b x + c = 0), not quadratic")
    D = b * b - 4.0 * a * c
    if D < 0:
        # A conjugate pair (-b ± i√(-D)) / (2a). The real part -b/(2a) and the imaginary part
        # √(-D)/(2|a|) are each computed without subtracting nearly equal numbers.
        real = -b / (2.0 * a)
        imag = math.sqrt(-D) / (2.0 * abs(a))
        return np.array([complex(real, -imag), complex(real, imag)])  # np.sort order: -i first
    # The textbook (-b ± √D) / (2a) subtracts nearly equal numbers for one sign when b² ≫ |4ac|:
    # for x² + 1e8 x + 1, -b + √D = -1e8 + 99999999.99999998, and the small root loses all its
    # digits. Instead add √D with the sign of b, so the two terms never cancel:
    #     q = -(b + sign(b) √D) / 2,   x1 = q / a,   x2 = c / q,
    # where x2 = c / q follows from Vieta: x1 x2 = c / a. copysign gives +√D for b = +0.0,
    # unlike np.sign(0) = 0, which would make q = 0 for x² - 4.
    q = -0.5 * (b + math.copysign(math.sqrt(D), b))
    if q == 0:
        # Only when b = 0 and D = 0, that is c = 0: a x² = 0 has the double root 0.
        return np.zeros(2)
    return np.sort(np.array([q / a, c / q], dtype=float))


def solve_linear_inequality(a, b, op):
    """The solution set of a·x op b as (lo, hi, lo_closed, hi_closed)."""
    if op not in ("<", "<=", ">", ">="):
        raise ValueError(f'op must be one of "<", "<=", ">", ">=", got {op!r}')
    inclusive = op in ("<=", ">=")
    if a == 0:
        # 0·x op b does not depend on x: it is true for every x or for none.
        holds = {"<": 0 < b, "<=": 0 <= b, ">": 0 > b, ">=": 0 >= b}[op]
        return (-math.inf, math.inf, False, False) if holds else (math.inf, -math.inf, False, False)
    bound = float(b / a)
    # Dividing both sides by a keeps the direction for a > 0 and flips it for a < 0:
    # -2x < 6  ⟺  x > -3. So "x is below b/a" exactly when (op is < or <=) == (a > 0).
    if (op in ("<", "<=")) == (a > 0):
        return (-math.inf, bound, False, inclusive)
    return (bound, math.inf, inclusive, False)
