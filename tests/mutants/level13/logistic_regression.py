"""Plausible versions of exercises/level13/logistic_regression.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "sigmoid__naive_overflows": ("failed", "two-branch form"),
    "sigmoid__one_minus_for_negative": ("failed", "catastrophic cancellation"),
    "sigmoid__tanh_identity": ("failed", "catastrophic cancellation"),
    "sigmoid__flipped_exponent": ("failed", "σ(-z)"),
    "sigmoid__zero_d_array_for_scalar": ("failed", "float(result)"),
    "sigmoid__loop_over_entries": ("too_slow", "whole array"),
    "sigmoid__scipy_expit": ("forbidden", "scipy"),
    "sigmoid__boolean_masks": ("passed", None),
    "sigmoid__via_logaddexp": ("passed", None),
    "sigmoid__where_without_errstate": ("passed", None),
    "log_loss__log_of_sigmoid": ("failed", "np.logaddexp(0, -s * z)"),
    "log_loss__clipped_probabilities": ("failed", "caps it at -log ε"),
    "log_loss__naive_log1p_exp": ("failed", "never forms"),
    "log_loss__sum_not_mean": ("failed", "divide by n"),
    "log_loss__swapped_classes": ("failed", "swapped the classes"),
    "log_loss__accepts_any_labels": ("failed", "ValueError"),
    "log_loss__loop_over_samples": ("too_slow", "loop over samples"),
    "log_loss__sklearn": ("forbidden", "sklearn"),
    "log_loss__softplus_branches": ("passed", None),
    "log_loss__two_logaddexp_terms": ("passed", None),
    "log_loss__logaddexp_without_errstate": ("passed", None),
    "log_loss_gradient__no_mean": ("failed", "divide by n"),
    "log_loss_gradient__sign_flipped": ("failed", "sign is flipped"),
    "log_loss_gradient__least_squares": ("failed", "apply the sigmoid"),
    "log_loss_gradient__naive_sigmoid": ("failed", "two-branch form"),
    "log_loss_gradient__loop_over_samples": ("too_slow", "two matrix-vector products"),
    "log_loss_gradient__scipy_expit": ("forbidden", "scipy"),
    "log_loss_gradient__residual_times_X": ("passed", None),
    "fit_logistic__penalty_without_half": ("failed", "(l2/2)·||w||²"),
    "fit_logistic__gradient_ascent": ("failed", "downhill"),
    "fit_logistic__ignores_l2": ("failed", "ignore the penalty"),
    "fit_logistic__no_mean": ("failed", None),
    "fit_logistic__too_few_steps": ("failed", None),
    "fit_logistic__accepts_any_labels": ("failed", "ValueError"),
    "fit_logistic__sklearn": ("forbidden", "sklearn"),
    "fit_logistic__newton": ("passed", None),
    "fit_logistic__gd_with_own_gradient": ("passed", None),
    "predict_proba__logits": ("failed", "apply the sigmoid"),
    "predict_proba__probability_of_class_0": ("failed", "P(y = 0 | x)"),
    "predict_proba__class_labels": ("failed", "class labels"),
    "predict_proba__both_columns": ("failed", "shape"),
    "predict_proba__naive_sigmoid": ("failed", "two-branch form"),
    "predict_proba__loop_over_samples": ("too_slow", "matrix-vector product"),
    "predict_proba__scipy_expit": ("forbidden", "scipy"),
    "predict_proba__transposed_product": ("passed", None),
}


def _scalar_or_array(result):
    return float(result) if np.ndim(result) == 0 else result


# -- sigmoid --------------------------------------------------------------------------------------
def sigmoid__naive_overflows(z):
    return _scalar_or_array(1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float))))


def sigmoid__one_minus_for_negative(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return _scalar_or_array(np.where(z >= 0, 1.0 / (1.0 + e), 1.0 - 1.0 / (1.0 + e)))


def sigmoid__tanh_identity(z):
    return _scalar_or_array(0.5 * (1.0 + np.tanh(np.asarray(z, dtype=float) / 2.0)))


def sigmoid__flipped_exponent(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return _scalar_or_array(np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e)))


def sigmoid__zero_d_array_for_scalar(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid__loop_over_entries(z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    for i, value in enumerate(z.flat):
        e = math.exp(-abs(value))
        out.flat[i] = 1.0 / (1.0 + e) if value >= 0 else e / (1.0 + e)
    return _scalar_or_array(out)


def sigmoid__scipy_expit(z):
    from scipy.special import expit

    return _scalar_or_array(expit(z))


def sigmoid__boolean_masks(z):
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    positive = z >= 0
    with np.errstate(under="ignore"):
        out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
        e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return float(out) if out.ndim == 0 else out


def sigmoid__via_logaddexp(z):
    # σ(z) = 1 / (1 + e^{-z}) = exp(-log(1 + e^{-z})) = exp(-logaddexp(0, -z)): never overflows.
    with np.errstate(under="ignore"):
        return _scalar_or_array(np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float))))


def sigmoid__where_without_errstate(z):
    # The textbook stable form; e^{-|z|} underflowing to 0 for |z| > 745 is harmless and not reported.
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return _scalar_or_array(np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))


# -- log_loss -------------------------------------------------------------------------------------
def log_loss__log_of_sigmoid(w, X, y):
    y = _check_labels(y, X.shape[0])
    p = sigmoid(X @ w)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def log_loss__clipped_probabilities(w, X, y):
    y = _check_labels(y, X.shape[0])
    p = np.clip(sigmoid(X @ w), 1e-15, 1 - 1e-15)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def log_loss__naive_log1p_exp(w, X, y):
    y = _check_labels(y, X.shape[0])
    return float(np.mean(np.log1p(np.exp(-(2 * y - 1) * (X @ w)))))


def log_loss__sum_not_mean(w, X, y):
    y = _check_labels(y, X.shape[0])
    with np.errstate(under="ignore"):
        return float(np.sum(np.logaddexp(0.0, -(2 * y - 1) * (X @ w))))


def log_loss__swapped_classes(w, X, y):
    y = _check_labels(y, X.shape[0])
    with np.errstate(under="ignore"):
        return float(np.mean(np.logaddexp(0.0, (2 * y - 1) * (X @ w))))


def log_loss__accepts_any_labels(w, X, y):
    y = np.asarray(y, dtype=float)
    with np.errstate(under="ignore"):
        return float(np.mean(np.logaddexp(0.0, -(2 * y - 1) * (X @ w))))


def log_loss__loop_over_samples(w, X, y):
    y = _check_labels(y, X.shape[0])
    total = 0.0
    for i in range(X.shape[0]):
        t = -(2 * y[i] - 1) * float(X[i] @ w)
        total += max(t, 0.0) + math.log1p(math.exp(-abs(t)))
    return total / X.shape[0]


def log_loss__sklearn(w, X, y):
    from sklearn.metrics import log_loss as sk_log_loss

    return float(sk_log_loss(y, sigmoid(X @ w), labels=[0, 1]))


def log_loss__softplus_branches(w, X, y):
    # log(1 + e^t) = max(t, 0) + log(1 + e^{-|t|}): the exponential is at most 1.
    y = _check_labels(y, X.shape[0])
    t = np.where(y == 1, -(X @ w), X @ w)
    with np.errstate(under="ignore"):
        return float(np.mean(np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))))


def log_loss__two_logaddexp_terms(w, X, y):
    y = _check_labels(y, X.shape[0])
    z = X @ w
    with np.errstate(under="ignore"):
        return float(np.mean(y * np.logaddexp(0.0, -z) + (1 - y) * np.logaddexp(0.0, z)))


def log_loss__logaddexp_without_errstate(w, X, y):
    y = _check_labels(y, X.shape[0])
    return float(np.mean(np.logaddexp(0.0, -(2 * y - 1) * (X @ w))))


# -- log_loss_gradient ----------------------------------------------------------------------------
def log_loss_gradient__no_mean(w, X, y):
    y = _check_labels(y, X.shape[0])
    return X.T @ (sigmoid(X @ w) - y)


def log_loss_gradient__sign_flipped(w, X, y):
    y = _check_labels(y, X.shape[0])
    return X.T @ (y - sigmoid(X @ w)) / X.shape[0]


def log_loss_gradient__least_squares(w, X, y):
    y = _check_labels(y, X.shape[0])
    return X.T @ (X @ w - y) / X.shape[0]


def log_loss_gradient__naive_sigmoid(w, X, y):
    y = _check_labels(y, X.shape[0])
    return X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y) / X.shape[0]


def log_loss_gradient__loop_over_samples(w, X, y):
    y = _check_labels(y, X.shape[0])
    gradient = np.zeros(X.shape[1])
    for i in range(X.shape[0]):
        gradient += (sigmoid(float(X[i] @ w)) - y[i]) * X[i]
    return gradient / X.shape[0]


def log_loss_gradient__scipy_expit(w, X, y):
    from scipy.special import expit

    return X.T @ (expit(X @ w) - y) / X.shape[0]


def log_loss_gradient__residual_times_X(w, X, y):
    y = _check_labels(y, X.shape[0])
    return (sigmoid(X @ w) - y) @ X / len(y)


# -- fit_logistic ---------------------------------------------------------------------------------
def fit_logistic__penalty_without_half(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = _check_labels(y, X.shape[0])
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = w - lr * (X.T @ (sigmoid(X @ w) - y) / n + 2 * l2 * w)  # gradient of l2·||w||²
    return w


def fit_logistic__gradient_ascent(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = _check_labels(y, X.shape[0])
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = w + lr * (X.T @ (sigmoid(X @ w) - y) / n + l2 * w)
    return w


def fit_logistic__ignores_l2(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = _check_labels(y, X.shape[0])
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = w - lr * X.T @ (sigmoid(X @ w) - y) / n
    return w


def fit_logistic__no_mean(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = _check_labels(y, X.shape[0])
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = w - lr * (X.T @ (sigmoid(X @ w) - y) + l2 * w)
    return w


def fit_logistic__too_few_steps(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = _check_labels(y, X.shape[0])
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iter // 10):
        w = w - lr * (X.T @ (sigmoid(X @ w) - y) / n + l2 * w)
    return w


def fit_logistic__accepts_any_labels(X, y, l2=0.0, lr=0.1, n_iter=1000):
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = w - lr * (X.T @ (sigmoid(X @ w) - y) / n + l2 * w)
    return w


def fit_logistic__sklearn(X, y, l2=0.0, lr=0.1, n_iter=1000):
    from sklearn.linear_model import LogisticRegression

    C = np.inf if l2 == 0 else 1.0 / (len(y) * l2)
    return LogisticRegression(C=C, fit_intercept=False).fit(X, y).coef_.ravel()


def fit_logistic__newton(X, y, l2=0.0, lr=0.1, n_iter=1000):
    # Newton's method with a backtracking line search: H = Xᵀ diag(p(1-p)) X / n + l2 I.
    X = np.asarray(X, dtype=float)
    y = _check_labels(y, X.shape[0])
    n, d = X.shape

    def J(w):
        return log_loss(w, X, y) + 0.5 * l2 * (w @ w)

    w = np.zeros(d)
    value = J(w)
    for _ in range(100):
        p = sigmoid(X @ w)
        gradient = X.T @ (p - y) / n + l2 * w
        if np.max(np.abs(gradient)) < 1e-10:
            break
        hessian = (X.T * (p * (1 - p))) @ X / n + (l2 + 1e-12) * np.eye(d)
        step = np.linalg.solve(hessian, gradient)
        t = 1.0
        while t > 1e-10:
            candidate = w - t * step
            candidate_value = J(candidate)
            if candidate_value <= value - 1e-4 * t * (gradient @ step):
                break
            t /= 2
        else:
            break
        w, value = candidate, candidate_value
    return w


def fit_logistic__gd_with_own_gradient(X, y, l2=0.0, lr=0.1, n_iter=1000):
    w = np.zeros(np.shape(X)[1])
    for _ in range(n_iter):
        w -= lr * (log_loss_gradient(w, X, y) + l2 * w)
    return w


# -- predict_proba --------------------------------------------------------------------------------
def predict_proba__logits(w, X):
    return X @ w


def predict_proba__probability_of_class_0(w, X):
    return sigmoid(-(X @ w))


def predict_proba__class_labels(w, X):
    return (sigmoid(X @ w) >= 0.5).astype(float)


def predict_proba__both_columns(w, X):
    p = sigmoid(X @ w)
    return np.column_stack([1 - p, p])


def predict_proba__naive_sigmoid(w, X):
    return 1.0 / (1.0 + np.exp(-(X @ w)))


def predict_proba__loop_over_samples(w, X):
    return np.array([sigmoid(float(x @ w)) for x in X])


def predict_proba__scipy_expit(w, X):
    from scipy.special import expit

    return expit(X @ w)


def predict_proba__transposed_product(w, X):
    return sigmoid(w @ X.T)
