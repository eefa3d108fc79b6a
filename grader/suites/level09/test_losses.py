"""Hidden suite for exercises/level09/losses.py."""

from functools import partial

import numpy as np
import pytest
from scipy.special import expit, huber
from sklearn.metrics import hinge_loss as sklearn_hinge
from sklearn.metrics import log_loss as sklearn_log_loss
from sklearn.metrics import mean_absolute_error, mean_squared_error

from mlgrade import checks
from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_shape, \
    assert_unchanged, describe
from mlgrade.reference.level09 import losses as ref

MODULE = "losses"

WARNING_HINTS = {
    "overflow": "e^{-s} overflows for s < -709: compute log(1 + e^{-|s|}) with np.log1p(np.exp(-np.abs(s))) and "
                "the sigmoid in its two-branch form; np.where evaluates both branches everywhere",
    "divide by zero": "log(σ(s)) hit log(0) for a large |s|: never form σ(s) before the log; use "
                      "max(s, 0) - y s + log1p(e^{-|s|})",
    "invalid value": "inf - inf or 0·inf made a NaN: keep every intermediate finite (exponentiate only -|s|)",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def unpack(result, n, what):
    """The learner's (loss, grad) pair, checked for its form."""
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed(f"{what} should return a tuple (loss, grad), got {type(result).__name__}")
    loss = as_float(result[0], f"the {what} loss")
    grad = assert_shape(result[1], (n,), f"the {what} gradient")
    return loss, grad


def numeric_gradient(function, p, h=1e-6):
    """Centred differences of the scalar function at every entry of p."""
    grad = np.empty_like(p)
    for i in range(p.size):
        up, down = p.copy(), p.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (function(up) - function(down)) / (2 * h)
    return grad


def regression_hints(y, p, kind, delta, n):
    r = p - y
    hints = [(ref.regression_loss(y, p, kind, delta)[1] * n, "this is the gradient of the *sum*; the loss is the "
                                                             "mean over samples, so divide by n")]
    if kind == "mse":
        hints.append((r / n, "d(r²)/dr = 2r: you lost the factor 2"))
    return hints


@pytest.mark.exercise("regression_loss", banned=("sklearn.metrics",))
class TestRegressionLoss:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (float loss, (n,) gradient) and leaves its inputs unchanged"""
        y, p = rng.normal(size=9), rng.normal(size=9)
        result, after = learner.regression_loss.call_checking_inputs(y.copy(), p.copy(), "huber", 0.5)
        unpack(result, 9, "regression_loss")
        assert_unchanged((y, p), after[:2], ["y_true", "y_pred"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "n"), [("mse", 7), ("mae", 50), ("huber", 301)],
                             ids=["mse-n7", "mae-n50", "huber-n301"])
    def test_matches_reference(self, learner, rng, kind, n):
        """loss and gradient match the reference for MSE, MAE and Huber"""
        y = rng.normal(size=n) * 3
        p = y + rng.normal(size=n) * 2
        delta = 1.3
        inputs = describe(y_true=y, y_pred=p, kind=kind, delta=delta)
        loss, grad = unpack(learner.regression_loss(y, p, kind, delta), n, "regression_loss")
        expected_loss, expected_grad = ref.regression_loss(y, p, kind, delta)
        assert_close(loss, expected_loss, what=f"the {kind} loss", inputs=inputs, rtol=1e-10, hints=[
            (expected_loss * n, "this is the sum over samples; the loss is the mean"),
            (np.sum(np.where(np.abs(p - y) <= delta, 0.5 * (p - y) ** 2, delta * np.abs(p - y))) / n,
             "your linear piece is δ|r|: subtract ½δ² so that both pieces meet at |r| = δ"),
        ])
        assert_close(grad, expected_grad, what=f"the {kind} gradient", inputs=inputs, rtol=1e-10,
                     hints=regression_hints(y, p, kind, delta, n))

    @pytest.mark.points(1)
    def test_matches_sklearn_scipy_and_finite_differences(self, learner, rng):
        """agrees with sklearn's MSE/MAE, scipy.special.huber and centred differences of the loss"""
        y = rng.normal(size=40)
        p = y + rng.normal(size=40) * 2
        oracles = {"mse": mean_squared_error(y, p), "mae": mean_absolute_error(y, p),
                   "huber": float(np.mean(huber(0.7, p - y)))}
        for kind, expected in oracles.items():
            inputs = describe(y_true=y, y_pred=p, kind=kind, delta=0.7)
            loss, grad = unpack(learner.regression_loss(y, p, kind, 0.7), 40, "regression_loss")
            assert_close(loss, expected, what=f"the {kind} loss", inputs=inputs, rtol=1e-10)
            numeric = numeric_gradient(lambda q: ref.regression_loss(y, q, kind, 0.7)[0], p)
            assert_close(grad, numeric, what=f"the {kind} gradient (analytic vs centred differences)",
                         inputs=inputs, rtol=1e-6)

    @pytest.mark.points(1)
    def test_kinks(self, learner, rng):
        """exact at |r| = δ (Huber) and a valid subgradient at r = 0 (MAE)"""
        delta = 0.5
        y = rng.integers(-8, 8, size=8) / 4.0  # dyadic values: p - y is exactly ±δ where intended
        r = np.array([0.5, -0.5, 0.25, -2.0, 3.0, 0.0, 0.5, -0.5])
        p = y + r
        inputs = describe(y_true=y, y_pred=p, kind="huber", delta=delta) + " with residuals at ±δ"
        loss, grad = unpack(learner.regression_loss(y, p, "huber", delta), 8, "regression_loss")
        expected_loss, expected_grad = ref.regression_loss(y, p, "huber", delta)
        assert_close(loss, expected_loss, what="the Huber loss", inputs=inputs, rtol=1e-12, hints=[
            (np.mean(np.where(np.abs(r) < delta, 0.5 * r * r, delta * np.abs(r))),
             "your linear piece is δ|r|: subtract ½δ² so that both pieces meet at |r| = δ"),
        ])
        assert_close(grad, expected_grad, what="the Huber gradient", inputs=inputs, rtol=1e-12)
        p0 = y.copy()
        p0[::2] += rng.normal(size=4)
        loss, grad = unpack(learner.regression_loss(y, p0, "mae", 1.0), 8, "regression_loss")
        inputs = describe(y_true=y, y_pred=p0, kind="mae") + " where half the residuals are 0"
        zero = p0 == y
        expected_grad = ref.regression_loss(y, p0, "mae")[1]
        if not (np.all(np.abs(grad[zero]) <= 1 / 8 + 1e-15) and np.allclose(grad[~zero], expected_grad[~zero],
                                                                            rtol=1e-12, atol=0)):
            raise CheckFailed(f"the MAE gradient is not a subgradient for {inputs}: away from r = 0 it must be "
                              "sign(r)/n, and at r = 0 a value in [-1/n, 1/n]")

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for mismatched lengths, an unknown kind and δ <= 0"""
        y = np.zeros(4)
        assert_learner_raises(lambda: learner.regression_loss(y, np.zeros(5), "mse"), "ValueError",
                              what="y_true of length 4 and y_pred of length 5")
        assert_learner_raises(lambda: learner.regression_loss(y, y, "l2"), "ValueError", what="kind = 'l2'")
        assert_learner_raises(lambda: learner.regression_loss(y, y, "huber", 0.0), "ValueError",
                              what="the Huber loss with delta = 0")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        y, p = rng.normal(size=100_000), rng.normal(size=100_000)
        speed.check(learner.regression_loss, (y, p, "huber", 0.8), max_ratio=8,
                    inputs=describe(y_true=y, kind="huber"))


def hinge_data(rng, n):
    y = np.where(rng.uniform(size=n) < 0.5, -1.0, 1.0)
    return y, rng.normal(size=n) * 2


def bce_data(rng, n):
    return (rng.uniform(size=n) < 0.4).astype(float), rng.normal(size=n) * 3


@pytest.mark.exercise("classification_loss", banned=("sklearn.metrics",))
class TestClassificationLoss:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (float loss, (n,) gradient) and leaves its inputs unchanged"""
        y, s = bce_data(rng, 11)
        result, after = call_quietly(learner.classification_loss, y.copy(), s.copy(), "bce_with_logits",
                                     inputs=describe(y=y, scores=s), checking_inputs=True)
        unpack(result, 11, "classification_loss")
        assert_unchanged((y, s), after[:2], ["y", "scores"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "n"), [("hinge", 7), ("bce_with_logits", 301)], ids=["hinge-n7", "bce-n301"])
    def test_matches_reference(self, learner, rng, kind, n):
        """loss and gradient match the reference for the hinge loss and BCE on logits"""
        y, s = hinge_data(rng, n) if kind == "hinge" else bce_data(rng, n)
        inputs = describe(y=y, scores=s, kind=kind)
        loss, grad = unpack(call_quietly(learner.classification_loss, y, s, kind, inputs=inputs), n,
                            "classification_loss")
        expected_loss, expected_grad = ref.classification_loss(y, s, kind)
        assert_close(loss, expected_loss, what=f"the {kind} loss", inputs=inputs, rtol=1e-10, hints=[
            (expected_loss * n, "this is the sum over samples; the loss is the mean"),
        ])
        assert_close(grad, expected_grad, what=f"the {kind} gradient", inputs=inputs, rtol=1e-10, hints=[
            (expected_grad * n, "this is the gradient of the *sum*; divide by n"),
            (-expected_grad, "the sign is flipped: d/ds of the loss is σ(s) - y (BCE) and -y (hinge)"),
        ])

    @pytest.mark.points(1)
    def test_matches_sklearn_and_finite_differences(self, learner, rng):
        """agrees with sklearn's hinge_loss and log_loss and with centred differences"""
        for kind, (y, s), oracle in [("hinge", hinge_data(rng, 30), lambda y, s: sklearn_hinge(y, s)),
                                     ("bce_with_logits", bce_data(rng, 30),
                                      lambda y, s: sklearn_log_loss(y, expit(s), labels=[0, 1]))]:
            inputs = describe(y=y, scores=s, kind=kind)
            loss, grad = unpack(call_quietly(learner.classification_loss, y, s, kind, inputs=inputs), 30,
                                "classification_loss")
            assert_close(loss, oracle(y, s), what=f"the {kind} loss", inputs=inputs, rtol=1e-9)
            numeric = numeric_gradient(lambda q: ref.classification_loss(y, q, kind)[0], s)
            assert_close(grad, numeric, what=f"the {kind} gradient (analytic vs centred differences)",
                         inputs=inputs, rtol=1e-6)

    @pytest.mark.points(1)
    def test_huge_logits(self, learner):
        """BCE stays finite and exact for logits ±1000 (no overflow, no log(0))"""
        y = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
        s = np.array([1000.0, -1000.0, -1000.0, 1000.0, 0.0, 40.0])
        inputs = describe(y=y, scores=s) + " with logits ±1000"
        loss, grad = unpack(call_quietly(learner.classification_loss, y, s, "bce_with_logits", inputs=inputs), 6,
                            "classification_loss")
        expected_loss, expected_grad = ref.classification_loss(y, s, "bce_with_logits")
        assert_close(loss, expected_loss, what="the BCE loss", inputs=inputs, rtol=1e-12)
        assert_close(grad, expected_grad, what="the BCE gradient", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    def test_hinge_margin_kink(self, learner):
        """hinge: a valid subgradient at margin exactly 1"""
        y = np.array([1.0, -1.0, 1.0, -1.0])
        s = np.array([1.0, -1.0, 0.5, 2.0])
        inputs = describe(y=y, scores=s) + " with margins exactly 1"
        loss, grad = unpack(learner.classification_loss(y, s, "hinge"), 4, "classification_loss")
        assert_close(loss, 0.875, what="the hinge loss", inputs=inputs, rtol=1e-12)
        at_kink = np.array([True, True, False, False])
        ok_kink = np.all((grad[at_kink] * y[at_kink] <= 1e-15) & (grad[at_kink] * y[at_kink] >= -0.25 - 1e-15))
        if not (ok_kink and np.allclose(grad[~at_kink], [-0.25, 0.25], rtol=1e-12, atol=0)):
            raise CheckFailed(f"the hinge gradient is not a subgradient for {inputs}: it is -y/n where y s < 1, "
                              "0 where y s > 1, and between the two where y s = 1")

    @pytest.mark.points(1)
    def test_label_conventions(self, learner):
        """raises ValueError for 0/1 labels in the hinge loss and -1/+1 labels in BCE"""
        y01, ypm, s = np.array([0.0, 1.0, 1.0]), np.array([-1.0, 1.0, 1.0]), np.array([0.3, -0.2, 1.5])
        assert_learner_raises(lambda: learner.classification_loss(y01, s, "hinge"), "ValueError",
                              what="the hinge loss with 0/1 labels (it needs -1/+1)")
        assert_learner_raises(lambda: learner.classification_loss(ypm, s, "bce_with_logits"), "ValueError",
                              what="BCE with -1/+1 labels (it needs 0/1)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        y, s = bce_data(rng, 100_000)
        speed.check(learner.classification_loss, (y, s, "bce_with_logits"), max_ratio=8,
                    inputs=describe(y=y, kind="bce_with_logits"))
