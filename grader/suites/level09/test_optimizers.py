"""Hidden suite for exercises/level09/optimizers.py."""

import math
from functools import partial

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_shape, \
    assert_unchanged, describe
from mlgrade.reference.level09 import optimizers as ref
from mlgrade.sandbox.callables.level09 import LeastSquaresGradient

MODULE = "optimizers"
KINDS = ["sgd_momentum", "rmsprop", "adagrad", "adam"]
HYPER = {"sgd_momentum": (0.05, 0.9, 0.999), "rmsprop": (0.01, 0.9, 0.9), "adagrad": (0.1, 0.9, 0.999),
         "adam": (0.02, 0.9, 0.999)}  # kind -> (lr, beta1, beta2)

WARNING_HINTS = {
    "divide by zero": "a division by 0: Adam's bias correction divides by 1 - β^t, which is 0 if t starts at 0; "
                      "count the steps from t = 1",
    "invalid value": "0/0 made a NaN: count Adam's steps from t = 1 and keep ε in the denominator",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


# -- known mistakes, replayed in the judge ------------------------------------------------------------
def mistaken_step(kind, w, g, state, lr, b1, b2, eps, mistake):
    """One step of ``kind`` with a known mistake ("no_bias_correction", "eps_inside", "dampened")."""
    state = state or {}
    if kind == "sgd_momentum":
        v = b1 * state.get("v", 0.0) + ((1 - b1) * g if mistake == "dampened" else g)
        return w - lr * v, {"v": v}
    if kind in ("rmsprop", "adagrad"):
        s = b2 * state.get("s", 0.0) + (1 - b2) * g * g if kind == "rmsprop" else state.get("s", 0.0) + g * g
        denom = np.sqrt(s + eps) if mistake == "eps_inside" else np.sqrt(s) + eps
        return w - lr * g / denom, {"s": s}
    t = state.get("t", 0) + 1
    m = b1 * state.get("m", 0.0) + (1 - b1) * g
    v = b2 * state.get("v", 0.0) + (1 - b2) * g * g
    m_hat, v_hat = (m, v) if mistake == "no_bias_correction" else (m / (1 - b1**t), v / (1 - b2**t))
    denom = np.sqrt(v_hat + eps) if mistake == "eps_inside" else np.sqrt(v_hat) + eps
    return w - lr * m_hat / denom, {"m": m, "v": v, "t": t}


MISTAKES = {
    "no_bias_correction": "your Adam steps match Adam without bias correction: divide m by 1 - β1^t and v by "
                          "1 - β2^t, with t = 1 on the first step",
    "eps_inside": "your steps match ε inside the square root, √(v + ε): ε goes outside, √v + ε",
    "dampened": "your momentum uses v ← β v + (1 - β) g; this method (PyTorch's) accumulates v ← β v + g",
}


def unpack_step(result, shape, inputs):
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed(f"optimizer_step should return a tuple (w_new, state), got {type(result).__name__} "
                          f"(for {inputs})")
    return assert_shape(result[0], shape, "w_new", inputs), result[1]


def quadratic(rng, shape):
    """A gradient g(w) = A w + b of an ill-scaled convex quadratic on w of any shape."""
    d = int(np.prod(shape))
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    A = Q @ np.diag(np.geomspace(0.05, 5.0, d)) @ Q.T
    b = rng.normal(size=d)
    return lambda w: (A @ w.ravel() + b).reshape(shape)


def trajectory(step, kind, w0, gradient, steps, lr, b1, b2, eps=1e-8):
    """The iterates w_1 … w_steps and the gradients seen, for a step function with state."""
    w, state, path = w0, None, []
    for _ in range(steps):
        w, state = step(kind, w, gradient(w), state, lr, b1, b2, eps)
        path.append(w)
    return np.array(path)


def same_state(before, after):
    """True if two plain-data states are equal (arrays compared by value)."""
    if isinstance(before, dict):
        return isinstance(after, dict) and before.keys() == after.keys() and all(
            same_state(before[k], after[k]) for k in before)
    if isinstance(before, (list, tuple)):
        return len(before) == len(after) and all(same_state(a, b) for a, b in zip(before, after))
    return np.array_equal(np.asarray(before), np.asarray(after))


@pytest.mark.exercise("optimizer_step", banned=("torch",))
class TestOptimizerStep:
    @pytest.mark.points(0.25)
    @pytest.mark.parametrize("kind", KINDS)
    def test_shape_and_inputs(self, learner, rng, kind):
        """returns (w_new of w's shape, state) and modifies neither w, grad nor the state passed in"""
        w, g = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
        inputs = describe(w=w, kind=kind)
        result, after = call_quietly(learner.optimizer_step, kind, w.copy(), g.copy(), None, 0.1,
                                     inputs=inputs, checking_inputs=True)
        _, state = unpack_step(result, (4, 3), inputs)
        assert_unchanged((w, g), after[1:3], ["w", "grad"])
        result, after = call_quietly(learner.optimizer_step, kind, w.copy(), g.copy(), state, 0.1,
                                     inputs=inputs + " (second step)", checking_inputs=True)
        unpack_step(result, (4, 3), inputs)
        if not same_state(state, after[3]):
            raise CheckFailed(f"your function modified the state passed to it (for {inputs}): build new arrays "
                              "(m = beta1 * m + ...) instead of updating in place (m *= beta1)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("kind", "shape"), [("sgd_momentum", (7,)), ("rmsprop", (5, 3)), ("adagrad", (7,)),
                                                 ("adam", (5, 3))],
                             ids=["sgd_momentum-w7", "rmsprop-w5x3", "adagrad-w7", "adam-w5x3"])
    def test_matches_reference_trajectory(self, learner, rng, kind, shape):
        """30 steps on an ill-scaled quadratic follow the reference trajectory (rtol 1e-7)"""
        lr, b1, b2 = HYPER[kind]
        gradient = quadratic(rng, shape)
        w0 = rng.normal(size=shape)
        inputs = describe(w0=w0, kind=kind, lr=lr, beta1=b1, beta2=b2) + ", 30 steps"
        step = partial(call_quietly, learner.optimizer_step, inputs=inputs)
        actual = trajectory(lambda *a: unpack_step(step(*a), shape, inputs), kind, w0, gradient, 30, lr, b1, b2)
        expected = trajectory(ref.optimizer_step, kind, w0, gradient, 30, lr, b1, b2)
        hints = [(trajectory(partial(mistaken_step, mistake=m), kind, w0, gradient, 30, lr, b1, b2), text)
                 for m, text in MISTAKES.items()]
        assert_close(actual, expected, what="the iterates w_1 … w_30", inputs=inputs, rtol=1e-7, hints=hints)

    @pytest.mark.points(1)
    def test_adam_first_step(self, learner, rng):
        """Adam's first step (t = 1) is bias-corrected: about lr · sign(g) in every coordinate"""
        w, g = rng.normal(size=6), rng.normal(size=6) * np.geomspace(1e-3, 1e3, 6)
        inputs = describe(w=w, grad=g, kind="adam", lr=0.1)
        w1, _ = unpack_step(call_quietly(learner.optimizer_step, "adam", w, g, None, 0.1, inputs=inputs), (6,),
                            inputs)
        hints = [(mistaken_step("adam", w, g, None, 0.1, 0.9, 0.999, 1e-8, m)[0], text) for m, text in MISTAKES.items()]
        assert_close(w1, ref.optimizer_step("adam", w, g, None, 0.1)[0], what="w after one Adam step",
                     inputs=inputs, rtol=1e-12, hints=hints)

    @pytest.mark.points(0.5)
    @pytest.mark.parametrize("kind", ["rmsprop", "adam"])
    def test_tiny_gradients(self, learner, rng, kind):
        """ε is added outside the square root (visible with gradients of size 1e-10)"""
        lr, b1, b2 = HYPER[kind]
        w = rng.normal(size=5)
        inputs = describe(w=w, kind=kind) + " with gradients of size 1e-10, 5 steps"
        gradient = lambda w: 1e-10 * (w + 1.0)  # noqa: E731
        step = partial(call_quietly, learner.optimizer_step, inputs=inputs)
        actual = trajectory(lambda *a: unpack_step(step(*a), (5,), inputs), kind, w, gradient, 5, lr, b1, b2)
        hints = [(trajectory(partial(mistaken_step, mistake=m), kind, w, gradient, 5, lr, b1, b2), text)
                 for m, text in MISTAKES.items()]
        assert_close(actual, trajectory(ref.optimizer_step, kind, w, gradient, 5, lr, b1, b2),
                     what="the iterates", inputs=inputs, rtol=1e-9, hints=hints)

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for an unknown kind and for w and grad of different shapes"""
        assert_learner_raises(lambda: learner.optimizer_step("nesterov", np.zeros(3), np.zeros(3), None, 0.1),
                              "ValueError", what="kind = 'nesterov'")
        assert_learner_raises(lambda: learner.optimizer_step("adam", np.zeros(3), np.zeros(4), None, 0.1),
                              "ValueError", what="w of shape (3,) and grad of shape (4,)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation (Adam on 100 000 parameters)"""
        w, g = rng.normal(size=100_000), rng.normal(size=100_000)
        speed.check(learner.optimizer_step, ("adam", w, g, None, 0.01), max_ratio=8,
                    inputs=describe(w=w, kind="adam"),
                    hint="every update is elementwise: whole-array arithmetic, no loop over the entries of w")


