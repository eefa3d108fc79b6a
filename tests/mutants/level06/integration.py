"""Plausible versions of exercises/level06/integration.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "trapezoid__uniform_step": ("failed", "own width"),
    "trapezoid__forgets_half": ("failed", "twice the integral"),
    "trapezoid__calls_np_trapezoid": ("forbidden", "numpy.trapezoid"),
    "trapezoid__loop_over_samples": ("too_slow", "no loop over samples"),
    "trapezoid__dot_product": ("passed", None),
    "simpson__uniform_weights_per_pair": ("failed", "uniform weights"),
    "simpson__calls_scipy": ("forbidden", "scipy"),
    "simpson__loop_over_pairs": ("too_slow", "x[1::2]"),
    "simpson__lagrange_weights": ("passed", None),
    "monte_carlo_integral__ddof_zero": ("failed", "ddof=1"),
    "monte_carlo_integral__forgets_width": ("failed", "length b - a"),
    "monte_carlo_integral__se_not_divided_by_sqrt_n": ("failed", "divide by √n"),
    "monte_carlo_integral__points_in_unit_interval": ("failed", "[0, 1)"),
    "monte_carlo_integral__loop_over_samples": ("too_slow", "one rng.uniform"),
    "monte_carlo_integral__scaled_random_and_var": ("passed", None),
}


def trapezoid__uniform_step(y, x):
    y, x = _check_samples(y, x, 2)
    h = x[1] - x[0]
    return float(h * (np.sum(y) - (y[0] + y[-1]) / 2))


def trapezoid__forgets_half(y, x):
    y, x = _check_samples(y, x, 2)
    return float(np.sum(np.diff(x) * (y[:-1] + y[1:])))


def trapezoid__calls_np_trapezoid(y, x):
    y, x = _check_samples(y, x, 2)
    return float(np.trapezoid(y, x))


def trapezoid__loop_over_samples(y, x):
    y, x = _check_samples(y, x, 2)
    total = 0.0
    for i in range(len(x) - 1):
        total += (x[i + 1] - x[i]) * (y[i] + y[i + 1]) / 2
    return float(total)


def trapezoid__dot_product(y, x):
    y, x = _check_samples(y, x, 2)
    return float(0.5 * np.dot(x[1:] - x[:-1], y[1:] + y[:-1]))


def _check_odd(y, x):
    y, x = _check_samples(y, x, 3)
    if len(y) % 2 == 0:
        raise ValueError("need an odd number of samples")
    return y, x


def simpson__uniform_weights_per_pair(y, x):
    y, x = _check_odd(y, x)
    widths = x[2::2] - x[0:-1:2]
    return float(np.sum(widths / 6 * (y[0:-1:2] + 4 * y[1::2] + y[2::2])))


def simpson__calls_scipy(y, x):
    from scipy.integrate import simpson as scipy_simpson

    y, x = _check_odd(y, x)
    return float(scipy_simpson(y, x=x))


def simpson__loop_over_pairs(y, x):
    y, x = _check_odd(y, x)
    total = 0.0
    for k in range(0, len(x) - 2, 2):
        h0, h1 = x[k + 1] - x[k], x[k + 2] - x[k + 1]
        total += (h0 + h1) / 6 * ((2 - h1 / h0) * y[k] + (h0 + h1) ** 2 / (h0 * h1) * y[k + 1]
                                  + (2 - h0 / h1) * y[k + 2])
    return float(total)


def simpson__lagrange_weights(y, x):
    y, x = _check_odd(y, x)
    x0, x1, x2 = x[0:-1:2], x[1::2], x[2::2]
    h0, h1 = x1 - x0, x2 - x1
    w0 = (x2 - x0) * (2 * h0 - h1) / (6 * h0)
    w1 = (x2 - x0) ** 3 / (6 * h0 * h1)
    w2 = (x2 - x0) * (2 * h1 - h0) / (6 * h1)
    return float(w0 @ y[0:-1:2] + w1 @ y[1::2] + w2 @ y[2::2])


def _check_mc(a, b, n):
    if not a < b or n < 2:
        raise ValueError("need a < b and n >= 2")


def monte_carlo_integral__ddof_zero(f, a, b, n, rng):
    _check_mc(a, b, n)
    g = f(rng.uniform(a, b, size=n))
    return float((b - a) * g.mean()), float((b - a) * g.std() / np.sqrt(n))


def monte_carlo_integral__forgets_width(f, a, b, n, rng):
    _check_mc(a, b, n)
    g = f(rng.uniform(a, b, size=n))
    return float(g.mean()), float((b - a) * g.std(ddof=1) / np.sqrt(n))


def monte_carlo_integral__se_not_divided_by_sqrt_n(f, a, b, n, rng):
    _check_mc(a, b, n)
    g = f(rng.uniform(a, b, size=n))
    return float((b - a) * g.mean()), float((b - a) * g.std(ddof=1))


def monte_carlo_integral__points_in_unit_interval(f, a, b, n, rng):
    _check_mc(a, b, n)
    g = f(rng.random(n))
    return float((b - a) * g.mean()), float((b - a) * g.std(ddof=1) / np.sqrt(n))


def monte_carlo_integral__loop_over_samples(f, a, b, n, rng):
    _check_mc(a, b, n)
    g = np.empty(n)
    for i in range(n):
        g[i] = f(rng.uniform(a, b))
    return float((b - a) * g.mean()), float((b - a) * g.std(ddof=1) / np.sqrt(n))


def monte_carlo_integral__scaled_random_and_var(f, a, b, n, rng):
    _check_mc(a, b, n)
    width = b - a
    g = np.asarray(f(a + width * rng.random(n)))
    return width * np.sum(g) / n, np.sqrt(width**2 * np.var(g, ddof=1) / n)
