"""Plausible versions of exercises/level06/differentiation.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "derivative__central_divides_by_h": ("failed", "divide by 2h"),
    "derivative__default_h_tiny": ("failed", "h = 1e-13"),
    "derivative__loop_over_points": ("too_slow", "once on x + h"),
    "derivative__exact_step_trick": ("passed", None),
    "numerical_gradient__restores_by_subtracting": ("failed", "last digits"),
    "numerical_gradient__int_truncates": ("failed", "integer dtype is the problem"),
    "numerical_gradient__divides_by_h": ("failed", "divide by 2h"),
    "numerical_gradient__forward_differences": ("failed", "forward differences"),
    "numerical_gradient__basis_vectors_on_copy": ("passed", None),
    "jacobian__transposed": ("failed", "transpose"),
    "jacobian__divides_by_h": ("failed", "divide by 2h"),
    "jacobian__int_truncates": ("failed", "integer dtype is the problem"),
    "jacobian__columns_in_place": ("passed", None),
    "hessian__divides_by_h_squared": ("failed", "4h²"),
    "hessian__forward_differences": ("failed", "forward differences"),
    "hessian__forward_difference_of_gradient": ("failed", "not symmetric"),
    "hessian__jacobian_of_gradient": ("passed", None),
    "hessian__full_loop_symmetrised": ("passed", None),
    "gradient_descent_quadratic__no_x0_in_history": ("failed", "include the starting point"),
    "gradient_descent_quadratic__uphill": ("failed", "climb"),
    "gradient_descent_quadratic__updates_x0_in_place": ("failed", "modified its input x0"),
    "gradient_descent_quadratic__coordinate_loop": ("too_slow", "matrix-vector product"),
    "gradient_descent_quadratic__list_of_iterates": ("passed", None),
}


def _validate(h, method="central"):
    if method not in ("central", "forward"):
        raise ValueError("bad method")
    if h is not None and not h > 0:
        raise ValueError("bad h")


def derivative__central_divides_by_h(f, x, h=None, method="central"):
    _validate(h, method)
    h = 1e-5 if h is None else h
    if method == "central":
        return (f(x + h) - f(x - h)) / h
    return (f(x + h) - f(x)) / h


def derivative__default_h_tiny(f, x, h=None, method="central"):
    _validate(h, method)
    h = 1e-13 if h is None else h
    if method == "central":
        return (f(x + h) - f(x - h)) / (2 * h)
    return (f(x + h) - f(x)) / h


def derivative__loop_over_points(f, x, h=None, method="central"):
    _validate(h, method)
    h = (6e-6 if method == "central" else 1.5e-8) if h is None else h
    if np.ndim(x) == 0:
        return (f(x + h) - f(x - h)) / (2 * h) if method == "central" else (f(x + h) - f(x)) / h
    out = np.empty(len(x))
    for i, xi in enumerate(x):
        out[i] = (f(xi + h) - f(xi - h)) / (2 * h) if method == "central" else (f(xi + h) - f(xi)) / h
    return out


def derivative__exact_step_trick(f, x, h=None, method="central"):
    _validate(h, method)
    x = np.asarray(x, dtype=float)
    if h is None:
        h = (6e-6 if method == "central" else 1.5e-8) * np.maximum(1.0, np.abs(x))
    # The step that is actually taken: (x + h) - x is exactly representable.
    up = x + h
    step = up - x
    if method == "central":
        result = (f(up) - f(x - step)) / (2 * step)
    else:
        result = (f(up) - f(x)) / step
    return float(result) if np.ndim(result) == 0 else result


def numerical_gradient__restores_by_subtracting(f, x, h=1e-6):
    _check_step(h)
    x = np.asarray(x, dtype=float)  # no copy for a float x: perturbs the caller's array
    grad = np.empty_like(x)
    for idx in np.ndindex(x.shape):
        x[idx] += h
        f_plus = f(x)
        x[idx] -= 2 * h
        f_minus = f(x)
        x[idx] += h
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def numerical_gradient__int_truncates(f, x, h=1e-6):
    _check_step(h)
    point = x.copy()
    grad = np.zeros_like(point)
    for idx in np.ndindex(point.shape):
        saved = point[idx]
        point[idx] = saved + h
        f_plus = f(point)
        point[idx] = saved - h
        f_minus = f(point)
        point[idx] = saved
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def numerical_gradient__divides_by_h(f, x, h=1e-6):
    _check_step(h)
    point = np.array(x, dtype=float)
    grad = np.empty_like(point)
    for idx in np.ndindex(point.shape):
        saved = point[idx]
        point[idx] = saved + h
        f_plus = f(point)
        point[idx] = saved - h
        f_minus = f(point)
        point[idx] = saved
        grad[idx] = (f_plus - f_minus) / h
    return grad


def numerical_gradient__forward_differences(f, x, h=1e-6):
    _check_step(h)
    point = np.array(x, dtype=float)
    base = f(point)
    grad = np.empty_like(point)
    for idx in np.ndindex(point.shape):
        saved = point[idx]
        point[idx] = saved + h
        grad[idx] = (f(point) - base) / h
        point[idx] = saved
    return grad


def numerical_gradient__basis_vectors_on_copy(f, x, h=1e-6):
    _check_step(h)
    x = np.asarray(x).astype(float)
    basis = np.eye(x.size).reshape((x.size,) + x.shape) * h
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in basis]).reshape(x.shape)


def jacobian__transposed(f, x, h=1e-6):
    _check_step(h)
    x = np.array(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    steps = h * np.eye(x.size)
    return np.array([(f(x + s) - f(x - s)) / (2 * h) for s in steps])  # one *row* per input


def jacobian__divides_by_h(f, x, h=1e-6):
    _check_step(h)
    x = np.array(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    steps = h * np.eye(x.size)
    return np.array([(f(x + s) - f(x - s)) / h for s in steps]).T


def jacobian__int_truncates(f, x, h=1e-6):
    _check_step(h)
    if np.ndim(x) != 1:
        raise ValueError("x must be 1-D")
    point = x.copy()
    columns = []
    for j in range(point.size):
        saved = point[j]
        point[j] = saved + h
        f_plus = np.asarray(f(point), dtype=float)
        point[j] = saved - h
        f_minus = np.asarray(f(point), dtype=float)
        point[j] = saved
        columns.append((f_plus - f_minus) / (2 * h))
    return np.column_stack(columns)


def jacobian__columns_in_place(f, x, h=1e-6):
    _check_step(h)
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    point = x.astype(float)
    J = None
    for j in range(point.size):
        saved = point[j]
        point[j] = saved + h
        f_plus = np.asarray(f(point), dtype=float)
        point[j] = saved - h
        f_minus = np.asarray(f(point), dtype=float)
        point[j] = saved
        if J is None:
            J = np.empty((f_plus.size, point.size))
        J[:, j] = (f_plus - f_minus) / (2 * h)
    return J


def _point(x, h):
    _check_step(h)
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError("x must be 1-D")
    return point


def hessian__divides_by_h_squared(f, x, h=1e-4):
    point = _point(x, h)
    n = point.size
    E = h * np.eye(n)
    H = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (f(point + E[i] + E[j]) - f(point + E[i] - E[j]) - f(point - E[i] + E[j])
                                 + f(point - E[i] - E[j])) / (h * h)
    return H


def hessian__forward_differences(f, x, h=1e-4):
    point = _point(x, h)
    n = point.size
    E = h * np.eye(n)
    H = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (f(point + E[i] + E[j]) - f(point + E[i]) - f(point + E[j]) + f(point)) / (h * h)
    return H


def hessian__jacobian_of_gradient(f, x, h=1e-4):
    point = _point(x, h)
    return jacobian(lambda v: numerical_gradient(f, v, h), point, h)


def hessian__forward_difference_of_gradient(f, x, h=1e-4):
    point = _point(x, h)
    n = point.size
    base = numerical_gradient(f, point, h)
    H = np.empty((n, n))
    for j in range(n):
        moved = point.copy()
        moved[j] += h
        H[:, j] = (numerical_gradient(f, moved, h) - base) / h
    return H


def hessian__full_loop_symmetrised(f, x, h=1e-4):
    point = _point(x, h)
    n = point.size
    H = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            ei = np.zeros(n)
            ej = np.zeros(n)
            ei[i] = h
            ej[j] = h
            H[i, j] = (f(point + ei + ej) - f(point + ei - ej) - f(point - ei + ej) + f(point - ei - ej)) / (4 * h**2)
    return (H + H.T) / 2


def _check_descent(A, b, x0, lr, n_steps):
    if A.shape != (len(b), len(b)) or x0.shape != b.shape or not np.allclose(A, A.T) or not lr > 0 or n_steps < 0:
        raise ValueError("bad arguments")


def gradient_descent_quadratic__no_x0_in_history(A, b, x0, lr, n_steps):
    _check_descent(A, b, x0, lr, n_steps)
    x, history = x0.copy(), []
    for _ in range(n_steps):
        x = x - lr * (A @ x + b)
        history.append(x)
    return np.array(history).reshape(n_steps, len(b))


def gradient_descent_quadratic__uphill(A, b, x0, lr, n_steps):
    _check_descent(A, b, x0, lr, n_steps)
    history = [x0.astype(float)]
    for _ in range(n_steps):
        history.append(history[-1] + lr * (A @ history[-1] + b))
    return np.array(history)


def gradient_descent_quadratic__updates_x0_in_place(A, b, x0, lr, n_steps):
    _check_descent(A, b, x0, lr, n_steps)
    x = x0
    history = [x.copy()]
    for _ in range(n_steps):
        x -= lr * (A @ x + b)
        history.append(x.copy())
    return np.array(history)


def gradient_descent_quadratic__coordinate_loop(A, b, x0, lr, n_steps):
    _check_descent(A, b, x0, lr, n_steps)
    d = len(b)
    history = np.empty((n_steps + 1, d))
    history[0] = x0
    for t in range(n_steps):
        for i in range(d):
            g = b[i]
            for j in range(d):
                g += A[i, j] * history[t, j]
            history[t + 1, i] = history[t, i] - lr * g
    return history


def gradient_descent_quadratic__list_of_iterates(A, b, x0, lr, n_steps):
    _check_descent(A, b, x0, lr, n_steps)
    iterates = [np.array(x0, dtype=float)]
    for _ in range(n_steps):
        x = iterates[-1]
        iterates.append(x - lr * (A.dot(x) + b))
    return np.vstack(iterates)