# -- lr_schedule ------------------------------------------------------------------------------------------
SCHEDULES = {
    "step": dict(step_size=7, gamma=0.5),
    "exponential": dict(gamma=0.97),
    "cosine": dict(total_steps=40, lr_min=0.001),
    "warmup_cosine": dict(total_steps=40, warmup_steps=6, lr_min=0.0),
}
STEPS = list(range(0, 61))  # from step 0 to well past the end


def schedule_values(function, kind, lr0, steps, params):
    return np.array([as_float(function(kind, step, lr0, **params), f"lr_schedule({kind!r}, {step}, ...)")
                     for step in steps])


def schedule_hints(kind, lr0, params):
    """The known mistakes' schedules over STEPS."""
    hints = []
    if kind in ("cosine", "warmup_cosine"):
        T, W, low = params["total_steps"], params.get("warmup_steps", 0), params["lr_min"]
        unclamped = [lr0 * s / W if s < W else low + 0.5 * (lr0 - low) * (1 + math.cos(math.pi * (s - W) / (T - W)))
                     for s in STEPS]
        hints.append((unclamped, "past the end (step > total_steps) the cosine rises again: clamp the progress "
                                 "p = min(step, T) / T so the rate stays at lr_min"))
        if W:
            hints.append(([lr0 * (s + 1) / W if s < W else ref.lr_schedule(kind, s, lr0, **params) for s in STEPS],
                          "your warm-up is one step ahead: at step 0 the rate is lr0 · 0 / W = 0, and it reaches lr0 "
                          "at step W"))
    if kind == "step":
        hints.append(([lr0 * params["gamma"] ** round(s / params["step_size"]) for s in STEPS],
                      "the number of drops is ⌊step / step_size⌋ (integer division //), not a rounded quotient"))
        hints.append(([lr0 * params["gamma"] ** (s // params["step_size"] + 1) for s in STEPS],
                      "at step 0 the rate must be lr0: the first drop happens at step = step_size"))
    return hints


@pytest.mark.exercise("lr_schedule")
class TestLrSchedule:
    @pytest.mark.points(1)
    def test_returns_float(self, learner):
        """returns a single number for each kind"""
        for kind, params in SCHEDULES.items():
            as_float(learner.lr_schedule(kind, 3, 0.1, **params), f"lr_schedule({kind!r}, 3, 0.1, ...)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("kind", list(SCHEDULES))
    def test_matches_reference(self, learner, kind):
        """the whole schedule, from step 0 to past the end, matches the closed form"""
        params = SCHEDULES[kind]
        inputs = describe(kind=kind, lr0=0.3, **params) + ", steps 0 … 60"
        assert_close(schedule_values(learner.lr_schedule, kind, 0.3, STEPS, params),
                     schedule_values(ref.lr_schedule, kind, 0.3, STEPS, params), what="the learning rates",
                     inputs=inputs, rtol=1e-12, hints=schedule_hints(kind, 0.3, params))

    @pytest.mark.points(1)
    def test_landmarks(self, learner):
        """step 0, the middle and the end of the cosine schedules hit their closed-form values"""
        cases = [(("cosine", 0, 0.2), dict(total_steps=10), 0.2),
                 (("cosine", 5, 0.2), dict(total_steps=10, lr_min=0.02), 0.11),
                 (("cosine", 10, 0.2), dict(total_steps=10, lr_min=0.02), 0.02),
                 (("cosine", 1000, 0.2), dict(total_steps=10, lr_min=0.02), 0.02),
                 (("warmup_cosine", 0, 0.2), dict(total_steps=10, warmup_steps=4), 0.0),
                 (("warmup_cosine", 2, 0.2), dict(total_steps=10, warmup_steps=4), 0.1),
                 (("warmup_cosine", 4, 0.2), dict(total_steps=10, warmup_steps=4), 0.2),
                 (("step", 0, 0.2), dict(step_size=3, gamma=0.1), 0.2),
                 (("exponential", 0, 0.2), dict(gamma=0.5), 0.2)]
        for args, params, expected in cases:
            value = as_float(learner.lr_schedule(*args, **params), "the learning rate")
            if not abs(value - expected) <= 1e-12 * 0.2:
                raise CheckFailed(f"lr_schedule{args} with {describe(**params)} is off by {abs(value - expected):.2g}"
                                  + ("\nHint: step counts from 0; the rate at step 0 is lr0 (0 during warm-up)"
                                     if args[1] == 0 else
                                     "\nHint: after total_steps the cosine rate stays at lr_min" if args[1] > 10
                                     else ""))

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for a negative step, an unknown kind and a missing parameter"""
        assert_learner_raises(lambda: learner.lr_schedule("exponential", -1, 0.1, gamma=0.9), "ValueError",
                              what="step = -1")
        assert_learner_raises(lambda: learner.lr_schedule("linear", 3, 0.1), "ValueError", what="kind = 'linear'")
        assert_learner_raises(lambda: learner.lr_schedule("cosine", 3, 0.1), "ValueError",
                              what="the cosine schedule without total_steps")


# -- minibatch_sgd -----------------------------------------------------------------------------------------
def regression_data(rng, n, d, noise=0.1):
    X = rng.normal(size=(n, d))
    w_true = rng.normal(size=d)
    return X, X @ w_true + noise * rng.normal(size=n)


def sgd_dropping_last(grad_fn, w0, X, y, lr, n_epochs, batch_size):
    w = w0.copy()
    for _ in range(n_epochs):
        for start in range(0, len(y) - batch_size + 1, batch_size):
            w = w - lr * grad_fn(w, X[start:start + batch_size], y[start:start + batch_size])
    return w


@pytest.mark.exercise("minibatch_sgd")
class TestMinibatchSgd:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns w of shape (d,) and leaves w0, X and y unchanged"""
        X, y = regression_data(rng, 23, 4)
        w0 = rng.normal(size=4)
        args = (LeastSquaresGradient(), w0.copy(), X.copy(), y.copy(), 0.1, 2, 5)
        w, after = learner.minibatch_sgd.call_checking_inputs(*args)
        assert_shape(w, (4,), "w", describe(X=X))
        assert_unchanged((w0, X, y), after[1:4], ["w0", "X", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d", "batch_size", "epochs"), [(103, 5, 10, 3), (40, 7, 40, 4), (37, 3, 1, 2)],
                             ids=["103x5-batch10", "40x7-fullbatch", "37x3-batch1"])
    def test_matches_reference(self, learner, rng, n, d, batch_size, epochs):
        """the batches in row order give the reference's iterate (last partial batch included)"""
        X, y = regression_data(rng, n, d)
        w0 = rng.normal(size=d)
        grad_fn = LeastSquaresGradient()
        inputs = describe(X=X, batch_size=batch_size, n_epochs=epochs, lr=0.05)
        expected = ref.minibatch_sgd(grad_fn, w0, X, y, 0.05, epochs, batch_size)
        assert_close(learner.minibatch_sgd(grad_fn, w0, X, y, 0.05, epochs, batch_size), expected,
                     what="w after training", inputs=inputs, rtol=1e-10, hints=[
                         (sgd_dropping_last(grad_fn, w0, X, y, 0.05, epochs, batch_size),
                          f"the last batch ({n % batch_size} rows when n = {n}, batch_size = {batch_size}) was "
                          "dropped: range(0, n, batch_size) reaches it, X[start:start + batch_size] stops at n"),
                         (ref.minibatch_sgd(grad_fn, w0, X, y, 0.05 / batch_size, epochs, batch_size),
                          "the step is lr · grad_fn(...): grad_fn already averages over the batch, do not divide "
                          "by the batch size again"),
                     ])

    @pytest.mark.points(1)
    def test_converges_to_least_squares(self, learner, rng):
        """converges to the closed-form least-squares solution (full batch, and shuffled mini-batches)"""
        X, y = regression_data(rng, 60, 4, noise=0.3)
        grad_fn, w0 = LeastSquaresGradient(), np.zeros(4)
        w_star = np.linalg.lstsq(X, y, rcond=None)[0]
        assert_close(learner.minibatch_sgd(grad_fn, w0, X, y, 0.3, 400, 60), w_star,
                     what="w after 400 full-batch epochs vs lstsq", inputs=describe(X=X, batch_size=60), rtol=1e-8)
        y_exact = X @ w_star  # a consistent system: stochastic gradients vanish at the solution
        assert_close(learner.minibatch_sgd(grad_fn, w0, X, y_exact, 0.1, 300, 8, 7), w_star,
                     what="w after 300 shuffled epochs vs the exact solution",
                     inputs=describe(X=X, batch_size=8, seed=7), rtol=1e-6)

    @pytest.mark.points(1)
    def test_bad_input(self, learner, rng):
        """raises ValueError for batch_size 0 and for X and y of different lengths"""
        X, y = regression_data(rng, 10, 2)
        assert_learner_raises(lambda: learner.minibatch_sgd(LeastSquaresGradient(), np.zeros(2), X, y, 0.1, 1, 0),
                              "ValueError", what="batch_size = 0")
        assert_learner_raises(lambda: learner.minibatch_sgd(LeastSquaresGradient(), np.zeros(2), X, y[:9], 0.1, 1,
                                                            2), "ValueError", what="10 rows in X and 9 in y")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """calls grad_fn once per batch, not once per sample"""
        X, y = regression_data(rng, 20_000, 10)
        speed.check(learner.minibatch_sgd, (LeastSquaresGradient(), np.zeros(10), X, y, 0.01, 2, 500), max_ratio=8,
                    inputs=describe(X=X, batch_size=500, n_epochs=2),
                    hint="give grad_fn the whole batch X[batch], y[batch] in one call; a loop over the samples of "
                         "a batch is the usual cause")
