"""Level 2 — logarithms and exponential equations, without losing digits.

``log(1 + x)`` is everywhere in machine learning (log-likelihoods, softplus,
compound growth), and for small ``x`` the obvious ``np.log(1 + x)`` is wrong:
``1 + x`` is rounded before the logarithm ever sees it. Here you build a stable
``log1p`` and use it to solve ``a·(1 + r)^t = b`` for tiny rates.

Rules for this module: NumPy and the standard library only; ``np.log1p`` and
``math.log1p`` (and ``np.logaddexp``, which hides one) are banned: ``np.log``,
``np.exp`` and ``math.log`` are fine. Floating-point warnings (overflow, invalid
value, division by zero) count as errors when your code is graded. Never modify
the arguments. Run ``mlgrade level02 logarithms`` to grade this file.
"""

import numpy as np


def log1p(x):
    """``log(1 + x)``, accurate even when ``|x|`` is tiny.

    For small ``|x|`` the float ``1 + x`` keeps only the leading digits of ``x``:
    ``1 + 1e-12`` is stored as ``1.000000000001000088900582…``, so
    ``np.log(1 + 1e-12)`` is ``1.0000889e-12``, wrong in the 5th digit, and for
    ``|x| < 1.1e-16`` it is exactly 0. One cure (Goldberg's trick) works with the
    rounded ``u = 1 + x`` and the amount that really got added, ``u - 1``:

    .. math:: \\log(1 + x) \\approx \\log(u) \\cdot \\frac{x}{u - 1}, \\qquad u = \\mathrm{fl}(1 + x),

    and ``log(1 + x) = x`` where ``u == 1``. The factor ``x / (u - 1)`` corrects
    for the rounding. The series ``x - x²/2 + x³/3 - …`` for small ``|x|`` also
    works, if you use ``np.log(1 + x)`` only where it is accurate.

    Parameters
    ----------
    x : float or ndarray of any shape
        Every entry ``> -1``.

    Returns
    -------
    y : float or ndarray of the same shape as x
        A float for a scalar ``x``. Relative error at most ``1e-12`` in every entry.

    Raises
    ------
    ValueError
        If any entry is ``<= -1`` (the logarithm of a number ``<= 0``).

    Notes
    -----
    Banned: ``np.log1p``, ``math.log1p`` and ``np.logaddexp``. Work on whole
    arrays; a Python loop over the entries is too slow. Warnings are errors here,
    and ``np.where(cond, A, B)`` computes ``A`` and ``B`` everywhere: a branch that
    divides by ``u - 1`` must not divide where it is 0 (replace those zeros
    first). For huge ``x`` (``1e308``), ``log(u) * x`` overflows; compute
    ``x / (u - 1)`` first.

    Examples
    --------
    >>> log1p(np.array([0.0, 1e-12, 1.0]))
    array([0.00000000e+00, 1.00000000e-12, 6.93147181e-01])
    >>> log1p(1e-20)
    1e-20
    """
    raise NotImplementedError


def solve_exponential(a, r, b):
    """The time ``t`` at which ``a·(1 + r)^t`` reaches ``b``.

    .. math:: a (1 + r)^t = b \\iff t = \\frac{\\log(b / a)}{\\log(1 + r)}

    In words: take logarithms of both sides and divide. ``a > 0`` is the starting
    amount, ``r`` the rate per step (growth for ``r > 0``, decay for
    ``-1 < r < 0``), ``b > 0`` the target; ``t < 0`` means ``b`` was reached in the
    past. Rates are often tiny (``1e-12`` per step), so compute ``log(1 + r)``
    with your :func:`log1p`, never as ``np.log(1 + r)``.

    Parameters
    ----------
    a : float
        The starting amount, ``> 0``.
    r : float
        The rate per step, ``> -1`` and ``!= 0``.
    b : float
        The target amount, ``> 0``.

    Returns
    -------
    t : float
        Relative error at most ``1e-11``.

    Raises
    ------
    ValueError
        If ``a <= 0`` or ``b <= 0`` (a positive amount never reaches ``b <= 0``),
        if ``r <= -1`` (then ``1 + r <= 0`` has no real powers), or if ``r == 0``
        (nothing changes: no unique ``t``).

    Notes
    -----
    Banned: ``np.log1p``, ``math.log1p`` and ``np.logaddexp`` (call your own
    ``log1p``).

    Examples
    --------
    >>> round(solve_exponential(100.0, 0.05, 200.0), 6)  # doubling at 5 % per step
    14.206699
    >>> round(solve_exponential(1.0, 1e-12, 2.0))  # np.log(1 + 1e-12) would be off by 9e-5
    693147180560
    """
    raise NotImplementedError
