"""Functions of functions: composition, numerical inverse by bisection, and evaluation on a grid."""

import numpy as np

MAX_HALVINGS = 200


def compose(fs, x):
    """(f_1 ∘ f_2 ∘ … ∘ f_k)(x) = f_1(f_2(… f_k(x))): the last function is applied first."""
    # Read the composition from the inside out: start with x, apply f_k, then f_{k-1}, …, then f_1.
    # reversed() works for lists and tuples and leaves the caller's sequence as it was
    # (fs.reverse() would change the caller's list, and tuples have no .reverse()).
    # With no functions at all the loop does nothing: the empty composition is the identity.
    value = x
    for f in reversed(fs):
        value = f(value)  # one call on the whole array: each f is vectorised
    return value


def inverse_by_bisection(f, y, lo, hi, tol=1e-12):
    """Solve f(x) = y for x in [lo, hi] by bisection, for one y or an array of them at once."""
    if not lo < hi:
        raise ValueError(f"the interval [lo, hi] must have lo < hi, got lo = {lo}, hi = {hi}")
    y_array = np.asarray(y, dtype=float)
    f_lo, f_hi = float(f(lo)), float(f(hi))
    # Bisection needs a bracket: f(lo) - y and f(hi) - y must not have the same strict sign, i.e. y must
    # lie between f(lo) and f(hi). For a monotone f that is exactly "y is in the range of f on
    # [lo, hi]". A non-monotone f such as x² on [-2, 2] (f(lo) = f(hi) = 4) brackets nothing.
    # np.sign avoids the product (f(lo) - y)(f(hi) - y), which can overflow.
    outside = np.sign(f_lo - y_array) * np.sign(f_hi - y_array) > 0
    if np.any(outside):
        raise ValueError(f"y must lie between f(lo) = {f_lo:g} and f(hi) = {f_hi:g} for bisection on "
                         f"[{lo:g}, {hi:g}]; {int(outside.sum())} value(s) do not. Is f monotone there, "
                         "and is y in its range?")
    # Orient the problem so that g(x) = direction · (f(x) - y) goes from <= 0 at lo to >= 0 at hi:
    # direction is +1 for an increasing f and -1 for a decreasing one.
    direction = 1.0 if f_hi >= f_lo else -1.0
    a = np.full(y_array.shape, float(lo))
    b = np.full(y_array.shape, float(hi))
    # All bisections run in lockstep: every step halves every bracket with whole-array operations,
    # so one call f(mid) serves all targets. The root stays in [a, b] throughout. After k steps the
    # bracket is (hi - lo) / 2^k wide, and its midpoint is within half of that of the root.
    # Floats cannot be split forever: once a and b are neighbouring floats, mid is a or b and the
    # bracket stops shrinking. So cap the number of halvings, or tol = 0 would loop forever.
    for _ in range(MAX_HALVINGS):
        if np.all(b - a <= 2 * tol):
            break
        mid = a + 0.5 * (b - a)  # a + (b - a)/2 stays inside [a, b] even for huge a, b
        root_is_right = direction * (f(mid) - y_array) < 0  # g(mid) < 0: the root is in [mid, b]
        a = np.where(root_is_right, mid, a)
        b = np.where(root_is_right, b, mid)
    x = a + 0.5 * (b - a)
    return float(x) if x.ndim == 0 else x


def grid_eval(f, xs, ys):
    """Z[i, j] = f(xs[i], ys[j]) for every pair: shape (len(xs), len(ys))."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    # The grid of all pairs (xs[i], ys[j]) as two arrays of shape (nx, ny): X[i, j] = xs[i] and
    # Y[i, j] = ys[j]. indexing="ij" puts x along the rows; the default, indexing="xy" (the plotting
    # convention), gives the transpose, shape (ny, nx), which hides when nx = ny.
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    # f is vectorised, so one call evaluates all nx·ny points. Because X and Y are full arrays, the
    # result has shape (nx, ny) even for an f that ignores one of its arguments, such as x².
    # (Broadcasting xs[:, None] against ys[None, :] avoids the two copies, but then an f that
    # ignores y returns shape (nx, 1): it needs np.broadcast_to afterwards.)
    return f(X, Y)
