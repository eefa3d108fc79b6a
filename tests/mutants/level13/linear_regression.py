"""Plausible versions of exercises/level13/linear_regression.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "add_bias__ones_last": ("failed", "goes first"),
    "add_bias__zeros_column": ("failed", "not zeros"),
    "add_bias__append_flattens": ("failed", "shape"),
    "add_bias__no_dimension_check": ("failed", "ValueError"),
    "add_bias__column_stack": ("passed", None),
    "add_bias__fill_empty": ("passed", None),
    "mse_gradient__no_one_over_n": ("failed", "n times too large"),
    "mse_gradient__no_half": ("failed", "twice the gradient"),
    "mse_gradient__sign_flipped": ("failed", "sign is flipped"),
    "mse_gradient__loop_over_samples": ("too_slow", "loop over samples"),
    "mse_gradient__einsum_mean": ("passed", None),
    "normal_equation__calls_lstsq": ("forbidden", "numpy.linalg.lstsq"),
    "normal_equation__calls_pinv": ("forbidden", "numpy.linalg.pinv"),
    "normal_equation__adds_intercept": ("failed", "no implicit intercept"),
    "normal_equation__one_side_over_n": ("failed", "divided one side"),
    "normal_equation__gradient_descent": ("failed", "relative error"),
    "normal_equation__cholesky": ("passed", None),
    "normal_equation__inverse": ("passed", None),
    "least_squares_qr__via_normal_equation": ("failed", "squares the condition number"),
    "least_squares_qr__cholesky_qr": ("failed", "squares the condition number"),
    "least_squares_qr__calls_lstsq": ("forbidden", "numpy.linalg.lstsq"),
    "least_squares_qr__solves_transposed_R": ("failed", "Rᵀ w = Qᵀ y"),
    "least_squares_qr__solve_on_R": ("passed", None),
    "least_squares_qr__augmented_qr": ("passed", None),
    "ridge__alpha_times_n": ("failed", "multiplied by n"),
    "ridge__half_alpha": ("failed", "(alpha/2)"),
    "ridge__no_alpha_check": ("failed", "expected ValueError"),
    "ridge__lstsq_augmented": ("forbidden", "numpy.linalg.lstsq"),
    "ridge__forgets_penalty": ("failed", "ordinary least squares"),
    "ridge__augmented_qr": ("passed", None),
    "ridge__svd_shrinkage": ("passed", None),
    "lasso__threshold_alpha": ("failed", "threshold is n·alpha"),
    "lasso__threshold_n_alpha_on_scaled": ("failed", "solution for n·alpha"),
    "lasso__subgradient": ("failed", "exactly 0.0"),
    "lasso__recomputes_residual": ("too_slow", "O(n d)"),
    "lasso__no_residual_update": ("failed", None),
    "lasso__reverse_order": ("passed", None),
    "lasso__covariance_updates": ("passed", None),
    "gradient_descent__losses_after_each_step": ("failed", "n_iter + 1 entries"),
    "gradient_descent__no_one_over_n": ("failed", "n times too large"),
    "gradient_descent__loss_without_half": ("failed", "has a ½"),
    "gradient_descent__loop_over_samples": ("too_slow", "loop over samples"),
    "gradient_descent__gram_matrix": ("passed", None),
    "gradient_descent__list_of_losses": ("passed", None),
}


# -- add_bias ---------------------------------------------------------------------------
def add_bias__ones_last(X):
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    return np.hstack([X, np.ones((X.shape[0], 1))])


def add_bias__zeros_column(X):
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    return np.hstack([np.zeros((X.shape[0], 1)), X])


def add_bias__append_flattens(X):
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    return np.append(np.ones(X.shape[0]), X)  # no axis: everything is flattened


def add_bias__no_dimension_check(X):
    return np.column_stack([np.ones(len(X)), X])  # a 1-D X becomes one column, silently


def add_bias__column_stack(X):
    if np.ndim(X) != 2:
        raise ValueError(f"expected a 2-D X, got {np.ndim(X)} dimensions")
    return np.column_stack([np.ones(len(X)), X])


def add_bias__fill_empty(X):
    n, d = X.shape  # a 1-D X raises ValueError here (not enough values to unpack)
    out = np.ones((n, d + 1))
    out[:, 1:] = X
    return out


# -- mse_gradient -----------------------------------------------------------------------
def mse_gradient__no_one_over_n(X, y, w):
    return X.T @ (X @ w - y)


def mse_gradient__no_half(X, y, w):
    return 2 * X.T @ (X @ w - y) / X.shape[0]


def mse_gradient__sign_flipped(X, y, w):
    return X.T @ (y - X @ w) / X.shape[0]


def mse_gradient__loop_over_samples(X, y, w):
    n, d = X.shape
    if y.shape != (n,) or w.shape != (d,):
        raise ValueError("shapes do not fit")
    gradient = np.zeros(d)
    for i in range(n):
        gradient += (X[i] @ w - y[i]) * X[i]
    return gradient / n


def mse_gradient__einsum_mean(X, y, w):
    residual = np.einsum("ij,j->i", X, w) - y
    return np.mean(residual[:, None] * X, axis=0)


# -- normal_equation --------------------------------------------------------------------
def normal_equation__calls_lstsq(X, y):
    return np.linalg.lstsq(X, y, rcond=None)[0]


def normal_equation__calls_pinv(X, y):
    return np.linalg.pinv(X) @ y


def normal_equation__adds_intercept(X, y):
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    return np.linalg.solve(Xb.T @ Xb, Xb.T @ y)


def normal_equation__one_side_over_n(X, y):
    return np.linalg.solve(X.T @ X / X.shape[0], X.T @ y)


def normal_equation__gradient_descent(X, y):
    # "close enough" is not the least-squares solution
    w = np.zeros(X.shape[1])
    lr = X.shape[0] / np.linalg.norm(X, 2) ** 2
    for _ in range(50):
        w -= lr * X.T @ (X @ w - y) / X.shape[0]
    return w


def normal_equation__cholesky(X, y):
    # Xᵀ X = L Lᵀ; solve L z = Xᵀ y, then Lᵀ w = z.
    L = np.linalg.cholesky(X.T @ X)
    return np.linalg.solve(L.T, np.linalg.solve(L, X.T @ y))


def normal_equation__inverse(X, y):
    return np.linalg.inv(X.T @ X) @ (X.T @ y)


# -- least_squares_qr -------------------------------------------------------------------
def least_squares_qr__via_normal_equation(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)


def least_squares_qr__cholesky_qr(X, y):
    # R from the Cholesky factor of Xᵀ X ("Cholesky QR"): mathematically the same R, numerically squared.
    R = np.linalg.cholesky(X.T @ X).T
    Q = np.linalg.solve(R.T, X.T).T
    return _back_substitution(R, Q.T @ y)


def least_squares_qr__calls_lstsq(X, y):
    return np.linalg.lstsq(X, y, rcond=None)[0]


def least_squares_qr__solves_transposed_R(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R.T, Q.T @ y)


def least_squares_qr__solve_on_R(X, y):
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y need the same number of rows")
    Q, R = np.linalg.qr(X, mode="reduced")
    return np.linalg.solve(R, Q.T @ y)


def least_squares_qr__augmented_qr(X, y):
    # QR of [X | y]: the last column of R holds Qᵀ y, so no separate product is needed.
    d = X.shape[1]
    R = np.linalg.qr(np.column_stack([X, y]), mode="r")
    w = np.zeros(d)
    for i in reversed(range(d)):
        w[i] = (R[i, d] - R[i, i + 1:d] @ w[i + 1:]) / R[i, i]
    return w


# -- ridge ------------------------------------------------------------------------------
def ridge__alpha_times_n(X, y, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + alpha * np.eye(d), X.T @ y / n)


def ridge__half_alpha(X, y, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    return np.linalg.solve(X.T @ X + alpha / 2 * np.eye(X.shape[1]), X.T @ y)


def ridge__no_alpha_check(X, y, alpha):
    return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)


def ridge__lstsq_augmented(X, y, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    d = X.shape[1]
    A = np.vstack([X, np.sqrt(alpha) * np.eye(d)])
    return np.linalg.lstsq(A, np.concatenate([y, np.zeros(d)]), rcond=None)[0]


def ridge__forgets_penalty(X, y, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    return np.linalg.solve(X.T @ X + 1e-12 * np.eye(X.shape[1]), X.T @ y)


def ridge__augmented_qr(X, y, alpha):
    # ||X w - y||² + α||w||² = ||[X; √α I] w - [y; 0]||²: ordinary least squares on a taller matrix.
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    d = X.shape[1]
    Q, R = np.linalg.qr(np.vstack([X, np.sqrt(alpha) * np.eye(d)]))
    return _back_substitution(R, Q.T @ np.concatenate([y, np.zeros(d)]))


def ridge__svd_shrinkage(X, y, alpha):
    # X = U S Vᵀ  =>  w = V diag(s / (s² + α)) Uᵀ y: each direction shrunk by s² / (s² + α).
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + alpha) * (U.T @ y))


# -- lasso ------------------------------------------------------------------------------
def _coordinate_descent(X, y, threshold, scale, n_iter, tol, order=None):
    """Cyclic coordinate descent where ρ_j and z_j are divided by ``scale`` before thresholding."""
    n, d = X.shape
    w = np.zeros(d)
    r = y.astype(float)
    z = np.sum(X**2, axis=0) / scale
    for _ in range(n_iter):
        largest = 0.0
        for j in (range(d) if order is None else order):
            if z[j] == 0:
                continue
            rho = X[:, j] @ r / scale + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - threshold, 0.0) / z[j]
            r -= X[:, j] * (new - w[j])
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        if largest < tol:
            break
    return w


def lasso__threshold_alpha(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    return _coordinate_descent(X, y, alpha, 1.0, n_iter, tol)  # should be n * alpha


def lasso__threshold_n_alpha_on_scaled(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    n = X.shape[0]
    return _coordinate_descent(X, y, n * alpha, n, n_iter, tol)  # scaled by 1/n: threshold is alpha


def lasso__subgradient(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    n, d = X.shape
    w = np.zeros(d)
    lr = n / np.linalg.norm(X, 2) ** 2
    for k in range(20 * n_iter):
        g = X.T @ (X @ w - y) / n + alpha * np.sign(w)
        w -= lr / np.sqrt(k + 1) * g
    return w


def lasso__recomputes_residual(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    n, d = X.shape
    w = np.zeros(d)
    z = np.sum(X**2, axis=0)
    for _ in range(n_iter):
        largest = 0.0
        for j in range(d):
            r = y - X @ w  # O(n d) for every coordinate
            rho = X[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        if largest < tol:
            break
    return w


def lasso__no_residual_update(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()
    z = np.sum(X**2, axis=0)
    for _ in range(n_iter):
        largest = 0.0
        for j in range(d):
            rho = X[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            largest = max(largest, abs(new - w[j]))
            w[j] = new  # r is never updated
        if largest < tol:
            break
    return w


def lasso__reverse_order(X, y, alpha, n_iter=1000, tol=1e-8):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    return _coordinate_descent(X, y, alpha, X.shape[0], n_iter, tol, order=range(X.shape[1] - 1, -1, -1))


def lasso__covariance_updates(X, y, alpha, n_iter=1000, tol=1e-8):
    # Keep the gradient-like vector g = Xᵀ r = Xᵀ y - G w up to date with the Gram matrix G = Xᵀ X:
    # an update of w_j changes g by -G[:, j] Δw_j, O(d) instead of O(n).
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    n, d = X.shape
    G = X.T @ X
    g = X.T @ y
    w = np.zeros(d)
    for _ in range(n_iter):
        largest = 0.0
        for j in range(d):
            z = G[j, j]
            if z == 0:
                continue
            rho = g[j] + z * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z
            delta = new - w[j]
            if delta != 0.0:
                g -= G[:, j] * delta
                w[j] = new
                largest = max(largest, abs(delta))
        if largest < tol:
            break
    return w


# -- gradient_descent -------------------------------------------------------------------
def gradient_descent__losses_after_each_step(X, y, lr, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    losses = []
    for _ in range(n_iter):
        w = w - lr * X.T @ (X @ w - y) / n
        losses.append(np.sum((X @ w - y) ** 2) / (2 * n))
    return w, np.array(losses)


def gradient_descent__no_one_over_n(X, y, lr, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    losses = np.empty(n_iter + 1)
    for k in range(n_iter):
        r = X @ w - y
        losses[k] = r @ r / (2 * n)
        w = w - lr * X.T @ r
    r = X @ w - y
    losses[n_iter] = r @ r / (2 * n)
    return w, losses


def gradient_descent__loss_without_half(X, y, lr, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    losses = np.empty(n_iter + 1)
    for k in range(n_iter):
        r = X @ w - y
        losses[k] = np.mean(r**2)
        w = w - lr * X.T @ r / n
    losses[n_iter] = np.mean((X @ w - y) ** 2)
    return w, losses


def gradient_descent__loop_over_samples(X, y, lr, n_iter):
    n, d = X.shape
    w = np.zeros(d)
    losses = np.empty(n_iter + 1)
    for k in range(n_iter + 1):
        gradient, loss = np.zeros(d), 0.0
        for i in range(n):
            r_i = X[i] @ w - y[i]
            loss += r_i**2
            gradient += r_i * X[i]
        losses[k] = loss / (2 * n)
        if k < n_iter:
            w = w - lr * gradient / n
    return w, losses


def gradient_descent__gram_matrix(X, y, lr, n_iter):
    # J(w) = ½ wᵀ A w - bᵀ w + c with A = Xᵀ X / n, b = Xᵀ y / n, c = ||y||² / (2n): after one
    # O(n d²) product, every step costs O(d²) and never touches X again.
    n, d = X.shape
    A, b, c = X.T @ X / n, X.T @ y / n, y @ y / (2 * n)
    w = np.zeros(d)
    losses = np.empty(n_iter + 1)
    for k in range(n_iter + 1):
        Aw = A @ w
        losses[k] = 0.5 * w @ Aw - b @ w + c
        if k < n_iter:
            w = w - lr * (Aw - b)
    return w, losses


def gradient_descent__list_of_losses(X, y, lr, n_iter):
    n = len(y)
    w = np.zeros(X.shape[1])

    def J(w):
        return float(np.sum((X @ w - y) ** 2) / (2 * n))

    losses = [J(w)]
    for _ in range(n_iter):
        w -= lr * mse_gradient(X, y, w)
        losses.append(J(w))
    return w, losses
