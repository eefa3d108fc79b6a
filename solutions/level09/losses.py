"""Losses with their gradients: regression (MSE, MAE, Huber) and classification (hinge, BCE on logits)."""

import numpy as np


def _check_pair(a, b, names):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or a.size == 0:
        raise ValueError(f"{names[0]} and {names[1]} must be 1-D arrays of the same non-zero length, "
                         f"got shapes {a.shape} and {b.shape}")
    return a, b


def regression_loss(y_true, y_pred, kind="mse", delta=1.0):
    """Mean regression loss and its gradient with respect to y_pred."""
    y_true, y_pred = _check_pair(y_true, y_pred, ("y_true", "y_pred"))
    n = y_true.size
    r = y_pred - y_true  # residuals; every loss here is a function of r only
    if kind == "mse":
        # L = (1/n) Σ r²  =>  ∂L/∂ŷ_i = 2 r_i / n
        return float(np.mean(r * r)), 2.0 * r / n
    if kind == "mae":
        # L = (1/n) Σ |r|  =>  ∂L/∂ŷ_i = sign(r_i) / n, with the subgradient 0 at the kink r_i = 0
        return float(np.mean(np.abs(r))), np.sign(r) / n
    if kind == "huber":
        if not delta > 0:
            raise ValueError(f"delta must be a positive number, got {delta!r}")
        a = np.abs(r)
        inside = a <= delta
        # Quadratic near 0, linear in the tails; the -½δ² makes both pieces meet at |r| = δ (value ½δ²).
        loss = np.where(inside, 0.5 * r * r, delta * (a - 0.5 * delta))
        # Derivative: r inside, δ·sign(r) outside — that is r clipped to [-δ, δ] (continuous at |r| = δ).
        return float(np.mean(loss)), np.clip(r, -delta, delta) / n
    raise ValueError(f"kind must be 'mse', 'mae' or 'huber', got {kind!r}")


def classification_loss(y, scores, kind):
    """Mean classification loss and its gradient with respect to the scores (logits)."""
    y, s = _check_pair(y, scores, ("y", "scores"))
    n = y.size
    if kind == "hinge":
        if not np.all((y == 1) | (y == -1)):
            raise ValueError("the hinge loss needs labels in {-1, +1}; for 0/1 labels use 2*y - 1")
        margin = y * s
        # L = (1/n) Σ max(0, 1 - y s); the gradient is -y/n where the margin is violated (y s < 1), else 0.
        return float(np.mean(np.maximum(0.0, 1.0 - margin))), np.where(margin < 1, -y, 0.0) / n
    if kind == "bce_with_logits":
        if np.any((y < 0) | (y > 1)):
            raise ValueError("binary cross-entropy needs labels in [0, 1] (0/1 labels); "
                             "for -1/+1 labels use (y + 1) / 2")
        # -[y log σ(z) + (1-y) log(1-σ(z))] = max(z, 0) - y z + log(1 + e^{-|z|}): no exp of a large
        # positive number anywhere, so z = ±1000 is fine.
        loss = np.maximum(s, 0.0) - y * s + np.log1p(np.exp(-np.abs(s)))
        # d/dz = σ(z) - y, with σ in its two-branch form (e = e^{-|z|} <= 1 never overflows).
        e = np.exp(-np.abs(s))
        sigma = np.where(s >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return float(np.mean(loss)), (sigma - y) / n
    raise ValueError(f"kind must be 'hinge' or 'bce_with_logits', got {kind!r}")
