"""Level 2 — solving equations and inequalities, carefully.

Two classics of school algebra, written so that floating point cannot ruin them:
the roots of a quadratic (the textbook formula loses every digit of the small
root when ``b² ≫ |4ac|``), and a linear inequality, whose direction flips when
you divide by a negative number and which may hold everywhere or nowhere.

Rules for this module: NumPy and the standard library (``math``, ``cmath``) only;
``np.roots`` (and ``numpy.polynomial``'s ``polyroots``) is banned in
``quadratic_roots``. Floating-point warnings (overflow, invalid value, division
by zero) count as errors when your code is graded. Run
``mlgrade level02 equations`` to grade this file.
"""

import numpy as np


def quadratic_roots(a, b, c):
    """Both roots of ``a x² + b x + c = 0``, without catastrophic cancellation.

    .. math:: x_{1,2} = \\frac{-b \\pm \\sqrt{D}}{2a}, \\qquad D = b^2 - 4ac

    The textbook formula subtracts two nearly equal numbers for one of the signs
    when ``b² ≫ |4ac|``: for ``x² + 1e8·x + 1 = 0``, ``-b + √D`` is
    ``-1e8 + 99999999.99999998``, and the small root (about ``-1e-8``) comes out
    with no correct digit. The cure is to only ever add numbers of the same sign:

    .. math:: q = -\\tfrac{1}{2}\\left(b + \\operatorname{sign}(b)\\sqrt{D}\\right), \\qquad
              x_1 = \\frac{q}{a}, \\qquad x_2 = \\frac{c}{q}

    (``x2 = c/q`` because ``x1·x2 = c/a``, Vieta's formula). Take ``sign(b) = +1``
    for ``b = 0``: ``np.sign(0)`` is 0, ``math.copysign(1.0, 0.0)`` is 1.

    Parameters
    ----------
    a, b, c : float
        The coefficients, ``a != 0``.

    Returns
    -------
    roots : ndarray of shape (2,)
        Sorted as ``np.sort`` sorts: ascending, by real part, then imaginary part.
        Float dtype when ``D >= 0`` (two real roots, equal when ``D = 0``); complex
        dtype when ``D < 0`` (the conjugate pair ``(-b ± i√(-D)) / (2a)``, the one
        with the negative imaginary part first).

    Raises
    ------
    ValueError
        If ``a == 0``: the equation is then linear, not quadratic.

    Notes
    -----
    Banned: ``np.roots`` (it finds roots as eigenvalues of a companion matrix;
    here you write the formula). ``np.sqrt`` of a negative float is ``nan`` with a
    warning, which counts as an error: for ``D < 0`` take ``√(-D)`` (or use
    ``cmath.sqrt``). When ``b = 0`` and ``c = 0`` you get ``q = 0``: the equation
    ``a x² = 0`` has the double root 0.

    Examples
    --------
    >>> quadratic_roots(1.0, -3.0, 2.0)  # (x - 1)(x - 2)
    array([1., 2.])
    >>> quadratic_roots(1.0, 2.0, 5.0)  # (x + 1)² + 4
    array([-1.-2.j, -1.+2.j])
    >>> quadratic_roots(1.0, 1e8, 1.0)  # the textbook formula gets the small root wrong
    array([-1.e+08, -1.e-08])
    """
    raise NotImplementedError


def solve_linear_inequality(a, b, op):
    """Solve ``a·x op b`` for real ``x``, where ``op`` is ``"<"``, ``"<="``, ``">"`` or ``">="``.

    .. math:: a x < b \\iff \\begin{cases} x < b/a & a > 0 \\\\ x > b/a & a < 0 \\\\
              0 < b \\text{ (for every x, or for none)} & a = 0 \\end{cases}

    In words: dividing both sides by ``a`` keeps the direction when ``a > 0`` and
    flips it when ``a < 0`` (``-2x < 6`` means ``x > -3``). When ``a = 0`` the left
    side is 0 whatever ``x`` is, so ``0 op b`` holds for all ``x`` or for none.

    The answer is an interval, returned as one tuple ``(lo, hi, lo_closed,
    hi_closed)``: the set of ``x`` with ``lo < x < hi``, with ``<=`` on a closed
    side. All of ℝ is ``(-inf, inf, False, False)``; no solution at all is the
    empty interval ``(inf, -inf, False, False)``.

    Parameters
    ----------
    a, b : float
    op : {"<", "<=", ">", ">="}

    Returns
    -------
    lo : float
        Left end of the solution interval, ``-inf`` if it is unbounded below.
    hi : float
        Right end, ``inf`` if it is unbounded above.
    lo_closed : bool
        Whether ``lo`` itself is a solution (``<=`` / ``>=`` make an end closed;
        an infinite end is never closed).
    hi_closed : bool
        Whether ``hi`` itself is a solution.

    Raises
    ------
    ValueError
        If ``op`` is not one of the four strings.

    Examples
    --------
    >>> solve_linear_inequality(2.0, 6.0, "<=")  # x ≤ 3
    (-inf, 3.0, False, True)
    >>> solve_linear_inequality(-2.0, 6.0, "<")  # x > -3: dividing by -2 flips <
    (-3.0, inf, False, False)
    >>> solve_linear_inequality(0.0, 1.0, ">")  # 0 > 1 holds for no x
    (inf, -inf, False, False)
    """
    raise NotImplementedError
