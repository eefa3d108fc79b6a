"""Hidden suite for exercises/level13/neural_network.py."""

import warnings

import numpy as np
import pytest
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss
from sklearn.neural_network import MLPClassifier

from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_finite,
    assert_shape,
    assert_unchanged,
    describe,
    relative_error,
)
from mlgrade.datasets import spiral, two_moons
from mlgrade.reference.level13 import neural_network as ref
from mlgrade.sandbox.callables.common import QuadraticForm, SmoothNonlinear
from mlgrade.sandbox.faults import LearnerRaised

MODULE = "neural_network"
AUTOGRAD = ("torch", "jax", "autograd", "tensorflow")

# ---------------------------------------------------------------------------------------------
# Helpers: networks, descriptions, structure checks, and the results of known mistakes.
# ---------------------------------------------------------------------------------------------


def init_params(rng, sizes, bias_scale=0.5):
    """He-initialised weights and (non-zero, so a missing bias shows) random biases."""
    return [(rng.normal(size=(a, b)) * np.sqrt(2.0 / a), rng.normal(size=b) * bias_scale)
            for a, b in zip(sizes[:-1], sizes[1:])]


def make_problem(rng, n, sizes):
    """A network with layer sizes ``sizes`` (input first), data X (n, d) and labels y."""
    params = init_params(rng, sizes)
    X = rng.normal(size=(n, sizes[0]))
    y = rng.integers(0, sizes[-1], size=n)
    return params, X, y


def copy_params(params):
    return [(W.copy(), b.copy()) for W, b in params]


def describe_net(params, X=None):
    sizes = [params[0][0].shape[0]] + [W.shape[1] for W, _ in params]
    hidden = len(params) - 1
    text = f"a network {' → '.join(map(str, sizes))} ({hidden} hidden layer{'' if hidden == 1 else 's'})"
    return text + (f" on {describe(X=X)}" if X is not None else "")


def relu(Z):
    return np.maximum(Z, 0.0)


NUMERIC_ERRORS = ("Warning", "FloatingPointError", "ArithmeticError")


def learner_call(call, what, hint, errors=NUMERIC_ERRORS):
    """Run ``call()``; a floating-point warning (or one of ``errors``) in learner code fails the check with ``hint``."""
    try:
        return call()
    except LearnerRaised as raised:
        if raised.is_a(*errors):
            raise CheckFailed(f"{what}: {raised}\nHint: {hint}") from None
        raise


def as_pairs(value, like, what, inputs):
    """Check that ``value`` is a list of (array, array) pairs shaped like ``like``; return it as arrays."""
    if not isinstance(value, (list, tuple)) or len(value) != len(like):
        got = f"a {type(value).__name__} of length {len(value)}" if isinstance(value, (list, tuple)) \
            else type(value).__name__
        raise CheckFailed(f"{what} should be a list of {len(like)} (W, b) pairs, one per layer, but is {got} "
                          f"(for {inputs})")
    pairs = []
    for layer, (item, (W, b)) in enumerate(zip(value, like), start=1):
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            raise CheckFailed(f"{what}: entry {layer - 1} (layer {layer}) should be a pair (W, b)-like tuple "
                              f"of two arrays (for {inputs})")
        pairs.append((assert_shape(item[0], W.shape, f"{what}: the W part of layer {layer}", inputs),
                      assert_shape(item[1], b.shape, f"{what}: the b part of layer {layer}", inputs)))
    return pairs


def assert_params_unchanged(before, after, *, training=False):
    """Like ``assert_unchanged``, for a list of (W, b) pairs (including the list itself)."""
    if not isinstance(after, (list, tuple)) or len(after) != len(before):
        raise CheckFailed("your function changed the list params itself (its length or type): leave it as it was")
    for layer, ((W, b), pair) in enumerate(zip(before, after), start=1):
        for label, old, new in (("W", W, pair[0]), ("b", b, pair[1])):
            if not np.array_equal(old, new):
                if training:
                    fix = (f"build new arrays ({label} = {label} - lr * d{label}) instead of updating the caller's "
                           f"in place ({label} -= lr * d{label})")
                else:
                    fix = f"compute new arrays instead of changing the caller's in place ({label} += …, {label}[…] = …)"
                raise CheckFailed(f"your function modified its input params ({label} of layer {layer}): {fix}")


