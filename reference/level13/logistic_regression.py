"""Reference logistic regression: the oracle and the speed baseline (vectorised, numerically careful).

SciPy's ``expit`` and ``log_expit`` are exact to the last bits over the whole real line and raise no
floating-point warnings (no overflow for very negative logits, no underflow flag for huge ones).
"""

import numpy as np
from scipy.linalg import cho_factor, cho_solve
from scipy.special import expit, log_expit


def _check_labels(y):
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be a 1-D array of labels, got shape {y.shape}")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels y must be 0 or 1")
    return y.astype(float)


def _check_shapes(w, X, y):
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError(f"expected w (d,), X (n, d), y (n,); got w {w.shape}, X {X.shape}, y {y.shape}")


def sigmoid(z):
    out = expit(z)
    return float(out) if np.ndim(out) == 0 else out


def log_loss(w, X, y):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = _check_labels(y)
    _check_shapes(w, X, y)
    margins = (X @ w) * (2.0 * y - 1.0)  # s_i z_i with s_i = ±1
    return float(-np.mean(log_expit(margins)))  # -log σ(s z) = log(1 + e^{-s z}), stable everywhere


def log_loss_gradient(w, X, y):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = _check_labels(y)
    _check_shapes(w, X, y)
    return X.T @ (expit(X @ w) - y) / X.shape[0]


def fit_logistic(X, y, l2=0.0, lr=0.1, n_iter=1000):
    """Plain gradient descent on mean NLL + (l2/2)||w||² from w = 0, exactly ``n_iter`` steps of size ``lr``.

    This is the bar a learner's optimiser must reach (or beat) with the same hyperparameters.
    """
    X = np.asarray(X, dtype=float)
    y = _check_labels(y)
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"X has {n} rows but y has shape {y.shape}")
    w = np.zeros(d)
    for _ in range(int(n_iter)):
        w = w - lr * (X.T @ (expit(X @ w) - y) / n + l2 * w)
    return w


def predict_proba(w, X):
    return expit(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float))


def newton_logistic(X, y, l2, tol=1e-10, max_iter=50):
    """The L2-penalised optimum by Newton's method (benchmarks: the fit scikit-learn's solvers reach).

    Minimises ``mean NLL + (l2/2)||w||²`` with ``l2 > 0``: each step solves ``H Δ = g`` with the
    gradient ``g = Xᵀ(σ(Xw) - y)/n + l2 w`` and the Hessian ``H = Xᵀ diag(p(1-p)) X / n + l2 I``
    (positive definite), by Cholesky; quadratic convergence takes a handful of steps.
    """
    X = np.asarray(X, dtype=float)
    y = _check_labels(y)
    if not l2 > 0:
        raise ValueError(f"Newton's method needs l2 > 0 (a bounded optimum), got {l2}")
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(max_iter):
        p = expit(X @ w)
        g = X.T @ (p - y) / n + l2 * w
        H = (X.T * (p * (1.0 - p))) @ X / n
        H[np.diag_indices(d)] += l2
        w -= cho_solve(cho_factor(H), g)
        if np.linalg.norm(g) <= tol:
            break
    return w
