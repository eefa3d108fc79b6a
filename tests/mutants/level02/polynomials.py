"""Plausible versions of exercises/level02/polynomials.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "horner__reversed_coefficients": ("failed", "lowest degree first"),
    "horner__power_sum": ("too_slow", "power sum"),
    "horner__loop_over_points": ("too_slow", "Horner's rule is one multiply"),
    "horner__calls_polyval": ("forbidden", "numpy.polyval"),
    "horner__scalar_for_constant": ("failed", "np.full(np.shape(x), c0)"),
    "horner__in_place_accumulator": ("passed", None),
    "poly_mul__double_loop": ("too_slow", "double loop"),
    "poly_mul__calls_convolve": ("forbidden", "numpy.convolve"),
    "poly_mul__no_stripping": ("failed", "leading zeros"),
    "poly_mul__trims_to_empty": ("failed", "never an empty array"),
    "poly_mul__one_too_long": ("failed", "one coefficient too many"),
    "poly_mul__outer_bincount": ("passed", None),
    "vandermonde__decreasing_powers": ("failed", "np.vander's default order"),
    "vandermonde__row_loop": ("too_slow", "loop over the points"),
    "vandermonde__calls_np_vander": ("forbidden", "numpy.vander"),
    "vandermonde__degree_columns": ("failed", "degree + 1 columns"),
    "vandermonde__reshapes_input": ("failed", "modified its input x"),
    "vandermonde__power_broadcast": ("passed", None),
}


def horner__reversed_coefficients(coeffs, x):
    x = np.asarray(x, dtype=float)
    p = np.zeros(x.shape)
    for c in coeffs[::-1]:
        p = p * x + c
    return p if p.ndim else float(p)


def horner__power_sum(coeffs, x):
    x = np.asarray(x, dtype=float)
    powers = np.arange(len(coeffs) - 1, -1, -1)
    return np.sum(coeffs * x[..., None] ** powers, axis=-1)


def horner__loop_over_points(coeffs, x):
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for index, value in np.ndenumerate(x):
        p = 0.0
        for c in coeffs:
            p = p * value + c
        out[index] = p
    return out if out.ndim else float(out)


def horner__calls_polyval(coeffs, x):
    return np.polyval(coeffs, x)


def horner__scalar_for_constant(coeffs, x):
    p = coeffs[0]
    for c in coeffs[1:]:
        p = p * x + c
    return p


def horner__in_place_accumulator(coeffs, x):
    x = np.asarray(x, dtype=float)
    p = np.full_like(x, coeffs[0])
    for c in coeffs[1:]:
        p *= x
        p += c
    return p if p.ndim else p.item()


def poly_mul__double_loop(p, q):
    if len(p) == 0 or len(q) == 0:
        raise ValueError("empty polynomial")
    p, q = _strip_leading_zeros(np.asarray(p, float)), _strip_leading_zeros(np.asarray(q, float))
    if not p.any() or not q.any():
        return np.zeros(1)
    r = [0.0] * (len(p) + len(q) - 1)
    for i in range(len(p)):
        for j in range(len(q)):
            r[i + j] += p[i] * q[j]
    return np.array(r)


def poly_mul__calls_convolve(p, q):
    if len(p) == 0 or len(q) == 0:
        raise ValueError("empty polynomial")
    r = np.trim_zeros(np.convolve(p, q), "f")
    return r if r.size else np.zeros(1)


def poly_mul__no_stripping(p, q):
    if len(p) == 0 or len(q) == 0:
        raise ValueError("empty polynomial")
    r = np.zeros(len(p) + len(q) - 1)
    for i, p_i in enumerate(p):
        r[i:i + len(q)] += p_i * q
    return r


def poly_mul__trims_to_empty(p, q):
    if len(p) == 0 or len(q) == 0:
        raise ValueError("empty polynomial")
    p, q = np.trim_zeros(p, "f"), np.trim_zeros(q, "f")
    r = np.zeros(max(len(p) + len(q) - 1, 0))
    for i, p_i in enumerate(p):
        r[i:i + len(q)] += p_i * q
    return r


def poly_mul__one_too_long(p, q):
    if len(p) == 0 or len(q) == 0:
        raise ValueError("empty polynomial")
    p, q = _strip_leading_zeros(np.asarray(p, float)), _strip_leading_zeros(np.asarray(q, float))
    if not p.any() or not q.any():
        return np.zeros(1)
    r = np.zeros(len(p) + len(q))
    for i, p_i in enumerate(p):
        r[i:i + len(q)] += p_i * q
    return r


def poly_mul__outer_bincount(p, q):
    # All products at once; p_i q_j belongs to index i + j, so sum them by that index.
    if np.size(p) == 0 or np.size(q) == 0:
        raise ValueError("each polynomial needs a coefficient")
    p, q = _strip_leading_zeros(np.asarray(p, float)), _strip_leading_zeros(np.asarray(q, float))
    if not (p.any() and q.any()):
        return np.array([0.0])
    index = np.add.outer(np.arange(p.size), np.arange(q.size))
    return np.bincount(index.ravel(), weights=np.outer(p, q).ravel(), minlength=p.size + q.size - 1)


def vandermonde__decreasing_powers(x, degree):
    if degree < 0:
        raise ValueError("negative degree")
    return np.asarray(x, float)[:, None] ** np.arange(degree, -1, -1)


def vandermonde__row_loop(x, degree):
    if degree < 0:
        raise ValueError("negative degree")
    return np.array([[value ** j for j in range(degree + 1)] for value in x], dtype=float).reshape(len(x), degree + 1)


def vandermonde__calls_np_vander(x, degree):
    if degree < 0:
        raise ValueError("negative degree")
    return np.vander(x, degree + 1, increasing=True)


def vandermonde__degree_columns(x, degree):
    if degree < 0:
        raise ValueError("negative degree")
    return np.asarray(x, float)[:, None] ** np.arange(degree)


def vandermonde__reshapes_input(x, degree):
    if degree < 0:
        raise ValueError("negative degree")
    x.shape = (-1, 1)
    return x ** np.arange(degree + 1)


def vandermonde__power_broadcast(x, degree):
    if degree < 0:
        raise ValueError("degree must be >= 0")
    return np.power.outer(np.asarray(x, dtype=float), np.arange(degree + 1))
