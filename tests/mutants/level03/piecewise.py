"""Plausible versions of exercises/level03/piecewise.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "relu__in_place": ("failed", "modified its input z"),
    "relu__abs_average_overflows": ("failed", "(z + |z|) / 2 overflows"),
    "relu__returns_mask": ("failed", "the mask z > 0"),
    "relu__times_mask": ("passed", None),
    "relu__piecewise": ("passed", None),
    "leaky_relu__maximum_trick": ("failed", "only when alpha ≤ 1"),
    "leaky_relu__constant_alpha": ("failed", "not the constant alpha"),
    "leaky_relu__ignores_alpha": ("failed", "use the alpha argument"),
    "leaky_relu__piecewise": ("passed", None),
    "huber__np_where_overflows": ("failed", "np.where computes ½r² on every entry"),
    "huber__linear_piece_minus_delta": ("failed", "do not meet at |r| = δ"),
    "huber__overlapping_masks": ("failed", "overlap at the breakpoint"),
    "huber__no_validation": ("failed", "ValueError"),
    "huber__clipped_formula": ("passed", None),
    "huber__masks": ("passed", None),
}


# -- relu -----------------------------------------------------------------------------------------
def relu__in_place(z):
    z[z < 0] = 0.0
    return z


def relu__abs_average_overflows(z):
    return (z + np.abs(z)) / 2


def relu__returns_mask(z):
    return (np.asarray(z) > 0).astype(float)


def relu__times_mask(z):
    # Right but different: z · [z > 0] is z on the positive piece and (±)0 elsewhere.
    z = np.asarray(z, dtype=float)
    return z * (z > 0)


def relu__piecewise(z):
    z = np.asarray(z, dtype=float)
    return np.piecewise(z, [z > 0], [lambda v: v, 0.0])


# -- leaky relu -----------------------------------------------------------------------------------
def leaky_relu__maximum_trick(z, alpha=0.01):
    return np.maximum(z, alpha * np.asarray(z, dtype=float))


def leaky_relu__constant_alpha(z, alpha=0.01):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha)


def leaky_relu__ignores_alpha(z, alpha=0.01):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.01 * z)


def leaky_relu__piecewise(z, alpha=0.01):
    # Right but different: np.piecewise with the breakpoint in the positive piece's complement.
    z = np.asarray(z, dtype=float)
    return np.piecewise(z, [z <= 0, z > 0], [lambda v: alpha * v, lambda v: v])


# -- huber ----------------------------------------------------------------------------------------
def _check_delta(delta):
    if delta <= 0:
        raise ValueError("delta must be positive")


def huber__np_where_overflows(r, delta=1.0):
    _check_delta(delta)
    r = np.asarray(r, dtype=float)
    a = np.abs(r)
    return np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta))


def huber__linear_piece_minus_delta(r, delta=1.0):
    _check_delta(delta)
    r = np.asarray(r, dtype=float)
    inside = np.abs(r) <= delta
    out = np.empty(r.shape)
    out[inside] = 0.5 * r[inside] ** 2
    out[~inside] = delta * (np.abs(r[~inside]) - delta)
    return out


def huber__overlapping_masks(r, delta=1.0):
    _check_delta(delta)
    r = np.asarray(r, dtype=float)
    a = np.abs(r)
    out = np.zeros(r.shape)
    quadratic, linear = a <= delta, a >= delta
    out[quadratic] += 0.5 * r[quadratic] ** 2
    out[linear] += delta * (a[linear] - 0.5 * delta)
    return out


def huber__no_validation(r, delta=1.0):
    r = np.asarray(r, dtype=float)
    m = np.minimum(np.abs(r), delta)
    return m * (np.abs(r) - 0.5 * m)


def huber__clipped_formula(r, delta=1.0):
    # Right but different: with m = min(|r|, δ), ½m² + δ(|r| - m) is ½r² inside and δ(|r| - ½δ) outside.
    _check_delta(delta)
    a = np.abs(np.asarray(r, dtype=float))
    m = np.minimum(a, delta)
    return 0.5 * m * m + delta * (a - m)


def huber__masks(r, delta=1.0):
    _check_delta(delta)
    r = np.asarray(r, dtype=float)
    out = np.empty_like(r)
    inside = np.abs(r) <= delta
    out[inside] = r[inside] ** 2 / 2
    out[~inside] = delta * np.abs(r[~inside]) - delta**2 / 2
    return out
