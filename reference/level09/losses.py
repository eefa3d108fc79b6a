"""Reference losses with gradients: the oracle and the speed baseline."""

import numpy as np


def _pair(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or a.size == 0:
        raise ValueError(f"expected two 1-D arrays of the same non-zero length, got shapes {a.shape} and {b.shape}")
    return a, b


def regression_loss(y_true, y_pred, kind="mse", delta=1.0):
    y_true, y_pred = _pair(y_true, y_pred)
    n = y_true.size
    r = y_pred - y_true
    if kind == "mse":
        return float(np.dot(r, r) / n), (2.0 / n) * r
    if kind == "mae":
        return float(np.abs(r).sum() / n), np.sign(r) / n
    if kind == "huber":
        if not delta > 0:
            raise ValueError(f"delta must be positive, got {delta}")
        a = np.abs(r)
        clipped = np.minimum(a, delta)
        # ρ(r) = c (a - c/2) with c = min(a, δ): ½a² inside, δ(a - δ/2) outside.
        return float(np.sum(clipped * (a - 0.5 * clipped)) / n), np.clip(r, -delta, delta) / n
    raise ValueError(f"kind must be 'mse', 'mae' or 'huber', got {kind!r}")


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def classification_loss(y, scores, kind):
    y, s = _pair(y, scores)
    n = y.size
    if kind == "hinge":
        if not np.all(np.abs(y) == 1):
            raise ValueError("hinge labels must be -1 or +1")
        margin = y * s
        active = margin < 1
        return float(np.sum(np.maximum(0.0, 1.0 - margin)) / n), np.where(active, -y, 0.0) / n
    if kind == "bce_with_logits":
        if np.any((y < 0) | (y > 1)):
            raise ValueError("BCE labels must lie in [0, 1]")
        loss = np.maximum(s, 0.0) - y * s + np.log1p(np.exp(-np.abs(s)))
        return float(loss.sum() / n), (_sigmoid(s) - y) / n
    raise ValueError(f"kind must be 'hinge' or 'bce_with_logits', got {kind!r}")