def layer_trace(params, X):
    """Inputs A_{l-1} and pre-activations Z_l of every layer (the judge's own forward pass)."""
    A, inputs, pre = np.asarray(X, dtype=float), [], []
    for index, (W, b) in enumerate(params):
        inputs.append(A)
        Z = A @ W + b
        pre.append(Z)
        A = relu(Z) if index < len(params) - 1 else Z
    return inputs, pre


def mistaken_gradients(params, X, y, mistake):
    """Gradients as a known mistake computes them (for hints)."""
    n, L = X.shape[0], len(params)
    inputs, pre = layer_trace(params, X)
    P = ref.softmax(pre[-1])
    Y = np.zeros_like(P)
    Y[np.arange(n), y] = 1.0
    dZ = {"no_mean": P - Y, "sign": (Y - P) / n, "no_onehot": P / n}.get(mistake, (P - Y) / n)
    grads = [None] * L
    for layer in range(L - 1, -1, -1):
        db = dZ.sum(axis=0)
        if mistake == "db_mean":
            db = dZ.mean(axis=0)
        elif mistake == "db_zero":
            db = np.zeros_like(db)
        grads[layer] = (inputs[layer].T @ dZ, db)
        if layer:
            dA = dZ @ params[layer][0].T
            mask = {"no_mask": 1.0, "mask_by_activation": relu(pre[layer - 1])}.get(mistake, pre[layer - 1] > 0)
            dZ = dA * mask
    return grads


GRADIENT_HINTS = [
    ("no_mean", "your gradients are n times too large: the loss is a mean, so dZ of the output layer is "
                "(P − Y) / n"),
    ("sign", "your gradients have the wrong sign: the output layer's dZ is (P − Y) / n, not (Y − P) / n"),
    ("no_onehot", "your output-layer dZ looks like P / n: subtract the one-hot labels, dZ = (P − Y) / n"),
    ("db_zero", "db is zero: the bias gets the gradient db = Σ_i dZ[i] (did you forget db?)"),
    ("db_mean", "db is n times too small: db = Σ_i dZ[i] is a sum over samples (dZ already carries the 1/n)"),
    ("no_mask", "the gradient skips the ReLU: multiply dA by the 0/1 mask (Z > 0) of that hidden layer"),
    ("mask_by_activation", "you multiplied by the activation values; the ReLU's derivative is the 0/1 mask "
                           "(Z > 0), not ReLU(Z) itself"),
]


def gradient_hints(params, X, y, layer, part):
    """``(candidate, hint)`` pairs for one array (``part`` 0 = dW, 1 = db) of one layer."""
    hints = []
    for mistake, text in GRADIENT_HINTS:
        candidate = mistaken_gradients(params, X, y, mistake)[layer][part]
        hints.append((candidate, text))
    return hints


def check_gradients(grads, params, X, y, expected, inputs, *, rtol, source="the reference"):
    """Compare each layer's dW and db with ``expected``, from the output layer back to the input."""
    grads = as_pairs(grads, params, "grads", inputs)
    L = len(params)
    for layer in range(L - 1, -1, -1):
        for part, name in ((0, "dW"), (1, "db")):
            actual, wanted = grads[layer][part], expected[layer][part]
            error = relative_error(actual, wanted)
            if np.isfinite(actual).all() and error <= rtol:
                continue
            assert_finite(actual, f"{name} of layer {layer + 1}", inputs)
            worst = tuple(int(i) for i in np.unravel_index(np.argmax(np.abs(actual - wanted)), wanted.shape))
            entry = worst if len(worst) > 1 else worst[0]
            message = (f"{name} of layer {layer + 1} (of {L}) disagrees with {source} for {inputs}: at entry "
                       f"{entry} analytic {actual[worst]:.6g} vs numeric {wanted[worst]:.6g}; "
                       f"relative error {error:.2g} over the array (allowed {rtol:.0e})")
            if source == "the reference":
                message = message.replace("analytic", "yours").replace("numeric", "expected")
            for candidate, hint in gradient_hints(params, X, y, layer, part):
                if relative_error(actual, candidate) <= max(rtol, 1e-6):
                    message += f"\nHint: {hint}"
                    break
            else:
                if layer < L - 1 and all(relative_error(grads[later][p], expected[later][p]) <= rtol
                                         for later in range(layer + 1, L) for p in (0, 1)):
                    message += ("\nHint: the layers after this one are right, so look at how the gradient goes "
                                "down a layer: dA_prev = dZ Wᵀ, then dZ_prev = dA_prev * (Z_prev > 0)")
            raise CheckFailed(message)


