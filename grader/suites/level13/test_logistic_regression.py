"""Hidden suite for exercises/level13/logistic_regression.py."""

from functools import partial

import numpy as np
import pytest
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss as sklearn_log_loss

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_finite,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level13 import logistic_regression as ref

MODULE = "logistic_regression"
SHAPES = [(50, 7), (13, 30), (300, 4)]  # n ≠ d, and more features than samples
SHAPE_IDS = ["50x7", "13x30", "300x4"]


# -- data ------------------------------------------------------------------------------------------
def classification_data(rng, n, d, *, scale=1.5):
    """Standardised features and 0/1 labels drawn from a logistic model (overlapping classes).

    Returns ``X (n, d)``, ``y (n,)`` int64 and the true weights ``w (d,)``; the logits ``X w`` are of
    order ``scale``.
    """
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d) * scale / np.sqrt(d)
    y = (rng.uniform(size=n) < expit(X @ w)).astype(np.int64)
    return X, y, w


def separable_data(rng, n, d, *, margin=0.5, scale=1.0):
    """Linearly separable data: every sample is at least ``margin * scale`` from the plane ``direction·x = 0``.

    Returns ``X (n, d)``, ``y (n,)`` int64 (1 on the side ``direction`` points to) and the unit ``direction``.
    """
    X = rng.normal(size=(n, d))
    direction = rng.normal(size=d)
    direction /= np.linalg.norm(direction)
    side = np.where(X @ direction >= 0, 1.0, -1.0)
    X = (X + margin * side[:, None] * direction) * scale
    return X, (side > 0).astype(np.int64), direction


def huge_logit_problem(rng, n=200, d=5, n_flipped=10):
    """Separable data with w = 2000 · direction (logits of 1e3 to 1e4) and ``n_flipped`` labels flipped.

    The flipped samples are misclassified with a huge margin, so the exact loss is large (their
    ``-log σ(s z) ≈ |z|``) while the others contribute ``≈ e^{-|z|}``, far below the smallest float.
    """
    X, y, direction = separable_data(rng, n, d)
    flipped = rng.choice(n, size=n_flipped, replace=False)
    y[flipped] = 1 - y[flipped]
    return X, y, direction * 2000.0


# -- known mistakes, computed on the judge's side ------------------------------------------------
def clipped_log_losses(w, X, y):
    """What a log loss that clips probabilities (or adds ε inside the log) returns, for common ε."""
    p = expit(X @ w)
    y = np.asarray(y, dtype=float)
    results = []
    with np.errstate(all="ignore"):
        for eps in (1e-15, 1e-12, 1e-10, 1e-9, 1e-8, 1e-7, np.finfo(float).eps):
            q = np.clip(p, eps, 1 - eps)
            results.append(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))
            results.append(-np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
    return results


def objective(w, X, y, l2):
    """The training objective mean NLL + (l2/2)||w||²."""
    w = np.asarray(w, dtype=float)
    with np.errstate(all="ignore"):  # a learner's diverged weights may be huge
        return ref.log_loss(w, X, y) + 0.5 * l2 * float(w @ w)


def sklearn_weights(X, y, l2):
    """scikit-learn's minimiser of mean NLL + (l2/2)||w||² (the same as sum NLL + (n·l2/2)||w||²)."""
    C = np.inf if l2 == 0 else 1.0 / (len(y) * l2)
    model = LogisticRegression(C=C, fit_intercept=False, solver="newton-cholesky", tol=1e-12, max_iter=1000)
    return model.fit(X, y).coef_.ravel()


# -- floating-point warnings -----------------------------------------------------------------------
UNDERFLOW_HINT = ("np.exp(-|z|) underflows to 0 once |z| > 745, and 0 is the right value there: let it "
                  "underflow silently by computing the exponential inside `with np.errstate(under=\"ignore\"):`")
LOG_OF_ZERO_HINT = ("log(σ(z)) is log(0) = -inf once σ(z) rounds to 0 (or 1 - σ(z) does): compute "
                    "-log σ(s z) = log(1 + e^{-s z}) directly with np.logaddexp(0, -s * z), where s = 2y - 1")
SIGMOID_OVERFLOW_HINT = ("e^{-z} overflows for very negative z (e^{10000} is inf). Use the two-branch form "
                         "σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0, with e = np.exp(-np.abs(z)) ≤ 1. "
                         "np.where evaluates both branches on every element, so each branch must be safe "
                         "everywhere")
LOSS_OVERFLOW_HINT = ("e^{-s z} overflows when a sample is misclassified by a huge margin: "
                      "log(1 + e^{t}) = np.logaddexp(0, t) never forms e^{t}")
WARNING_HINTS = {
    "underflow": UNDERFLOW_HINT,
    "divide by zero": LOG_OF_ZERO_HINT,
    "overflow": SIGMOID_OVERFLOW_HINT,
    "invalid value": ("0 · inf or inf - inf made a NaN: keep every intermediate finite (a stable sigmoid, "
                      "np.logaddexp for the log loss)"),
}


call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)
def loss_value(value, what, n):
    """The learner's loss as a NumPy float (what ``assert_close`` takes); a per-sample array gets a pointed message."""
    if isinstance(value, np.ndarray) and value.shape == (n,) and n > 1:
        raise CheckFailed(f"{what} should be a single float, but your function returned an array of shape "
                          f"({n},), one value per sample.\nHint: return the mean over samples, as a float")
    return np.float64(as_float(value, what))


