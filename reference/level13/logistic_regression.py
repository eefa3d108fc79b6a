"""Reference logistic regression: the oracle and the speed baseline (vectorised, numerically careful).

SciPy's ``expit`` and ``log_expit`` are exact to the last bits over the whole real line and raise no
floating-point warnings (no overflow for very negative logits, no underflow flag for huge ones).
"""

import numpy as np
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


def lbfgs_logistic(X, y, l2, tol=1e-10, max_iter=1000, memory=10):
    """The L2-penalised optimum by L-BFGS (benchmarks: the fit scikit-learn's default solver reaches).

    Minimises ``f(w) = mean NLL + (l2/2)||w||²`` with gradient ``g = Xᵀ(σ(Xw) - y)/n + l2 w``: O(n d)
    per evaluation. The direction ``-H g`` comes from the two-loop recursion over the last ``memory``
    pairs ``s = Δw``, ``t = Δg`` (``sᵀt > 0``: f is strictly convex), the step from backtracking to
    the Armijo condition. Stops as scipy's L-BFGS-B does: ``max |g| <= tol``, or a relative decrease
    of f of at most 64 machine epsilons.
    """
    X = np.asarray(X, dtype=float)
    y = _check_labels(y)
    n, d = X.shape
    signs = 2.0 * y - 1.0

    def objective(w):
        z = X @ w
        value = -np.mean(log_expit(signs * z)) + 0.5 * l2 * (w @ w)
        return value, X.T @ (expit(z) - y) / n + l2 * w

    w = np.zeros(d)
    f, g = objective(w)
    pairs = []  # (s, t) of the last ``memory`` steps, oldest first
    for _ in range(max_iter):
        if np.max(np.abs(g)) <= tol:
            break
        q = g.copy()
        coefficients = []
        for s, t in reversed(pairs):
            a = (s @ q) / (t @ s)
            q -= a * t
            coefficients.append(a)
        # Initial inverse Hessian: (sᵀt / tᵀt) I from the latest pair; a unit-length first step.
        q *= (pairs[-1][0] @ pairs[-1][1]) / (pairs[-1][1] @ pairs[-1][1]) if pairs else 1.0 / np.linalg.norm(g)
        for (s, t), a in zip(pairs, reversed(coefficients)):
            q += (a - (t @ q) / (t @ s)) * s
        slope = -(g @ q)  # directional derivative along -q: negative
        step = 1.0
        while True:
            w_new = w - step * q
            f_new, g_new = objective(w_new)
            if f_new <= f + 1e-4 * step * slope:
                break
            step *= 0.5
        pairs = [*pairs[-(memory - 1):], (w_new - w, g_new - g)]
        stalled = f - f_new <= 64 * np.finfo(float).eps * max(abs(f), abs(f_new), 1.0)
        w, f, g = w_new, f_new, g_new
        if stalled:
            break
    return w
