"""Plausible versions of exercises/level09/losses.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "regression_loss__sum_not_mean": ("failed", "the loss is the mean"),
    "regression_loss__huber_missing_half_delta": ("failed", "subtract ½δ²"),
    "regression_loss__loop_over_samples": ("too_slow", "loop"),
    "regression_loss__calls_sklearn_metrics": ("forbidden", "sklearn"),
    "regression_loss__mae_plus_at_zero_and_where_form": ("passed", None),
    "classification_loss__naive_sigmoid_log": ("failed", "overflow"),
    "classification_loss__hinge_accepts_01_labels": ("failed", "0/1 labels"),
    "classification_loss__gradient_sign_flipped": ("failed", "sign is flipped"),
    "classification_loss__loop_over_samples": ("too_slow", "loop"),
    "classification_loss__logaddexp": ("passed", None),
}

# This file is appended to the teaching solution: these names are the solution's own functions,
# captured before a mutant takes over the exercise's name (calling the name itself would recurse).
_solution_regression_loss = globals().get("regression_loss")
_solution_classification_loss = globals().get("classification_loss")


def _pairs(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or a.size == 0:
        raise ValueError("bad shapes")
    return a, b


def regression_loss__sum_not_mean(y_true, y_pred, kind="mse", delta=1.0):
    y_true, y_pred = _pairs(y_true, y_pred)
    r = y_pred - y_true
    if kind == "mse":
        return float(np.sum(r * r)), 2 * r
    if kind == "mae":
        return float(np.sum(np.abs(r))), np.sign(r)
    if kind == "huber" and delta > 0:
        return float(np.sum(np.where(np.abs(r) <= delta, 0.5 * r * r, delta * (np.abs(r) - 0.5 * delta)))), \
            np.clip(r, -delta, delta)
    raise ValueError("bad kind")


def regression_loss__huber_missing_half_delta(y_true, y_pred, kind="mse", delta=1.0):
    if kind != "huber":
        return _solution_regression_loss(y_true, y_pred, kind, delta)
    if not delta > 0:
        raise ValueError("delta")
    y_true, y_pred = _pairs(y_true, y_pred)
    r = y_pred - y_true
    return float(np.mean(np.where(np.abs(r) <= delta, 0.5 * r * r, delta * np.abs(r)))), \
        np.clip(r, -delta, delta) / r.size


def regression_loss__loop_over_samples(y_true, y_pred, kind="mse", delta=1.0):
    y_true, y_pred = _pairs(y_true, y_pred)
    if kind not in ("mse", "mae", "huber") or not delta > 0:
        raise ValueError("bad kind")
    n = y_true.size
    total, grad = 0.0, np.empty(n)
    for i in range(n):
        r = y_pred[i] - y_true[i]
        if kind == "mse":
            total, grad[i] = total + r * r, 2 * r / n
        elif kind == "mae":
            total, grad[i] = total + abs(r), np.sign(r) / n
        elif abs(r) <= delta:
            total, grad[i] = total + 0.5 * r * r, r / n
        else:
            total, grad[i] = total + delta * (abs(r) - 0.5 * delta), delta * np.sign(r) / n
    return total / n, grad


def regression_loss__calls_sklearn_metrics(y_true, y_pred, kind="mse", delta=1.0):
    from sklearn.metrics import mean_squared_error

    if kind == "mse":
        y_true, y_pred = _pairs(y_true, y_pred)
        return float(mean_squared_error(y_true, y_pred)), 2 * (y_pred - y_true) / y_true.size
    return _solution_regression_loss(y_true, y_pred, kind, delta)


def regression_loss__mae_plus_at_zero_and_where_form(y_true, y_pred, kind="mse", delta=1.0):
    # Right but different: the MAE subgradient at r = 0 is +1/n (valid), Huber written with np.where.
    y_true, y_pred = _pairs(y_true, y_pred)
    n, r = len(y_true), y_pred - y_true
    if kind == "mse":
        return float(r @ r / n), r * (2.0 / n)
    if kind == "mae":
        return float(np.abs(r).mean()), np.where(r >= 0, 1.0, -1.0) / n
    if kind == "huber":
        if delta <= 0:
            raise ValueError("delta must be > 0")
        small = np.abs(r) < delta
        loss = np.where(small, r**2 / 2, delta * np.abs(r) - delta**2 / 2)
        return float(loss.mean()), np.where(small, r, delta * np.sign(r)) / n
    raise ValueError("unknown kind")


def classification_loss__naive_sigmoid_log(y, scores, kind):
    if kind != "bce_with_logits":
        return _solution_classification_loss(y, scores, kind)
    y, s = _pairs(y, scores)
    if np.any((y < 0) | (y > 1)):
        raise ValueError("labels")
    p = 1.0 / (1.0 + np.exp(-s))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), (p - y) / y.size


def classification_loss__hinge_accepts_01_labels(y, scores, kind):
    if kind != "hinge":
        return _solution_classification_loss(y, scores, kind)
    y, s = _pairs(y, scores)
    y = np.where(y > 0, 1.0, -1.0)  # silently maps 0 to -1
    margin = y * s
    return float(np.mean(np.maximum(0, 1 - margin))), np.where(margin < 1, -y, 0.0) / y.size


def classification_loss__gradient_sign_flipped(y, scores, kind):
    loss, grad = _solution_classification_loss(y, scores, kind)
    return loss, -grad


def classification_loss__loop_over_samples(y, scores, kind):
    y, s = _pairs(y, scores)
    if kind == "hinge" and not np.all(np.abs(y) == 1):
        raise ValueError("labels")
    if kind == "bce_with_logits" and np.any((y < 0) | (y > 1)):
        raise ValueError("labels")
    if kind not in ("hinge", "bce_with_logits"):
        raise ValueError("kind")
    n = y.size
    total, grad = 0.0, np.empty(n)
    for i in range(n):
        if kind == "hinge":
            total += max(0.0, 1 - y[i] * s[i])
            grad[i] = -y[i] / n if y[i] * s[i] < 1 else 0.0
        else:
            e = np.exp(-abs(s[i]))
            total += max(s[i], 0.0) - y[i] * s[i] + np.log1p(e)
            grad[i] = ((1 / (1 + e)) if s[i] >= 0 else e / (1 + e)) - y[i]
            grad[i] /= n
    return total / n, grad


def classification_loss__logaddexp(y, scores, kind):
    # Right but different: log(1 + e^s) = logaddexp(0, s); σ(s) = exp(s - logaddexp(0, s)).
    y, s = _pairs(y, scores)
    if kind == "hinge":
        if set(np.unique(y)) - {-1.0, 1.0}:
            raise ValueError("hinge labels must be -1/+1")
        slack = 1 - y * s
        return float(np.clip(slack, 0, None).mean()), -y * (slack > 0) / len(y)
    if kind == "bce_with_logits":
        if y.min() < 0 or y.max() > 1:
            raise ValueError("BCE labels must be 0/1")
        softplus = np.logaddexp(0.0, s)
        return float(np.mean(softplus - y * s)), (np.exp(s - softplus) - y) / len(y)
    raise ValueError("unknown kind")
