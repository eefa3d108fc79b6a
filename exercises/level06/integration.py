"""Level 6 — numerical integration: the trapezoid rule, Simpson's rule and Monte Carlo.

An integral is the limit of sums of areas. With samples ``y_i = f(x_i)`` on a grid
``x_0 < x_1 < … < x_{n-1}`` we can replace ``f`` by a simple function through the
samples and integrate that exactly:

* :func:`trapezoid` — straight lines between neighbours (error ``O(h²)``);
* :func:`simpson` — a parabola through each pair of intervals (error ``O(h⁴)``);
* :func:`monte_carlo_integral` — no grid at all: average ``f`` at random points,
  and report how uncertain that average is (its standard error).

The grids here may be **non-uniform** (the spacing changes from interval to
interval), as real measurements often are: never assume ``h = x[1] - x[0]`` for all.

Rules for this module: NumPy only. ``np.trapezoid`` (and the old ``np.trapz``) and
everything in ``scipy.integrate`` are banned — the point is to write them. Never
modify the arguments. Run ``mlgrade level06 integration`` to grade this file.
"""

import numpy as np


def trapezoid(y, x):
    """Integral of sampled values by the composite trapezoid rule.

    .. math:: \\int_{x_0}^{x_{n-1}} f(x)\\,dx ≈ \\sum_{i=0}^{n-2} (x_{i+1} - x_i)\\,\\frac{y_i + y_{i+1}}{2}

    In words: join neighbouring samples by straight lines and add up the areas of
    the trapezoids underneath — width times the average height, interval by interval.

    Parameters
    ----------
    y : ndarray of shape (n,)
        Function values ``y_i = f(x_i)``.
    x : ndarray of shape (n,)
        Sample points, strictly increasing, spacing not necessarily uniform.

    Returns
    -------
    integral : float

    Raises
    ------
    ValueError
        If ``x`` and ``y`` are not 1-D arrays of the same length, or ``n < 2``.

    Notes
    -----
    Banned: ``np.trapezoid``, ``np.trapz`` and ``scipy.integrate``. Use the width of
    *each* interval (``np.diff(x)``), not one global step. One vectorised expression
    does it; a Python loop over the samples is too slow.

    Examples
    --------
    >>> trapezoid(np.array([0.0, 1.0, 4.0]), np.array([0.0, 1.0, 2.0]))  # ∫₀² x² dx = 8/3
    3.0
    >>> trapezoid(np.array([1.0, 1.0, 1.0]), np.array([0.0, 0.5, 3.0]))  # non-uniform: length 3
    3.0
    """
    raise NotImplementedError


def simpson(y, x):
    """Integral of sampled values by the composite Simpson rule (non-uniform grids allowed).

    Group the intervals in pairs ``[x_{2k}, x_{2k+1}, x_{2k+2}]`` with widths
    ``h_0 = x_{2k+1} - x_{2k}`` and ``h_1 = x_{2k+2} - x_{2k+1}``. The integral of the
    parabola through the three samples is

    .. math::

        \\frac{h_0 + h_1}{6}\\left[\\Big(2 - \\frac{h_1}{h_0}\\Big) y_{2k}
        + \\frac{(h_0 + h_1)^2}{h_0 h_1}\\, y_{2k+1} + \\Big(2 - \\frac{h_0}{h_1}\\Big) y_{2k+2}\\right]

    and the rule adds these up over all pairs. For a uniform grid (``h_0 = h_1 = h``)
    this is the familiar ``h/3 (y_0 + 4 y_1 + y_2)``. It is exact for quadratics
    on any grid (and for cubics on a uniform grid).

    Parameters
    ----------
    y : ndarray of shape (n,)
    x : ndarray of shape (n,)
        Strictly increasing; ``n`` must be odd (an even number of intervals).

    Returns
    -------
    integral : float

    Raises
    ------
    ValueError
        If ``x`` and ``y`` are not 1-D of the same length, or ``n`` is even or below 3.

    Notes
    -----
    Banned: ``scipy.integrate`` (including ``scipy.integrate.simpson``). Vectorise
    over the pairs with slices: ``x[0:-1:2]``, ``x[1::2]``, ``x[2::2]`` are the left,
    middle and right points of every pair. Using ``h/3 (y_0 + 4 y_1 + y_2)`` on a
    non-uniform grid is wrong: it is not the area under the parabola.

    Examples
    --------
    >>> simpson(np.array([0.0, 1.0, 4.0]), np.array([0.0, 1.0, 2.0]))  # ∫₀² x² dx, exact
    2.6666666666666665
    >>> simpson(np.array([0.0, 0.25, 9.0]), np.array([0.0, 0.5, 3.0]))  # ∫₀³ x² dx = 9, non-uniform
    9.0
    """
    raise NotImplementedError


def monte_carlo_integral(f, a, b, n, rng):
    """Monte Carlo estimate of ``∫_a^b f(x) dx`` and its standard error.

    .. math::

        \\hat I = (b - a)\\,\\bar g, \\quad g_i = f(u_i),\\ u_i \\sim \\mathrm{Uniform}(a, b);
        \\qquad \\mathrm{SE} = (b - a)\\,\\frac{s_g}{\\sqrt{n}}

    where ``ḡ`` is the mean and ``s_g`` the sample standard deviation (``ddof=1``)
    of the ``n`` values ``g_i``. In words: the integral is the interval's length
    times the average height of ``f``; estimate the average height from random
    points. The estimate is unbiased, and its typical error — the standard error —
    shrinks like ``1/√n`` whatever the dimension.

    Parameters
    ----------
    f : callable
        Vectorised: ``f(u)`` for an array ``u`` of shape (n,) returns shape (n,).
    a, b : float
        Integration limits, ``a < b``.
    n : int
        Number of random points, ``n >= 2``.
    rng : numpy.random.Generator
        Source of randomness. Draw all points with one call
        ``rng.uniform(a, b, size=n)`` so that results are reproducible.

    Returns
    -------
    estimate : float
    standard_error : float

    Raises
    ------
    ValueError
        If ``a >= b`` or ``n < 2``.

    Notes
    -----
    About 95 % of estimates fall within 2 standard errors of the true integral;
    the grader checks yours against ``scipy.integrate.quad`` over many seeds. Call
    ``f`` once on the whole array of points (no Python loop over samples), and never
    seed a global random state: use ``rng``.

    Examples
    --------
    >>> estimate, se = monte_carlo_integral(np.sin, 0.0, np.pi, 100_000, np.random.default_rng(0))
    >>> abs(estimate - 2.0) < 4 * se, round(se, 3)
    (True, 0.003)
    """
    raise NotImplementedError