def finite_difference_gradients(params, X, y, eps=1e-6):
    """Centred finite differences of the loss for every entry of every W and b (judge side)."""
    def loss(ps):
        P = ref.forward(ps, X)
        return -np.mean(np.log(P[np.arange(len(y)), y]))

    grads = []
    for layer, (W, b) in enumerate(params):
        pair = []
        for part, array in enumerate((W, b)):
            numeric = np.zeros_like(array)
            for index in np.ndindex(array.shape):
                shifted = []
                for step in (eps, -eps):
                    moved = array.copy()
                    moved[index] += step
                    trial = list(params)
                    trial[layer] = (moved, b) if part == 0 else (W, moved)
                    shifted.append(loss(trial))
                numeric[index] = (shifted[0] - shifted[1]) / (2 * eps)
            pair.append(numeric)
        grads.append(tuple(pair))
    return grads


def away_from_kinks(rng, n, sizes, margin=1e-3):
    """A small problem whose hidden pre-activations all stay at least ``margin`` from 0 (ReLU's kink)."""
    for _ in range(100):
        params, X, y = make_problem(rng, n, sizes)
        _, pre = layer_trace(params, X)
        if all(np.min(np.abs(Z)) > margin for Z in pre[:-1]):
            return params, X, y
    raise RuntimeError("could not draw a problem away from the ReLU kinks")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# softmax
# ---------------------------------------------------------------------------------------------

OVERFLOW_HINT = ("np.exp overflows for large logits: subtract each row's maximum first "
                 "(softmax(z) = softmax(z − max z)), so every exponent is ≤ 0")
ROW_MAX_HINT = ("subtract each row's own maximum (Z.max(axis=1, keepdims=True)), not the maximum of the whole "
                "matrix: a row far below the global maximum underflows to 0 / 0")


def softmax_hints(Z):
    E = np.exp(Z - Z.max())
    return [
        (np.exp(Z - Z.max(axis=0)) / np.exp(Z - Z.max(axis=0)).sum(axis=0), "you normalised the columns; the "
         "softmax works row by row (axis=1, keepdims=True)"),
        (E / E.sum(), "divide each row by its own sum, not by the sum of the whole matrix"),
        (np.exp(Z - Z.max(axis=1, keepdims=True)), "the rows do not sum to 1: divide by the row sums"),
    ]


