"""Numerical differentiation (finite differences) and gradient descent on a quadratic."""

import numpy as np

EPS = np.finfo(float).eps


def _check_step(h):
    if not h > 0:
        raise ValueError(f"the step h must be a positive number, got {h!r}")


def derivative(f, x, h=None, method="central"):
    """Forward or central difference quotient of f at x (a float or an array of points)."""
    if method not in ("central", "forward"):
        raise ValueError(f"method must be 'central' or 'forward', got {method!r}")
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
    if h is None:
        # Truncation ~ h^p (p = 2 central, 1 forward) against round-off ~ ε/h: the sum is
        # smallest near h = ε^(1/(p+1)), scaled by |x| so that x + h differs from x in the
        # same leading digits whatever the magnitude of x.
        h = (EPS ** (1 / 3) if method == "central" else np.sqrt(EPS)) * np.maximum(1.0, np.abs(x))
    else:
        _check_step(h)
    # f is vectorised, so one call evaluates every point at once: no loop over x.
    if method == "central":
        # f(x ± h) = f ± h f' + h²/2 f'' ± h³/6 f''' …: the even terms cancel, error O(h²).
        slope = (f(x + h) - f(x - h)) / (2 * h)
    else:
        # f(x + h) = f + h f' + h²/2 f'' …: error h f''/2, first order.
        slope = (f(x + h) - f(x)) / h
    return float(slope) if scalar else np.asarray(slope, dtype=float)


def numerical_gradient(f, x, h=1e-6):
    """Central-difference gradient of a scalar f, same shape as x."""
    _check_step(h)
    # Work on a float copy: the caller's x stays untouched (bit for bit), and an integer x
    # no longer rounds x[idx] + h back to an integer.
    point = np.array(x, dtype=float)
    grad = np.empty_like(point)
    for idx in np.ndindex(point.shape):  # every index of an array of any shape
        saved = point[idx]
        point[idx] = saved + h
        f_plus = f(point)
        point[idx] = saved - h
        f_minus = f(point)
        point[idx] = saved  # restore the saved value, not saved + h - h (rounding!)
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def jacobian(f, x, h=1e-6):
    """Central-difference Jacobian of a vector f: shape (m, n), J[i, j] = ∂f_i/∂x_j."""
    _check_step(h)
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError(f"x must be a 1-D array of shape (n,), got shape {point.shape}")
    columns = []
    for j in range(point.size):
        step = np.zeros_like(point)
        step[j] = h
        # Column j: how every output moves when input j moves.
        columns.append((np.asarray(f(point + step), dtype=float) - np.asarray(f(point - step), dtype=float))
                       / (2 * h))
    # Stack the columns side by side: rows are outputs (m), columns are inputs (n).
    return np.stack(columns, axis=1)


def hessian(f, x, h=1e-4):
    """Central-difference Hessian of a scalar f: shape (n, n), exactly symmetric."""
    _check_step(h)
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError(f"x must be a 1-D array of shape (n,), got shape {point.shape}")
    n = point.size
    steps = h * np.eye(n)
    H = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):  # upper triangle only: the point x + h e_i + h e_j is symmetric in i, j
            # Central difference in x_i of the central difference in x_j; each one divides by 2h.
            H[i, j] = (f(point + steps[i] + steps[j]) - f(point + steps[i] - steps[j])
                       - f(point - steps[i] + steps[j]) + f(point - steps[i] - steps[j])) / (4 * h * h)
            H[j, i] = H[i, j]  # mirror: exactly symmetric
    return H


def gradient_descent_quadratic(A, b, x0, lr, n_steps):
    """Iterates of x <- x - lr (A x + b), starting at x0: shape (n_steps + 1, d)."""
    A, b, x0 = np.asarray(A, dtype=float), np.asarray(b, dtype=float), np.asarray(x0, dtype=float)
    d = b.shape[0] if b.ndim == 1 else -1
    if A.shape != (d, d) or x0.shape != (d,):
        raise ValueError(f"expected A of shape (d, d), b and x0 of shape (d,); got {A.shape}, {b.shape}, "
                         f"{x0.shape}")
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric: the gradient of ½ xᵀ A x is A x only then")
    if not lr > 0:
        raise ValueError(f"the learning rate must be positive, got {lr!r}")
    if n_steps < 0:
        raise ValueError(f"n_steps must be >= 0, got {n_steps}")
    history = np.empty((n_steps + 1, d))
    history[0] = x0  # a copy: the caller's x0 is never written to
    for t in range(n_steps):
        # ∇(½ xᵀ A x + bᵀ x) = A x + b for symmetric A: one matrix-vector product per step.
        history[t + 1] = history[t] - lr * (A @ history[t] + b)
    return history
