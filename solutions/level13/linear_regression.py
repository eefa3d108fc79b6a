"""Linear regression: normal equation, QR, ridge, lasso (coordinate descent) and gradient descent."""

import numpy as np


def _check_X_y(X, y):
    """Raise ValueError unless X is (n, d) and y is (n,)."""
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array of shape (n_samples, n_features), got shape {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must have shape ({X.shape[0]},), one target per row of X, but has shape {y.shape}")


def add_bias(X):
    """Prepend a column of ones, shape (n, d + 1)."""
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array of shape (n_samples, n_features), got shape {X.shape}")
    # With x̃ = (1, x), the model w̃ᵀ x̃ = w₀ + wᵀ x has an intercept w₀ and stays linear in w̃.
    ones = np.ones((X.shape[0], 1))
    return np.hstack([ones, X])  # a new array: X itself is untouched


def mse_gradient(X, y, w):
    """Gradient of J(w) = ||X w - y||² / (2n), shape (d,)."""
    _check_X_y(X, y)
    if w.shape != (X.shape[1],):
        raise ValueError(f"w must have shape ({X.shape[1]},), one weight per column of X, but has shape {w.shape}")
    n = X.shape[0]
    # J(w) = 1/(2n) Σ_i (x_iᵀ w - y_i)². Differentiating one term gives (x_iᵀ w - y_i) x_i
    # (the 2 of the square cancels the 1/2); summing over i is the matrix product Xᵀ r.
    residual = X @ w - y  # r_i = prediction - target, shape (n,)
    return X.T @ residual / n


def normal_equation(X, y):
    """Least-squares weights from the normal equation Xᵀ X w = Xᵀ y, shape (d,)."""
    _check_X_y(X, y)
    # Setting the gradient Xᵀ (X w - y) / n to zero gives Xᵀ X w = Xᵀ y: a (d, d) linear system.
    # Solving it is cheaper and more accurate than forming the inverse of Xᵀ X.
    return np.linalg.solve(X.T @ X, X.T @ y)


def _back_substitution(R, b):
    """Solve R w = b for an upper-triangular R, from the last row up."""
    d = R.shape[0]
    w = np.zeros(d)
    for i in range(d - 1, -1, -1):
        # Row i reads R[i, i] w_i + Σ_{j>i} R[i, j] w_j = b_i, and the w_j with j > i are known.
        w[i] = (b[i] - R[i, i + 1:] @ w[i + 1:]) / R[i, i]
    return w


def least_squares_qr(X, y):
    """Least-squares weights through the thin QR factorisation X = Q R, shape (d,)."""
    _check_X_y(X, y)
    # X = Q R with Q (n, d) orthonormal columns and R (d, d) upper triangular. Then
    # ||X w - y|| is smallest when R w = Qᵀ y: no Xᵀ X is formed, so the condition
    # number is not squared (cond(R) = cond(X), while cond(Xᵀ X) = cond(X)²).
    Q, R = np.linalg.qr(X)  # mode="reduced" (thin) is the default
    return _back_substitution(R, Q.T @ y)


def ridge(X, y, alpha):
    """Ridge weights: argmin ||X w - y||² + alpha ||w||², shape (d,)."""
    _check_X_y(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be non-negative (it weights the penalty alpha ||w||²), got {alpha}")
    # Gradient of ||X w - y||² + α ||w||² is 2 Xᵀ (X w - y) + 2 α w; setting it to zero:
    # (Xᵀ X + α I) w = Xᵀ y. For α > 0 the matrix is positive definite, so always solvable.
    d = X.shape[1]
    return np.linalg.solve(X.T @ X + alpha * np.eye(d), X.T @ y)


def _soft_threshold(rho, threshold):
    """S(ρ, t) = sign(ρ) max(|ρ| - t, 0): shrink towards 0, and snap to exactly 0 inside [-t, t]."""
    return np.sign(rho) * max(abs(rho) - threshold, 0.0)


def lasso(X, y, alpha, n_iter=1000, tol=1e-8):
    """Lasso by cyclic coordinate descent on 1/(2n) ||y - X w||² + alpha ||w||₁, shape (d,)."""
    _check_X_y(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be non-negative (it weights the penalty alpha ||w||₁), got {alpha}")
    n, d = X.shape
    w = np.zeros(d)
    residual = y.astype(float)  # r = y - X w, a copy; w = 0 at the start
    column_norms = np.sum(X**2, axis=0)  # z_j = ||x_j||²
    for _ in range(n_iter):
        largest_change = 0.0
        for j in range(d):
            if column_norms[j] == 0.0:
                continue  # a column of zeros never helps: w_j stays 0
            x_j = X[:, j]
            # Minimise over w_j alone, others fixed. With r_j = r + x_j w_j (the residual without
            # feature j), the objective is 1/(2n) ||r_j - x_j w_j||² + α |w_j| + const, minimised by
            # w_j = S(ρ_j, nα) / z_j with ρ_j = x_jᵀ r_j = x_jᵀ r + z_j w_j (multiply through by n).
            rho = x_j @ residual + column_norms[j] * w[j]
            new = _soft_threshold(rho, n * alpha) / column_norms[j]
            # Keep r = y - X w up to date in O(n) instead of recomputing X @ w (O(n d)).
            residual -= x_j * (new - w[j])
            largest_change = max(largest_change, abs(new - w[j]))
            w[j] = new
        if largest_change < tol:
            break  # a whole sweep moved no coefficient by more than tol
    return w


def gradient_descent(X, y, lr, n_iter):
    """Full-batch gradient descent on J(w) = ||X w - y||² / (2n) from w = 0.

    Returns the final weights (d,) and the losses (n_iter + 1,): J before each step, then the final J.
    """
    _check_X_y(X, y)
    if n_iter < 0:
        raise ValueError(f"n_iter must be >= 0, got {n_iter}")
    n, d = X.shape
    w = np.zeros(d)
    losses = np.empty(n_iter + 1)
    for k in range(n_iter):
        residual = X @ w - y  # shared by the loss and the gradient
        losses[k] = residual @ residual / (2 * n)
        w = w - lr * (X.T @ residual / n)  # step against the gradient
    residual = X @ w - y
    losses[n_iter] = residual @ residual / (2 * n)
    return w, losses
