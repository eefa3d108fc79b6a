"""Polynomials as arrays of coefficients: evaluation (Horner), multiplication, the Vandermonde matrix."""

import numpy as np


def horner(coeffs, x):
    """p(x) for a polynomial with coefficients highest degree first, at every point of x."""
    coeffs = np.asarray(coeffs, dtype=float)
    x = np.asarray(x, dtype=float)
    # p(x) = c0 xⁿ + c1 xⁿ⁻¹ + … + cn = (…((c0 x + c1) x + c2) x + …) x + cn.
    # Read from the inside out: start with c0 and, for every further coefficient, multiply by x
    # and add it. n multiply-adds and no powers at all. Starting from c0 broadcast to x's shape
    # makes a constant polynomial (degree 0) come back with the shape of x too.
    p = np.full(x.shape, coeffs[0])
    # The loop runs over the coefficients (a handful); each step works on the whole array x.
    for c in coeffs[1:]:
        p = p * x + c
    return p if p.ndim else float(p)


def _strip_leading_zeros(p):
    """The same polynomial without leading zero coefficients; the zero polynomial stays [0.]."""
    nonzero = np.flatnonzero(p)
    return p[nonzero[0]:] if nonzero.size else np.zeros(1)


def poly_mul(p, q):
    """Coefficients of the product p·q, highest degree first, without leading zeros."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    if p.size == 0 or q.size == 0:
        raise ValueError(f"each polynomial needs at least one coefficient (got {p.size} and {q.size}); "
                         "write the zero polynomial as [0.0]")
    # [0, 1, 2] is x + 2: drop leading zeros so the degrees are the true ones.
    p, q = _strip_leading_zeros(p), _strip_leading_zeros(q)
    # Anything times the zero polynomial is the zero polynomial, written [0.] (it has no degree,
    # so deg p + deg q + 1 does not apply).
    if not p.any() or not q.any():
        return np.zeros(1)
    # (Σ p_i x^(m-i)) (Σ q_j x^(n-j)): the term p_i q_j lands on x^(m+n-(i+j)), which is index
    # i + j of the result (highest degree first), so r_k = Σ_{i+j=k} p_i q_j — a convolution.
    # Row i of the outer product holds p_i·q and belongs in r[i : i + len(q)]: one vectorised
    # slice update per coefficient of p instead of a double loop over (i, j).
    r = np.zeros(p.size + q.size - 1)
    for i, p_i in enumerate(p):
        r[i:i + q.size] += p_i * q
    return r


def vandermonde(x, degree):
    """The (n, degree + 1) matrix whose column j is x**j."""
    if int(degree) != degree or degree < 0:
        raise ValueError(f"degree must be a non-negative integer, got {degree!r}")
    x = np.asarray(x, dtype=float)
    V = np.empty((x.size, int(degree) + 1))
    # Column 0 is x⁰ = 1 (also for x = 0), and each further column is the previous one times x:
    # x^j = x^(j-1)·x. The loop runs over the degree + 1 columns, each a whole-array product,
    # never over the points.
    V[:, 0] = 1.0
    for j in range(1, int(degree) + 1):
        V[:, j] = V[:, j - 1] * x
    return V