@pytest.mark.exercise("softmax")
class TestSoftmax:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, k) array and leaves Z unchanged"""
        Z = rng.normal(size=(13, 4)) * 3
        P, (Z_after,) = learner.softmax.call_checking_inputs(Z.copy())
        assert_shape(P, (13, 4), "the probabilities", describe(Z=Z))
        assert_unchanged((Z,), (Z_after,), ["Z"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(7, 3), (50, 10), (1, 6)], ids=["7x3", "50x10", "1x6"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on random logits"""
        Z = rng.normal(size=shape) * 4
        assert_close(learner.softmax(Z), ref.softmax(Z), what="softmax(Z)", inputs=describe(Z=Z), rtol=1e-12,
                     hints=softmax_hints(Z))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.special.softmax(Z, axis=1)"""
        Z = rng.normal(size=(40, 5)) * 10
        assert_close(learner.softmax(Z), scipy_softmax(Z, axis=1), what="softmax(Z)", inputs=describe(Z=Z),
                     rtol=1e-12, hints=softmax_hints(Z))

    @pytest.mark.points(1)
    def test_large_logits(self, learner, rng):
        """stays finite and exact for logits between 500 and 1000 (no overflow in exp)"""
        Z = rng.uniform(500.0, 1000.0, size=(20, 6))
        inputs = describe(Z=Z) + " with entries in [500, 1000]"
        P = learner_call(lambda: learner.softmax(Z), f"softmax on {inputs}", OVERFLOW_HINT)
        assert_finite(P, "softmax(Z)", inputs)
        assert_close(P, ref.softmax(Z), what="softmax(Z)", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    def test_rows_of_different_scale(self, learner, rng):
        """handles rows on very different scales in one batch (logits near +1000 and near -1000)"""
        Z = rng.uniform(500.0, 1000.0, size=(12, 5))
        Z[1::2] -= 1500.0  # every other row lives in [-1000, -500]
        inputs = describe(Z=Z) + " with rows in [500, 1000] and rows in [-1000, -500]"
        try:
            P = learner.softmax(Z)
        except LearnerRaised as raised:
            if not raised.is_a("Warning", "FloatingPointError", "ArithmeticError"):
                raise
            hint = OVERFLOW_HINT if "overflow" in raised.exc_message else ROW_MAX_HINT
            raise CheckFailed(f"softmax on {inputs}: {raised}\nHint: {hint}") from None
        P = assert_shape(P, Z.shape, "softmax(Z)", inputs)
        if not np.isfinite(P).all() or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-6):
            raise CheckFailed(f"softmax(Z) has rows that are not probabilities (NaN, inf or not summing to 1) "
                              f"for {inputs}\nHint: {ROW_MAX_HINT}")
        assert_close(P, ref.softmax(Z), what="softmax(Z)", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        Z = rng.normal(size=(2000, 20)) * 3
        speed.check(learner.softmax, (Z,), max_ratio=8, inputs=describe(Z=Z),
                    hint="take the max, exp and sum of all rows at once (axis=1, keepdims=True) instead of "
                         "looping over the rows")


# ---------------------------------------------------------------------------------------------
# forward
# ---------------------------------------------------------------------------------------------

DEPTHS = {  # hidden layers -> (n, layer sizes): n, d, widths and k all differ
    0: (23, [6, 4]),
    1: (31, [5, 9, 3]),
    2: (26, [7, 10, 6, 4]),
    3: (17, [4, 8, 7, 5, 3]),
}


def forward_hints(params, X):
    _, pre = layer_trace(params, X)
    no_bias = [(W, np.zeros_like(b)) for W, b in params]
    return [
        (ref.softmax(relu(pre[-1])), "you applied the ReLU to the output layer too; the last layer's logits go "
                                     "straight into the softmax"),
        (ref.forward(no_bias, X), "the biases are missing: each layer computes A @ W + b"),
        (relu(pre[-1]), "the output should be softmax probabilities, not the last layer's activations"),
        (pre[-1], "apply the softmax to the last layer's logits"),
    ]


@pytest.mark.exercise("forward")
class TestForward:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n, k) probabilities and leaves params and X unchanged"""
        params, X, _ = make_problem(rng, 11, [5, 8, 3])
        args = (copy_params(params), X.copy())
        P, (params_after, X_after) = learner.forward.call_checking_inputs(*args)
        assert_shape(P, (11, 3), "the probabilities", describe_net(params, X))
        assert_params_unchanged(params, params_after)
        assert_unchanged((X,), (X_after,), ["X"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("hidden", sorted(DEPTHS), ids=[f"{h}-hidden" for h in sorted(DEPTHS)])
    def test_matches_reference(self, learner, rng, hidden):
        """matches the reference for 0 to 3 hidden layers"""
        n, sizes = DEPTHS[hidden]
        params, X, _ = make_problem(rng, n, sizes)
        assert_close(learner.forward(params, X), ref.forward(params, X), what="the probability matrix P",
                     inputs=describe_net(params, X), rtol=1e-10, hints=forward_hints(params, X))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's MLPClassifier(activation="relu") given the same weights"""
        params, X, _ = make_problem(rng, 30, [7, 10, 6, 4])
        oracle = MLPClassifier(hidden_layer_sizes=(10, 6), activation="relu", max_iter=1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # one iteration does not converge, on purpose
            oracle.fit(X, np.arange(30) % 4)
        oracle.coefs_ = [W.copy() for W, _ in params]
        oracle.intercepts_ = [b.copy() for _, b in params]
        assert_close(learner.forward(params, X), oracle.predict_proba(X), what="the probability matrix P",
                     inputs=describe_net(params, X), rtol=1e-10, hints=forward_hints(params, X))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        params, X, _ = make_problem(rng, 2000, [20, 32, 5])
        speed.check(learner.forward, (params, X), max_ratio=8, inputs=describe_net(params, X),
                    hint="each layer is one matrix product A @ W + b over all samples; do not loop over samples")


# ---------------------------------------------------------------------------------------------
# loss_and_gradients
# ---------------------------------------------------------------------------------------------

def unpack_loss_and_gradients(result, inputs):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"return a tuple (loss, grads) (for {inputs})")
    return as_float(result[0], "the loss"), result[1]


def loss_hints(params, X, y, expected):
    n, k = X.shape[0], params[-1][0].shape[1]
    return [
        (expected * n, "this is the sum over samples; the loss is the mean (divide by n)"),
        (expected / k, "you averaged over all n·k entries of Y log P; average over the n samples only"),
        (-expected, "the cross-entropy is minus the mean log-probability of the true class"),
    ]


@pytest.mark.exercise("loss_and_gradients", banned=AUTOGRAD)
class TestLossAndGradients:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (loss, grads) with grads shaped like params, and leaves params, X and y unchanged"""
        params, X, y = make_problem(rng, 12, [5, 7, 4, 3])
        inputs = describe_net(params, X)
        result, (params_after, X_after, y_after) = learner.loss_and_gradients.call_checking_inputs(
            copy_params(params), X.copy(), y.copy())
        _, grads = unpack_loss_and_gradients(result, inputs)
        as_pairs(grads, params, "grads", inputs)
        assert_params_unchanged(params, params_after)
        assert_unchanged((X, y), (X_after, y_after), ["X", "y"])

    @pytest.mark.points(1)
    def test_loss_matches_reference(self, learner, rng):
        """the loss matches the reference (3 hidden layers)"""
        params, X, y = make_problem(rng, *DEPTHS[3])
        inputs = describe_net(params, X)
        loss, _ = unpack_loss_and_gradients(learner.loss_and_gradients(params, X, y), inputs)
        expected = ref.loss_and_gradients(params, X, y)[0]
        assert_close(np.asarray(loss), expected, what="the loss", inputs=inputs, rtol=1e-10,
                     hints=loss_hints(params, X, y, expected))

    @pytest.mark.points(1)
    def test_loss_matches_sklearn(self, learner, rng):
        """the loss agrees with sklearn.metrics.log_loss of the network's probabilities"""
        params, X, y = make_problem(rng, *DEPTHS[1])
        inputs = describe_net(params, X)
        loss, _ = unpack_loss_and_gradients(learner.loss_and_gradients(params, X, y), inputs)
        k = params[-1][0].shape[1]
        expected = log_loss(y, ref.forward(params, X), labels=np.arange(k))
        assert_close(np.asarray(loss), expected, what="the loss", inputs=inputs, rtol=1e-9,
                     hints=loss_hints(params, X, y, expected))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("hidden", [1, 2, 3], ids=["1-hidden", "2-hidden", "3-hidden"])
    def test_gradients_match_reference(self, learner, rng, hidden):
        """the gradients match the reference"""
        params, X, y = make_problem(rng, *DEPTHS[hidden])
        inputs = describe_net(params, X)
        _, grads = unpack_loss_and_gradients(learner.loss_and_gradients(params, X, y), inputs)
        check_gradients(grads, params, X, y, ref.loss_and_gradients(params, X, y)[1], inputs, rtol=1e-8)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("hidden", [0, 2], ids=["0-hidden", "2-hidden"])
    def test_finite_differences(self, learner, rng, hidden):
        """the gradients agree with centred finite differences of the loss"""
        params, X, y = away_from_kinks(rng, 9 if hidden else 8, [4, 3] if hidden == 0 else [3, 5, 4, 3])
        inputs = describe_net(params, X)
        _, grads = unpack_loss_and_gradients(learner.loss_and_gradients(params, X, y), inputs)
        check_gradients(grads, params, X, y, finite_difference_gradients(params, X, y), inputs, rtol=1e-6,
                        source="finite differences")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        params, X, y = make_problem(rng, 2000, [20, 32, 5])
        speed.check(learner.loss_and_gradients, (params, X, y), max_ratio=8, inputs=describe_net(params, X),
                    hint="backpropagate the whole batch at once (dW = A_prevᵀ dZ sums over the samples for you); "
                         "do not loop over samples")


# ---------------------------------------------------------------------------------------------
# numerical_gradient
# ---------------------------------------------------------------------------------------------

def difference_hints(f, x, eps=1e-6):
    """Results of the usual finite-difference mistakes for ``f`` at ``x``."""
    x = np.asarray(x, dtype=float)
    f0 = f(x)
    forward, backward, centred = np.zeros_like(x), np.zeros_like(x), np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += eps
        minus[index] -= eps
        forward[index] = (f(plus) - f0) / eps
        backward[index] = (f0 - f(minus)) / eps
        centred[index] = (f(plus) - f(minus)) / (2 * eps)
    return [
        (forward, "this is the forward difference (f(x + eps·e_i) − f(x)) / eps, whose error grows like "
                  "eps·f''/2; use the centred difference (f(x + eps·e_i) − f(x − eps·e_i)) / (2·eps)"),
        (backward, "this is the backward difference (f(x) − f(x − eps·e_i)) / eps; use the centred difference "
                   "(f(x + eps·e_i) − f(x − eps·e_i)) / (2·eps)"),
        (2 * centred, "your gradient is twice too large: the two points x ± eps·e_i are 2·eps apart, "
                      "so divide by 2·eps"),
        (centred / 2, "your gradient is half the right size: divide the difference by 2·eps, not 4·eps"),
    ]


def check_numerical_gradient(result, x, expected, f, inputs, rtol, eps=1e-6, extra_hints=()):
    result = assert_shape(result, x.shape, "the gradient", inputs)
    # A hint is only shown where its mistake is clearly apart from the right answer (hints match within 1e-6).
    hints = [(candidate, hint) for candidate, hint in list(extra_hints) + difference_hints(f, x, eps)
             if relative_error(candidate, expected) > 1e-5]
    assert_close(result, expected, what="the numerical gradient", inputs=inputs, rtol=rtol, hints=hints)


@pytest.mark.exercise("numerical_gradient")
class TestNumericalGradient:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array shaped like x (here 2-D) and leaves x unchanged"""
        x = rng.normal(size=(3, 4))
        inputs = describe(x=x)
        grad, (_, x_after) = learner.numerical_gradient.call_checking_inputs(SmoothNonlinear(), x.copy())
        grad = as_float_array(grad)
        if grad.shape != x.shape and grad.size == x.size:
            raise CheckFailed(f"the gradient should have the shape of x, {x.shape}, but has shape {grad.shape} "
                              f"(for {inputs})\nHint: return grad.reshape(x.shape), or fill an array made "
                              "with np.zeros_like(x)")
        assert_shape(grad, x.shape, "the gradient", inputs)
        if not np.array_equal(x, x_after):
            message = (f"your function modified its input x (for {inputs}): perturb a copy "
                       "(np.array(x, dtype=float)), or put each entry back after using it")
            if np.allclose(x, x_after, rtol=1e-12, atol=0):
                message += ("\nHint: x differs from the original only in the last digits: x[i] + eps − eps is not "
                            "always x[i] in floating point; save old = x[i] and restore x[i] = old")
            raise CheckFailed(message)

    @pytest.mark.points(1)
    def test_quadratic(self, learner, rng):
        """matches the exact gradient of a quadratic form ½ xᵀAx + bᵀx"""
        A, b, x = rng.normal(size=(6, 6)), rng.normal(size=6), rng.normal(size=6)
        f = QuadraticForm(A, b)
        inputs = describe(x=x) + ", f(x) = ½ xᵀAx + bᵀx"
        check_numerical_gradient(learner.numerical_gradient(f, x), x, f.gradient(x), f, inputs, rtol=1e-7)

    @pytest.mark.points(1)
    def test_nonlinear_2d(self, learner, rng):
        """matches the exact gradient of a non-quadratic function of a 2-D array"""
        x = rng.normal(size=(4, 3))
        f = SmoothNonlinear()
        inputs = describe(x=x) + ", f(X) = Σ sin(X)·exp(−X²/10) + (Σ X)²"
        check_numerical_gradient(learner.numerical_gradient(f, x), x, f.gradient(x), f, inputs, rtol=1e-7)

    @pytest.mark.points(1)
    def test_uses_eps(self, learner, rng):
        """uses the given eps (here 0.1, on a 3-D x), like the reference"""
        x = rng.normal(size=(2, 3, 2))
        f = SmoothNonlinear()
        inputs = describe(x=x, eps=0.1)
        default = ref.numerical_gradient(f, x)
        check_numerical_gradient(learner.numerical_gradient(f, x, 0.1), x, ref.numerical_gradient(f, x, 0.1), f,
                                 inputs, rtol=1e-9, eps=0.1,
                                 extra_hints=[(default, "this is the result for eps = 1e-6: use the eps argument")])

    @pytest.mark.points(1)
    def test_strong_curvature(self, learner, rng):
        """stays accurate where f curves strongly (large second derivative)"""
        M = rng.normal(size=(5, 5))
        A = 1e3 * (M @ M.T / 5 + np.eye(5))
        x = 1e-3 * rng.normal(size=5)
        f = QuadraticForm(A, np.zeros(5))
        inputs = describe(x=x) + ", f(x) = ½ xᵀAx with ‖A‖ ≈ 1e3"
        check_numerical_gradient(learner.numerical_gradient(f, x), x, f.gradient(x), f, inputs, rtol=1e-7)

    @pytest.mark.points(1)
    def test_integer_x(self, learner, rng):
        """works for an integer array x (converted to float)"""
        x = rng.integers(-3, 4, size=(2, 3))
        f = SmoothNonlinear()
        inputs = describe(x=x) + " of dtype int64"
        hint = "convert x to floats first: np.array(x, dtype=float)"
        grad = learner_call(lambda: learner.numerical_gradient(f, x), f"numerical_gradient on {inputs}", hint,
                            errors=NUMERIC_ERRORS + ("TypeError",))
        try:
            check_numerical_gradient(grad, x, f.gradient(x), f, inputs, rtol=1e-7, extra_hints=[
                (np.zeros(x.shape), "your gradient is zero: in an integer array x[i] = x[i] + eps rounds back to "
                                    "x[i]; work on np.array(x, dtype=float)"),
            ])
        except CheckFailed as failed:
            if "Hint:" in str(failed):
                raise
            raise CheckFailed(f"{failed}\nHint: x holds integers here, and x[i] = x[i] ± eps is rounded to an "
                              f"integer in an integer array; {hint}") from None


def as_float_array(value):
    if isinstance(value, np.ndarray):
        return value
    raise CheckFailed(f"the gradient should be a NumPy array, but your function returned {type(value).__name__}")


# ---------------------------------------------------------------------------------------------
# train
# ---------------------------------------------------------------------------------------------

DIVERGED_HINT = ("the training blew up (huge logits make exp under- or overflow): check that each step goes "
                 "against the gradient, W = W - lr * dW, and that the gradients are right")


def run_train(learner, params, X, y, config, inputs):
    """``learner.train(params, X, y, *config)``, with a hint if the training diverges numerically."""
    return learner_call(lambda: learner.train(params, X, y, *config), f"train on {inputs}", DIVERGED_HINT)


def accuracy(params, X, y):
    return float(np.mean(np.argmax(ref.forward(params, X), axis=1) == y))


def unpack_train(result, params, inputs):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"return a tuple (params, losses) (for {inputs})")
    trained = as_pairs(result[0], params, "the trained params", inputs)
    for layer, (W, b) in enumerate(trained, start=1):
        if not (np.isfinite(W).all() and np.isfinite(b).all()):
            raise CheckFailed(f"the trained params of layer {layer} contain NaN or inf (for {inputs})\nHint: "
                              f"{DIVERGED_HINT}")
    losses = result[1]
    if isinstance(losses, (list, tuple)):
        try:
            losses = np.array(losses, dtype=float)
        except (TypeError, ValueError):
            raise CheckFailed("losses should be an array of numbers, one per epoch") from None
    losses = assert_finite(losses, "the losses", inputs)
    if losses.ndim != 1:
        raise CheckFailed(f"losses should be 1-D, one number per epoch, but has shape {losses.shape}")
    return trained, losses


def check_learns(learner, params, X, y, config, inputs, need, dataset, linear):
    """Train with ``config`` and require a training accuracy of at least ``need``."""
    trained, _ = unpack_train(run_train(learner, params, X, y, config, inputs), params, inputs)
    score = accuracy(trained, X, y)
    if score < need:
        raise CheckFailed(f"after training on {dataset} ({inputs}), the network classifies {score:.0%} of the "
                          f"training samples correctly; it should reach at least {need:.0%} (a linear model "
                          f"gets about {linear:.0%})")


@pytest.mark.exercise("train")
class TestTrain:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (params shaped like the input, one loss per epoch) and leaves params, X and y unchanged"""
        X, y = spiral(rng, 10, 3)
        params = init_params(rng, [2, 6, 3])
        inputs = describe_net(params, X) + ", epochs = 3, batch_size = 8"
        args = (copy_params(params), X.copy(), y.copy(), 0.1, 3, 8, 0)
        result, after = learner.train.call_checking_inputs(*args)
        _, losses = unpack_train(result, params, inputs)
        if losses.shape != (3,):
            raise CheckFailed(f"losses should have one entry per epoch, shape (3,), but has shape {losses.shape} "
                              f"(for {inputs})")
        assert_params_unchanged(params, after[0], training=True)
        assert_unchanged((X, y), after[1:3], ["X", "y"])

    @pytest.mark.points(2)
    def test_full_batch_matches_reference(self, learner, rng):
        """with batch_size = n (full-batch gradient descent) it matches the reference"""
        X, y = two_moons(rng, 40)
        params = init_params(rng, [2, 8, 8, 2])
        config = (0.1, 3, 40, 1)  # lr, epochs, batch_size, seed
        inputs = describe_net(params, X) + ", lr = 0.1, epochs = 3, batch_size = 40"
        trained, _ = unpack_train(run_train(learner, params, X, y, config, inputs), params, inputs)
        expected = ref.train(params, X, y, *config)[0]
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # going uphill may blow up; it is only a hint
            uphill = ref.train(params, X, y, -config[0], *config[1:])[0]
        once = ref.train(params, X, y, config[0], 1, *config[2:])[0]
        for layer in range(len(params) - 1, -1, -1):
            for part, name in ((0, "W"), (1, "b")):
                assert_close(trained[layer][part], expected[layer][part], what=f"the trained {name} of layer "
                             f"{layer + 1}", inputs=inputs, rtol=1e-8, hints=[
                                 (uphill[layer][part], "you stepped uphill: a step goes against the gradient, "
                                                       "W = W - lr * dW"),
                                 (params[layer][part], "the parameters did not change: apply the update to the "
                                                       "params you return"),
                                 (once[layer][part], "this is the result of a single step: run `epochs` epochs"),
                             ])

    @pytest.mark.points(1)
    def test_loss_decreases(self, learner, rng):
        """the loss goes down over the epochs (one loss per epoch)"""
        X, y = two_moons(rng, 100)
        params = init_params(rng, [2, 16, 2], bias_scale=0.0)
        inputs = describe_net(params, X) + ", lr = 0.2, epochs = 10, batch_size = 10"
        _, losses = unpack_train(run_train(learner, params, X, y, (0.2, 10, 10, 3), inputs), params, inputs)
        if losses.shape != (10,):
            raise CheckFailed(f"losses should have one entry per epoch, shape (10,), but has shape {losses.shape} "
                              f"(for {inputs})")
        if not losses[-1] < losses[0]:
            hint = ("the loss did not move at all: are the updated params used for the next batch, and returned?"
                    if np.allclose(losses, losses[0], rtol=1e-12, atol=0) else
                    "a step goes against the gradient: W = W - lr * dW")
            raise CheckFailed(f"the loss did not go down (first epoch {losses[0]:.3g}, last {losses[-1]:.3g}) for "
                              f"{inputs}\nHint: {hint}")

    @pytest.mark.points(2)
    def test_learns_two_moons(self, learner, rng):
        """learns the two-moons data set (not linearly separable) to at least 95% accuracy"""
        X, y = two_moons(rng, 200, noise=0.1)
        params = init_params(rng, [2, 16, 16, 2], bias_scale=0.0)
        inputs = describe_net(params, X) + ", lr = 0.2, epochs = 40, batch_size = 16"
        check_learns(learner, params, X, y, (0.2, 40, 16, 7), inputs, 0.95, "two moons", 0.88)

    @pytest.mark.points(1)
    def test_learns_spiral(self, learner, rng):
        """learns a three-arm spiral to at least 85% accuracy"""
        X, y = spiral(rng, 60, 3, noise=0.2)
        params = init_params(rng, [2, 32, 32, 3], bias_scale=0.0)
        inputs = describe_net(params, X) + ", lr = 0.3, epochs = 80, batch_size = 20"
        check_learns(learner, params, X, y, (0.3, 80, 20, 11), inputs, 0.85, "the spiral", 0.55)

    @pytest.mark.points(1)
    def test_reproducible(self, learner, rng):
        """the same seed gives the same result"""
        X, y = two_moons(rng, 60)
        params = init_params(rng, [2, 8, 2])
        inputs = describe_net(params, X) + ", seed = 5"
        first, _ = unpack_train(run_train(learner, params, X, y, (0.1, 3, 7, 5), inputs), params, inputs)
        second, _ = unpack_train(run_train(learner, params, X, y, (0.1, 3, 7, 5), inputs), params, inputs)
        for layer, (a, b) in enumerate(zip(first, second), start=1):
            for part, name in ((0, "W"), (1, "b")):
                if not np.allclose(a[part], b[part], rtol=1e-12, atol=0):
                    raise CheckFailed(f"two runs with the same seed gave different {name} of layer {layer} "
                                      f"({inputs})\nHint: shuffle with rng = np.random.default_rng(seed), created "
                                      "inside train, not with np.random.shuffle or an unseeded generator")
