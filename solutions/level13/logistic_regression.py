"""Logistic regression from scratch: a stable sigmoid, the log loss, its gradient, and fitting."""

import numpy as np


def _check_labels(y, n=None):
    """Return the labels as floats, or raise ValueError if they are not a vector of 0s and 1s."""
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be a 1-D array of labels, got shape {y.shape}")
    if n is not None and y.shape[0] != n:
        raise ValueError(f"X has {n} rows but y has {y.shape[0]} labels")
    if not np.isin(y, (0, 1)).all():
        bad = np.unique(y[~np.isin(y, (0, 1))])[:3]
        raise ValueError(f"labels y must be 0 or 1, found {bad.tolist()} (labels in {{-1, 1}}? map them "
                         "with (y + 1) / 2)")
    return y.astype(float)


def _check_weights(w, X):
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n_samples, n_features), got shape {X.shape}")
    if w.shape != (X.shape[1],):
        raise ValueError(f"w must have shape ({X.shape[1]},) to match X of shape {X.shape}, got {w.shape}")


def sigmoid(z):
    """The logistic function σ(z) = 1 / (1 + e^{-z}), elementwise, without overflow."""
    z_array = np.asarray(z, dtype=float)
    # e^{-z} overflows for z < -709. Both branches below only ever exponentiate -|z| ≤ 0, so the
    # exponential lies in (0, 1]:
    #   z ≥ 0:  σ(z) = 1 / (1 + e^{-z})              = 1 / (1 + e)   with e = e^{-|z|}
    #   z < 0:  σ(z) = e^{z} / (1 + e^{z})  (× e^{z}/e^{z}) = e / (1 + e)
    # The second branch also keeps σ(z) accurate near 0: computing 1 - σ(-z) there would cancel.
    # For |z| > 745, e^{-|z|} underflows to 0, which is the right value: we expect it, so we say so.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z_array))
    result = np.where(z_array >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    # A scalar in gives a scalar out (np.where returns a 0-d array).
    return float(result) if result.ndim == 0 else result


def log_loss(w, X, y):
    """Mean negative log-likelihood of labels y under P(y=1 | x) = σ(xᵀw)."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    _check_weights(w, X)
    y = _check_labels(y, X.shape[0])
    z = X @ w  # the logits, one per sample
    # With s = 2y - 1 ∈ {-1, +1}, both cases y=1 (-log σ(z)) and y=0 (-log(1 - σ(z)) = -log σ(-z))
    # are -log σ(s z) = log(1 + e^{-s z}). np.logaddexp(0, t) = log(e⁰ + e^t) computes log(1 + e^t)
    # without forming e^t, so it is finite and accurate even for |z| = 1e4 (where log(σ(z))
    # would be log(0) = -inf).
    with np.errstate(under="ignore"):  # e^{-|t|} underflowing to 0 inside logaddexp is harmless
        per_sample = np.logaddexp(0.0, -(2.0 * y - 1.0) * z)
    return float(np.mean(per_sample))


def log_loss_gradient(w, X, y):
    """Gradient of the mean log loss with respect to w, shape (d,)."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    _check_weights(w, X)
    y = _check_labels(y, X.shape[0])
    # For one sample, ℓ(z) = log(1 + e^z) - y z, so dℓ/dz = σ(z) - y, and z = xᵀw gives dz/dw = x.
    # Chain rule and the mean over samples: ∇ = (1/n) Σ_i (σ(z_i) - y_i) x_i = Xᵀ (σ(Xw) - y) / n.
    residual = sigmoid(X @ w) - y  # shape (n,)
    return X.T @ residual / X.shape[0]  # shape (d,)


def fit_logistic(X, y, l2=0.0, lr=0.1, n_iter=1000):
    """Minimise mean NLL + (l2/2)||w||² by gradient descent from w = 0."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n_samples, n_features), got shape {X.shape}")
    y = _check_labels(y, X.shape[0])
    if l2 < 0 or lr <= 0 or n_iter < 0:
        raise ValueError(f"need l2 >= 0, lr > 0 and n_iter >= 0; got l2={l2}, lr={lr}, n_iter={n_iter}")
    n, d = X.shape
    w = np.zeros(d)  # σ(0) = 1/2: start from "no idea"
    for _ in range(int(n_iter)):
        # ∇ [ mean NLL + (l2/2)||w||² ] = Xᵀ(σ(Xw) - y)/n + l2 w   (the /2 cancels the square's 2)
        gradient = X.T @ (sigmoid(X @ w) - y) / n + l2 * w
        w = w - lr * gradient  # step downhill, against the gradient
    return w


def predict_proba(w, X):
    """P(y = 1 | x_i) = σ(x_iᵀ w) for every row of X, shape (n,)."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    _check_weights(w, X)
    return sigmoid(X @ w)
