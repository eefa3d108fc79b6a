"""Reference polynomials: the oracle and the speed baseline (vectorised, numerically careful).

Coefficient arrays are highest degree first, as in ``np.polyval`` and ``np.polymul``.
"""

import numpy as np


def horner(coeffs, x):
    # np.polyval is Horner's rule in C-speed array steps: n multiply-adds over the whole of x.
    return np.polyval(np.asarray(coeffs, dtype=float), np.asarray(x, dtype=float))


def _trim(p):
    """Drop leading zeros; the zero polynomial becomes [0.]."""
    nonzero = np.flatnonzero(p)
    return p[nonzero[0]:] if nonzero.size else np.zeros(1)


def poly_mul(p, q):
    # The speed baseline is the loop a good learner writes, one vectorised slice update per
    # coefficient of the shorter factor: np.convolve (the correctness oracle in the suite) is
    # 10-30x faster than any NumPy-level formulation, too strict a bar for an exercise that bans it.
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    if p.size == 0 or q.size == 0:
        raise ValueError("a polynomial needs at least one coefficient; the zero polynomial is [0.]")
    p, q = _trim(p), _trim(q)
    if not p.any() or not q.any():
        return np.zeros(1)
    if p.size < q.size:
        p, q = q, p
    out = np.zeros(p.size + q.size - 1)
    for j, q_j in enumerate(q):
        out[j:j + p.size] += q_j * p
    return out


def vandermonde(x, degree):
    if int(degree) != degree or degree < 0:
        raise ValueError(f"degree must be a non-negative integer, got {degree!r}")
    return np.vander(np.asarray(x, dtype=float), int(degree) + 1, increasing=True)
