"""Plausible versions of exercises/level03/higher_order.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import functools

import numpy as np

# The harness appends this file to the teaching solution and then rebinds the graded name to the
# mutant, so keep the solution's own versions under other names for mutants that reuse them.
_solution_compose = compose  # noqa: F821 (defined by the solution this file is appended to)
_solution_inverse = inverse_by_bisection  # noqa: F821

EXPECTED = {
    "compose__left_to_right": ("failed", "last function of fs sees x first"),
    "compose__reverse_in_place": ("failed", "a tuple has no .reverse()"),
    "compose__reduce_without_initial": ("failed", "the composition is the identity"),
    "compose__loop_over_entries": ("too_slow", "call it once on the whole array"),
    "compose__reduce_with_initial": ("passed", None),
    "compose__recursive": ("passed", None),
    "inverse_by_bisection__assumes_increasing": ("failed", "This f is decreasing"),
    "inverse_by_bisection__no_bracket_check": ("failed", "bisection needs a bracket"),
    "inverse_by_bisection__strict_range": ("failed", "y = f(lo) and y = f(hi) are in the range"),
    "inverse_by_bisection__while_wider_than_tol": ("failed", "Cap the number of halvings"),
    "inverse_by_bisection__loop_over_targets": ("too_slow", "run all bisections together"),
    "inverse_by_bisection__brentq": ("forbidden", "scipy"),
    "inverse_by_bisection__fixed_halvings_with_masks": ("passed", None),
    "grid_eval__meshgrid_xy": ("failed", "indexing='ij'"),
    "grid_eval__swapped_arguments": ("failed", "wrong order"),
    "grid_eval__broadcast_not_expanded": ("failed", "np.broadcast_to"),
    "grid_eval__loop_over_points": ("too_slow", "once per point"),
    "grid_eval__broadcasting": ("passed", None),
}


# -- compose --------------------------------------------------------------------------------------
def compose__left_to_right(fs, x):
    for f in fs:
        x = f(x)
    return x


def compose__reverse_in_place(fs, x):
    fs.reverse()
    for f in fs:
        x = f(x)
    fs.reverse()  # put the caller's list back
    return x


def compose__reduce_without_initial(fs, x):
    composed = functools.reduce(lambda f, g: lambda t: f(g(t)), fs)
    return composed(x)


def compose__loop_over_entries(fs, x):
    # Correct, entry by entry, for functions that act on each number alone (falls back otherwise).
    x = np.asarray(x, dtype=float)
    if x.ndim == 0 or not fs:
        return _solution_compose(fs, x)
    try:
        values = []
        for v in x.ravel().tolist():
            for f in reversed(fs):
                v = f(v)
            values.append(v)
        return np.array(values, dtype=float).reshape(x.shape)
    except (ValueError, TypeError):
        return _solution_compose(fs, x)


def compose__reduce_with_initial(fs, x):
    # Right but different: fold from the right, starting from x.
    return functools.reduce(lambda value, f: f(value), reversed(fs), x)


def compose__recursive(fs, x):
    # Right but different: f_1 ∘ (f_2 ∘ … ∘ f_k).
    if len(fs) == 0:
        return x
    return fs[0](compose__recursive(fs[1:], x))


# -- inverse_by_bisection -------------------------------------------------------------------------
def _bracketed(f, y, lo, hi):
    if not lo < hi:
        raise ValueError("need lo < hi")
    y = np.asarray(y, dtype=float)
    if np.any(np.sign(f(lo) - y) * np.sign(f(hi) - y) > 0):
        raise ValueError("y is not between f(lo) and f(hi)")
    return y


def inverse_by_bisection__assumes_increasing(f, y, lo, hi, tol=1e-12):
    y = _bracketed(f, y, lo, hi)
    a, b = np.full(y.shape, float(lo)), np.full(y.shape, float(hi))
    for _ in range(200):
        if np.all(b - a <= 2 * tol):
            break
        mid = (a + b) / 2
        below = f(mid) < y
        a, b = np.where(below, mid, a), np.where(below, b, mid)
    x = (a + b) / 2
    return float(x) if x.ndim == 0 else x


def inverse_by_bisection__no_bracket_check(f, y, lo, hi, tol=1e-12):
    y = np.asarray(y, dtype=float)
    direction = 1.0 if f(hi) >= f(lo) else -1.0
    a, b = np.full(y.shape, float(lo)), np.full(y.shape, float(hi))
    for _ in range(200):
        if np.all(b - a <= 2 * tol):
            break
        mid = (a + b) / 2
        right = direction * (f(mid) - y) < 0
        a, b = np.where(right, mid, a), np.where(right, b, mid)
    x = (a + b) / 2
    return float(x) if x.ndim == 0 else x


def inverse_by_bisection__strict_range(f, y, lo, hi, tol=1e-12):
    y_array = np.asarray(y, dtype=float)
    low, high = min(f(lo), f(hi)), max(f(lo), f(hi))
    if not lo < hi or np.any((y_array <= low) | (y_array >= high)):
        raise ValueError("y must be strictly inside (f(lo), f(hi))")
    return _solution_inverse(f, y, lo, hi, tol)


def inverse_by_bisection__while_wider_than_tol(f, y, lo, hi, tol=1e-12):
    y = _bracketed(f, y, lo, hi)
    direction = 1.0 if f(hi) >= f(lo) else -1.0
    a, b = np.full(y.shape, float(lo)), np.full(y.shape, float(hi))
    while np.any(b - a > 2 * tol):
        mid = a + (b - a) / 2
        right = direction * (f(mid) - y) < 0
        a, b = np.where(right, mid, a), np.where(right, b, mid)
    x = a + (b - a) / 2
    return float(x) if x.ndim == 0 else x


def inverse_by_bisection__loop_over_targets(f, y, lo, hi, tol=1e-12):
    y = _bracketed(f, y, lo, hi)
    increasing = f(hi) >= f(lo)
    out = np.empty(y.size)
    for k, target in enumerate(y.ravel().tolist()):
        a, b = float(lo), float(hi)
        for _ in range(200):
            if b - a <= 2 * tol:
                break
            mid = (a + b) / 2
            if (f(mid) < target) == increasing:
                a = mid
            else:
                b = mid
        out[k] = (a + b) / 2
    return float(out[0]) if y.ndim == 0 else out.reshape(y.shape)


def inverse_by_bisection__brentq(f, y, lo, hi, tol=1e-12):
    from scipy.optimize import brentq

    y = _bracketed(f, y, lo, hi)
    roots = np.array([brentq(lambda t: f(t) - v, lo, hi, xtol=tol) for v in y.ravel()])
    return float(roots[0]) if y.ndim == 0 else roots.reshape(y.shape)


def inverse_by_bisection__fixed_halvings_with_masks(f, y, lo, hi, tol=1e-12):
    # Right but different: a fixed 100 halvings (more precise than tol asks), sides chosen by the sign
    # of f at the lower end, brackets updated through boolean masks.
    y = _bracketed(f, y, lo, hi)
    a, b = np.full(y.shape, float(lo)), np.full(y.shape, float(hi))
    sign_at_a = np.sign(f(lo) - y)
    for _ in range(100):
        mid = a + (b - a) / 2
        same_side = np.sign(f(mid) - y) == sign_at_a
        a[same_side] = mid[same_side]
        b[~same_side] = mid[~same_side]
    x = a + (b - a) / 2
    return x.item() if x.ndim == 0 else x


# -- grid_eval ------------------------------------------------------------------------------------
def grid_eval__meshgrid_xy(f, xs, ys):
    X, Y = np.meshgrid(xs, ys)
    return f(X, Y)


def grid_eval__swapped_arguments(f, xs, ys):
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    return f(Y, X)


def grid_eval__broadcast_not_expanded(f, xs, ys):
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    return f(xs[:, None], ys[None, :])


def grid_eval__loop_over_points(f, xs, ys):
    Z = np.empty((len(xs), len(ys)))
    for i, x in enumerate(np.asarray(xs, dtype=float).tolist()):
        for j, y in enumerate(np.asarray(ys, dtype=float).tolist()):
            Z[i, j] = f(x, y)
    return Z


def grid_eval__broadcasting(f, xs, ys):
    # Right but different: broadcast a column against a row, then expand to the full grid.
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    return np.broadcast_to(f(xs[:, None], ys[None, :]), (xs.size, ys.size)).copy()
