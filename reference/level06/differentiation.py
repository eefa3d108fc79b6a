"""Reference finite differences and gradient descent: the oracle and the speed baseline."""

import numpy as np

EPS = np.finfo(float).eps


def _check_step(h):
    if not h > 0:
        raise ValueError(f"the step h must be positive, got {h!r}")


def derivative(f, x, h=None, method="central"):
    if method not in ("central", "forward"):
        raise ValueError(f"method must be 'central' or 'forward', got {method!r}")
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
    if h is None:
        h = (EPS ** (1 / 3) if method == "central" else np.sqrt(EPS)) * np.maximum(1.0, np.abs(x))
    else:
        _check_step(h)
    if method == "central":
        slope = (f(x + h) - f(x - h)) / (2 * h)
    else:
        slope = (f(x + h) - f(x)) / h
    return float(slope) if scalar else np.asarray(slope, dtype=float)


def numerical_gradient(f, x, h=1e-6):
    _check_step(h)
    point = np.array(x, dtype=float)
    flat = point.reshape(-1)  # a view: writing flat[i] perturbs point
    grad = np.empty(flat.size)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        f_plus = f(point)
        flat[i] = saved - h
        f_minus = f(point)
        flat[i] = saved
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad.reshape(point.shape)


def jacobian(f, x, h=1e-6):
    _check_step(h)
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {point.shape}")
    steps = h * np.eye(point.size)
    return np.stack([(np.asarray(f(point + s), dtype=float) - np.asarray(f(point - s), dtype=float)) / (2 * h)
                     for s in steps], axis=1)


def hessian(f, x, h=1e-4):
    _check_step(h)
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {point.shape}")
    n = point.size
    steps = h * np.eye(n)
    H = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (f(point + steps[i] + steps[j]) - f(point + steps[i] - steps[j])
                                 - f(point - steps[i] + steps[j]) + f(point - steps[i] - steps[j])) / (4 * h * h)
    return H


def gradient_descent_quadratic(A, b, x0, lr, n_steps):
    A, b, x0 = np.asarray(A, dtype=float), np.asarray(b, dtype=float), np.asarray(x0, dtype=float)
    d = b.shape[0] if b.ndim == 1 else -1
    if A.shape != (d, d) or x0.shape != (d,):
        raise ValueError(f"shapes do not match: A {A.shape}, b {b.shape}, x0 {x0.shape}")
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric")
    if not lr > 0:
        raise ValueError(f"lr must be positive, got {lr!r}")
    if n_steps < 0:
        raise ValueError(f"n_steps must be >= 0, got {n_steps}")
    history = np.empty((n_steps + 1, d))
    history[0] = x0
    # x_{t+1} = x_t - lr (A x_t + b) = M x_t - lr b with M = I - lr A formed once.
    M = np.eye(d) - lr * A
    c = -lr * b
    for t in range(n_steps):
        history[t + 1] = M @ history[t] + c
    return history