FLIPPED_SIGN_HINT = "this is σ(-z) = 1/(1 + e^{z}): the exponent of σ(z) = 1/(1 + e^{-z}) is -z"


# -- sigmoid ------------------------------------------------------------------------------------------
@pytest.mark.exercise("sigmoid", banned=("scipy",))
class TestSigmoid:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float array of the same shape as z and leaves z unchanged"""
        z = rng.normal(size=(6, 4)) * 3
        s, (z_after,) = learner.sigmoid.call_checking_inputs(z.copy())
        s = assert_shape(s, z.shape, "sigmoid(z)", describe(z=z))
        if s.dtype.kind != "f":
            raise CheckFailed(f"sigmoid(z) should hold floats, but has dtype {s.dtype}")
        assert_unchanged((z,), (z_after,), ["z"])

    @pytest.mark.points(1)
    def test_scalar(self, learner):
        """a single number in gives a single float out"""
        for z in (0.0, 2.5, -3.0):
            value = learner.sigmoid(z)
            if isinstance(value, np.ndarray):
                raise CheckFailed(f"sigmoid({z}) returned an array of shape {value.shape}; for a scalar z return "
                                  "a float.\nHint: np.where returns a 0-d array for scalar input: convert it "
                                  "with float(result) when np.ndim(z) == 0")
            assert_close(np.float64(as_float(value, f"sigmoid({z})")), expit(z), what=f"sigmoid({z})", rtol=1e-14,
                         hints=[(expit(-z), FLIPPED_SIGN_HINT)])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(37,), (13, 7), (4, 5, 6)], ids=["37", "13x7", "4x5x6"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random logits"""
        z = rng.normal(size=shape) * 4
        assert_close(call_quietly(learner.sigmoid, z, inputs=describe(z=z)), ref.sigmoid(z), what="sigmoid(z)",
                     inputs=describe(z=z), rtol=1e-13, hints=[
                         (expit(-z), FLIPPED_SIGN_HINT),
                         (0.5 * (1 + np.tanh(z)), "½(1 + tanh(z)) is σ(2z): the identity is "
                                                  "σ(z) = ½(1 + tanh(z/2))"),
                     ])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.special.expit from z = -60 to 60"""
        z = np.concatenate([np.linspace(-60.0, 60.0, 241), rng.normal(size=100) * 10])
        assert_close(call_quietly(learner.sigmoid, z, inputs=describe(z=z)), expit(z), what="sigmoid(z)",
                     inputs=describe(z=z) + " between -60 and 60", rtol=1e-13)

    @pytest.mark.points(1)
    def test_tiny_probabilities(self, learner):
        """keeps full relative accuracy for very negative z, where σ(z) is tiny (σ(-40) ≈ 4e-18)"""
        z = np.array([-40.0, -100.0, -300.0, -700.0])
        inputs = describe(z=z)
        values = assert_shape(call_quietly(learner.sigmoid, z, inputs=inputs), z.shape, "sigmoid(z)", inputs)
        for z_i, value in zip(z, values):
            assert_close(value, expit(z_i), what=f"sigmoid({z_i:g})", rtol=1e-10, hints=[
                (1.0 - expit(-z_i), f"σ({z_i:g}) ≈ {expit(z_i):.1e}, but 1 - σ({-z_i:g}) rounds to 0 in floating "
                                    "point (catastrophic cancellation). For z < 0 compute e^{z}/(1 + e^{z}) "
                                    "instead of 1 - σ(-z) (½(1 + tanh(z/2)) cancels the same way)"),
            ])

    @pytest.mark.points(1)
    def test_huge_logits(self, learner):
        """no overflow warning and exact 0 / 1 for |z| up to 1e4"""
        z = np.array([-1e4, -1e3, -750.0, -20.0, 0.0, 20.0, 750.0, 1e3, 1e4])
        inputs = describe(z=z) + " with |z| up to 1e4"
        s = call_quietly(learner.sigmoid, z, inputs=inputs)
        assert_close(s, expit(z), what="sigmoid(z)", inputs=inputs, rtol=1e-15)
        for z_i in (-1e4, 1e4):
            value = call_quietly(learner.sigmoid, z_i, inputs=f"the scalar z = {z_i:g}")
            assert_close(np.float64(as_float(value, f"sigmoid({z_i:g})")), expit(z_i), what=f"sigmoid({z_i:g})",
                         rtol=1e-15)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        z = rng.normal(size=(300, 120)) * 5
        speed.check(learner.sigmoid, (z,), max_ratio=10, inputs=describe(z=z),
                    hint="σ is elementwise: apply np.exp, np.abs and np.where to the whole array at once "
                         "instead of looping over its entries")


# -- log loss -----------------------------------------------------------------------------------------
@pytest.mark.exercise("log_loss", banned=("scipy", "sklearn"))
class TestLogLoss:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves w, X and y unchanged"""
        X, y, w = classification_data(rng, 30, 4)
        args = (w.copy(), X.copy(), y.copy())
        loss, after = learner.log_loss.call_checking_inputs(*args)
        loss_value(loss, "the log loss", 30)
        assert_unchanged(args, after, ["w", "X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random data"""
        X, y, w = classification_data(rng, *shape)
        n = shape[0]
        inputs = describe(w=w, X=X, y=y)
        expected = ref.log_loss(w, X, y)
        actual = loss_value(call_quietly(learner.log_loss, w, X, y, inputs=inputs), "the log loss", n)
        assert_close(actual, expected, what="the log loss", inputs=inputs, rtol=1e-10, hints=[
            (n * expected, "this is the sum over samples; the log loss is the mean (divide by n)"),
            (-expected, "this is the mean log-likelihood; the loss is its negative"),
            (ref.log_loss(w, X, 1 - y), "you swapped the classes: a sample with y = 1 costs -log σ(z), "
                                        "one with y = 0 costs -log(1 - σ(z))"),
            (expected / np.log(2), "this is in bits: use the natural logarithm (np.log)"),
        ])

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn.metrics.log_loss, for integer and float labels"""
        X, y, w = classification_data(rng, 120, 6)
        expected = sklearn_log_loss(y, expit(X @ w), labels=[0, 1])
        for labels, kind in ((y, "integer"), (y.astype(float), "float")):
            inputs = describe(w=w, X=X, y=labels) + f" ({kind} labels)"
            actual = loss_value(call_quietly(learner.log_loss, w, X, labels, inputs=inputs), "the log loss", 120)
            assert_close(actual, expected, what="the log loss", inputs=inputs, rtol=1e-9)

    @pytest.mark.points(2)
    def test_huge_logits(self, learner, rng):
        """finite and exact when logits are 1e3–1e4 and some samples are misclassified"""
        X, y, w = huge_logit_problem(rng)
        inputs = describe(w=w, X=X, y=y) + ", logits of 1e3 to 1e4, 10 labels flipped"
        actual = loss_value(call_quietly(learner.log_loss, w, X, y, inputs=inputs,
                                         hints={"overflow": LOSS_OVERFLOW_HINT}), "the log loss", len(y))
        expected = ref.log_loss(w, X, y)
        clipping = ("a misclassified sample costs -log σ(s z) ≈ |z| (here thousands), but clipping the "
                    "probabilities (or adding ε inside the log) caps it at -log ε: compute log(1 + e^{-s z}) "
                    "exactly with np.logaddexp(0, -s * z)")
        hints = [(candidate, clipping) for candidate in clipped_log_losses(w, X, y)]
        if np.isfinite(actual) and actual < 0.5 * expected:  # capped in some other way
            hints.append((actual, clipping))
        assert_close(actual, expected, what="the log loss", inputs=inputs, rtol=1e-10, hints=hints)

    @pytest.mark.points(1)
    def test_separable(self, learner, rng):
        """about 0, finite and no warning when every sample is right by a huge margin"""
        X, y, direction = separable_data(rng, 150, 4)
        w = direction * 2000.0
        inputs = describe(w=w, X=X, y=y) + ", separable data with logits of 1e3 to 1e4"
        actual = loss_value(call_quietly(learner.log_loss, w, X, y, inputs=inputs,
                                         hints={"overflow": LOSS_OVERFLOW_HINT}), "the log loss", len(y))
        if not np.isfinite(actual) or not 0.0 <= actual <= 1e-12:
            raise CheckFailed(f"the log loss should be between 0 and 1e-12 for {inputs} (every sample is "
                              f"classified right with certainty), but it is {actual:.3g}.\nHint: "
                              + LOG_OF_ZERO_HINT)

    @pytest.mark.points(1)
    def test_bad_labels(self, learner, rng):
        """raises ValueError for labels in {-1, 1}"""
        X, y, w = classification_data(rng, 20, 3)
        assert_learner_raises(lambda: learner.log_loss(w, X, 2 * y - 1), "ValueError",
                              what="labels y in {-1, 1} (they must be 0 or 1)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, y, w = classification_data(rng, 20000, 20)
        speed.check(learner.log_loss, (w, X, y), max_ratio=8, inputs=describe(w=w, X=X, y=y),
                    hint="all logits at once are one matrix-vector product X @ w, and the per-sample losses "
                         "one np.logaddexp over that vector; a loop over samples is the usual cause")


# -- gradient -----------------------------------------------------------------------------------------
@pytest.mark.exercise("log_loss_gradient", banned=("scipy", "sklearn"))
class TestLogLossGradient:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves w, X and y unchanged"""
        X, y, w = classification_data(rng, 30, 4)
        args = (w.copy(), X.copy(), y.copy())
        gradient, after = learner.log_loss_gradient.call_checking_inputs(*args)
        assert_shape(gradient, (4,), "the gradient", describe(w=w, X=X, y=y))
        assert_unchanged(args, after, ["w", "X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES, ids=SHAPE_IDS)
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random data"""
        X, y, w = classification_data(rng, *shape)
        n = shape[0]
        inputs = describe(w=w, X=X, y=y)
        expected = ref.log_loss_gradient(w, X, y)
        actual = call_quietly(learner.log_loss_gradient, w, X, y, inputs=inputs)
        assert_close(actual, expected, what="the gradient", inputs=inputs, rtol=1e-10, hints=[
            (n * expected, "this is the gradient of the summed loss; the loss is a mean, so divide by n"),
            (-expected, "the sign is flipped: the gradient is Xᵀ(σ(Xw) - y) / n, not Xᵀ(y - σ(Xw)) / n"),
            (X.T @ (X @ w - y) / n, "this is the least-squares gradient Xᵀ(Xw - y)/n: apply the sigmoid to Xw"),
        ])

    @pytest.mark.points(1)
    def test_matches_finite_differences(self, learner, rng):
        """agrees with central finite differences of sklearn.metrics.log_loss"""
        X, y, w = classification_data(rng, 80, 6)
        h = 1e-6
        numerical = np.array([
            (sklearn_log_loss(y, expit(X @ (w + h * e)), labels=[0, 1])
             - sklearn_log_loss(y, expit(X @ (w - h * e)), labels=[0, 1])) / (2 * h)
            for e in np.eye(6)
        ])
        inputs = describe(w=w, X=X, y=y)
        actual = call_quietly(learner.log_loss_gradient, w, X, y, inputs=inputs)
        assert_close(actual, numerical, what="the gradient", inputs=inputs + " (vs finite differences)",
                     rtol=1e-6, hints=[(-numerical, "the sign is flipped: the gradient is Xᵀ(σ(Xw) - y) / n")])

    @pytest.mark.points(1)
    def test_huge_logits(self, learner, rng):
        """finite, exact and no warning when logits are 1e3–1e4"""
        X, y, w = huge_logit_problem(rng)
        inputs = describe(w=w, X=X, y=y) + ", logits of 1e3 to 1e4, 10 labels flipped"
        actual = call_quietly(learner.log_loss_gradient, w, X, y, inputs=inputs)
        assert_close(actual, ref.log_loss_gradient(w, X, y), what="the gradient", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, y, w = classification_data(rng, 20000, 20)
        speed.check(learner.log_loss_gradient, (w, X, y), max_ratio=8, inputs=describe(w=w, X=X, y=y),
                    hint="the gradient is two matrix-vector products, Xᵀ(σ(Xw) - y) / n; a loop over "
                         "samples is the usual cause")


# -- fitting ------------------------------------------------------------------------------------------
UPHILL_HINT = ("your weights are worse than w = 0 (objective log 2 ≈ 0.693): the descent went uphill or "
               "diverged. Step downhill, against the gradient (w = w - lr * gradient), and average the gradient "
               "over samples (divide by n) so that lr = 0.1 is a stable step")
FIT_WARNING_HINT = ("on this data the logits X @ w should stay moderate. If your weights blow up, step downhill "
                    "(w = w - lr * gradient) and divide the gradient by n; use your stable sigmoid inside the "
                    "loop")
FIT_WARNINGS = {"underflow": FIT_WARNING_HINT, "overflow": FIT_WARNING_HINT, "invalid value": FIT_WARNING_HINT}


def check_fit(w, X, y, l2, *, bar, bar_name, inputs, tol=1e-8, hints=()):
    """Fail unless ``w`` has shape (d,), is finite, and reaches an objective at most ``bar`` + tol."""
    w = assert_finite(assert_shape(w, (X.shape[1],), "the weights", inputs), "the weights", inputs)
    value = objective(w, X, y, l2)
    if value <= bar + tol * (1.0 + abs(bar)):
        return w
    message = (f"your weights reach the objective mean NLL + (l2/2)||w||² = {value:.8g} for {inputs}, "
               f"but {bar_name} reaches {bar:.8g}: yours is higher by {value - bar:.2g}")
    hint = next((text for candidate, text in hints if np.allclose(w, candidate, rtol=1e-6, atol=1e-9)),
                UPHILL_HINT if value > np.log(2) else None)
    raise CheckFailed(message + (f"\nHint: {hint}" if hint else ""))


def fit_mistakes(X, y, l2):
    """Weights a few known mistakes converge to, as (w, hint) pairs."""
    return [
        (ref.fit_logistic(X, y, 2 * l2), "these are the weights for the penalty l2·||w||²: the objective has "
                                         "(l2/2)·||w||², whose gradient is l2·w (not 2·l2·w)"),
        (ref.fit_logistic(X, y, 0.0), "these weights ignore the penalty: add l2 * w to the gradient"),
    ]


@pytest.mark.exercise("fit_logistic", banned=("sklearn", "scipy"))
class TestFitLogistic:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (d,) float array and leaves X and y unchanged"""
        X, y, _ = classification_data(rng, 60, 3)
        args = (X.copy(), y.copy())
        inputs = describe(X=X, y=y, l2=0.5)
        w, after = call_quietly(learner.fit_logistic, *args, l2=0.5, inputs=inputs, hints=FIT_WARNINGS,
                                checking_inputs=True)
        assert_shape(w, (3,), "the weights", inputs)
        assert_unchanged(args, after, ["X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "l2"), [((200, 5), 0.5), ((120, 9), 1.0), ((500, 3), 0.5)],
                             ids=["200x5-l2=0.5", "120x9-l2=1", "500x3-l2=0.5"])
    def test_matches_sklearn(self, learner, rng, shape, l2):
        """with an L2 penalty, reaches the optimum and the weights of LogisticRegression(C = 1/(n·l2))"""
        X, y, _ = classification_data(rng, *shape)
        inputs = describe(X=X, y=y, l2=l2)
        w = call_quietly(learner.fit_logistic, X, y, l2, inputs=inputs, hints=FIT_WARNINGS)
        mistakes = fit_mistakes(X, y, l2)
        bar = objective(ref.fit_logistic(X, y, l2), X, y, l2)
        w = check_fit(w, X, y, l2, bar=bar, bar_name="gradient descent with lr=0.1, n_iter=1000",
                      inputs=inputs, hints=mistakes)
        assert_close(w, sklearn_weights(X, y, l2), what="the weight vector", inputs=inputs + " (vs scikit-learn)",
                     rtol=1e-6, hints=mistakes)

    @pytest.mark.points(2)
    def test_unpenalised(self, learner, rng):
        """without a penalty (l2 = 0, float labels), gets as low as gradient descent and near the optimum"""
        X, y, _ = classification_data(rng, 400, 4, scale=1.0)
        y = y.astype(float)
        inputs = describe(X=X, y=y, l2=0.0)
        w = call_quietly(learner.fit_logistic, X, y, inputs=inputs, hints=FIT_WARNINGS)
        w = check_fit(w, X, y, 0.0, bar=objective(ref.fit_logistic(X, y), X, y, 0.0),
                      bar_name="gradient descent with lr=0.1, n_iter=1000", inputs=inputs)
        check_fit(w, X, y, 0.0, bar=objective(sklearn_weights(X, y, 0.0), X, y, 0.0), tol=1e-5,
                  bar_name="the optimum (scikit-learn, penalty=None)", inputs=inputs)

    @pytest.mark.points(1)
    def test_hyperparameters(self, learner, rng):
        """accepts l2, lr and n_iter by keyword (l2=0.1, lr=0.5, n_iter=100)"""
        X, y, _ = classification_data(rng, 150, 4)
        settings = {"l2": 0.1, "lr": 0.5, "n_iter": 100}
        inputs = describe(X=X, y=y, **settings)
        w = call_quietly(learner.fit_logistic, X, y, inputs=inputs, **settings, hints=FIT_WARNINGS)
        check_fit(w, X, y, 0.1, bar=objective(ref.fit_logistic(X, y, **settings), X, y, 0.1),
                  bar_name="gradient descent with these settings", inputs=inputs, hints=fit_mistakes(X, y, 0.1))

    @pytest.mark.points(1)
    def test_separable(self, learner, rng):
        """separable classes without penalty (optimum at infinity): finite weights, no warning, as low as GD"""
        X, y, _ = separable_data(rng, 200, 3)
        inputs = describe(X=X, y=y, l2=0.0) + ", linearly separable"
        w = call_quietly(learner.fit_logistic, X, y, inputs=inputs, hints=FIT_WARNINGS)
        check_fit(w, X, y, 0.0, bar=objective(ref.fit_logistic(X, y), X, y, 0.0),
                  bar_name="gradient descent with lr=0.1, n_iter=1000", inputs=inputs)

    @pytest.mark.points(1)
    def test_bad_labels(self, learner, rng):
        """raises ValueError for labels in {-1, 1}"""
        X, y, _ = classification_data(rng, 20, 3)
        assert_learner_raises(lambda: learner.fit_logistic(X, 2 * y - 1), "ValueError",
                              what="labels y in {-1, 1} (they must be 0 or 1)")


# -- prediction ---------------------------------------------------------------------------------------
@pytest.mark.exercise("predict_proba", banned=("scipy", "sklearn"))
class TestPredictProba:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n,) float array and leaves w and X unchanged"""
        X, _, w = classification_data(rng, 25, 4)
        args = (w.copy(), X.copy())
        p, after = learner.predict_proba.call_checking_inputs(*args)
        assert_shape(p, (25,), "the probabilities", describe(w=w, X=X))
        assert_unchanged(args, after, ["w", "X"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", SHAPES[:2], ids=SHAPE_IDS[:2])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random data"""
        X, _, w = classification_data(rng, *shape)
        inputs = describe(w=w, X=X)
        expected = ref.predict_proba(w, X)
        actual = call_quietly(learner.predict_proba, w, X, inputs=inputs)
        assert_close(actual, expected, what="the probability vector", inputs=inputs, rtol=1e-12, hints=[
            (X @ w, "these are the logits X w: apply the sigmoid to get probabilities"),
            (1 - expected, "these are P(y = 0 | x) = 1 - σ(xᵀw); return P(y = 1 | x) = σ(xᵀw)"),
            ((expected >= 0.5).astype(float), "these are class labels; return the probabilities σ(X w)"),
        ])

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with LogisticRegression(fit_intercept=False).predict_proba(X)[:, 1] for its fitted weights"""
        X, y, _ = classification_data(rng, 90, 5)
        model = LogisticRegression(fit_intercept=False, solver="newton-cholesky").fit(X, y)
        w = model.coef_.ravel()
        inputs = describe(w=w, X=X)
        actual = call_quietly(learner.predict_proba, w, X, inputs=inputs)
        assert_close(actual, model.predict_proba(X)[:, 1], what="the probability vector",
                     inputs=inputs + " (vs scikit-learn)", rtol=1e-12)

    @pytest.mark.points(1)
    def test_huge_logits(self, learner, rng):
        """exact 0 / 1 and no warning when logits are 1e3–1e4"""
        X, _, w = huge_logit_problem(rng)
        inputs = describe(w=w, X=X) + ", logits of 1e3 to 1e4"
        actual = call_quietly(learner.predict_proba, w, X, inputs=inputs)
        assert_close(actual, ref.predict_proba(w, X), what="the probability vector", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        X, _, w = classification_data(rng, 30000, 20)
        speed.check(learner.predict_proba, (w, X), max_ratio=8, inputs=describe(w=w, X=X),
                    hint="all probabilities at once are σ(X @ w): one matrix-vector product and one "
                         "vectorised sigmoid; a loop over samples is the usual cause")
