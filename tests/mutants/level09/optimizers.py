"""Plausible versions of exercises/level09/optimizers.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "optimizer_step__adam_no_bias_correction": ("failed", "without bias correction"),
    "optimizer_step__eps_inside_sqrt": ("failed", "inside the square root"),
    "optimizer_step__momentum_dampened": ("failed", "β v + g"),
    "optimizer_step__updates_state_in_place": ("failed", "modified the state"),
    "optimizer_step__loop_over_entries": ("too_slow", "elementwise"),
    "optimizer_step__calls_torch": ("forbidden", "torch"),
    "optimizer_step__sutskever_momentum_and_tuple_state": ("passed", None),
    "lr_schedule__cosine_not_clamped": ("failed", "past the end"),
    "lr_schedule__warmup_one_step_ahead": ("failed", "one step ahead"),
    "lr_schedule__step_rounds": ("failed", "integer division"),
    "lr_schedule__cosine_squared_form": ("passed", None),
    "minibatch_sgd__drops_last_batch": ("failed", "was dropped"),
    "minibatch_sgd__divides_lr_by_batch": ("failed", "do not divide"),
    "minibatch_sgd__per_sample_gradients": ("too_slow", "whole batch"),
    "minibatch_sgd__modifies_w0": ("failed", "modified its input w0"),
    "minibatch_sgd__array_split_views": ("passed", None),
}

# This file is appended to the teaching solution: these names are the solution's own functions,
# captured before a mutant takes over the exercise's name (calling the name itself would recurse).
_solution_optimizer_step = globals().get("optimizer_step")
_solution_lr_schedule = globals().get("lr_schedule")
_solution_minibatch_sgd = globals().get("minibatch_sgd")


def _adam_like(w, grad, state, lr, beta1, beta2, eps, correct=True, inside=False):
    state = state or {}
    t = state.get("t", 0) + 1
    m = beta1 * state.get("m", 0.0) + (1 - beta1) * grad
    v = beta2 * state.get("v", 0.0) + (1 - beta2) * grad**2
    m_hat, v_hat = (m / (1 - beta1**t), v / (1 - beta2**t)) if correct else (m, v)
    denom = np.sqrt(v_hat + eps) if inside else np.sqrt(v_hat) + eps
    return w - lr * m_hat / denom, {"m": m, "v": v, "t": t}


def optimizer_step__adam_no_bias_correction(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    if kind != "adam":
        return _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)
    return _adam_like(np.asarray(w, float), np.asarray(grad, float), state, lr, beta1, beta2, eps, correct=False)


def optimizer_step__eps_inside_sqrt(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    if kind == "adam":
        return _adam_like(np.asarray(w, float), np.asarray(grad, float), state, lr, beta1, beta2, eps, inside=True)
    if kind == "rmsprop":
        s = beta2 * (state or {}).get("s", 0.0) + (1 - beta2) * grad**2
        return w - lr * grad / np.sqrt(s + eps), {"s": s}
    return _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)


def optimizer_step__momentum_dampened(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    if kind != "sgd_momentum":
        return _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)
    v = beta1 * (state or {}).get("v", 0.0) + (1 - beta1) * grad
    return w - lr * v, {"v": v}


def optimizer_step__updates_state_in_place(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    if kind != "adam" or state is None:
        return _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)
    state["t"] += 1
    state["m"] *= beta1
    state["m"] += (1 - beta1) * grad
    state["v"] *= beta2
    state["v"] += (1 - beta2) * grad**2
    t = state["t"]
    return w - lr * (state["m"] / (1 - beta1**t)) / (np.sqrt(state["v"] / (1 - beta2**t)) + eps), state


def optimizer_step__loop_over_entries(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    if kind != "adam":
        return _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)
    w, grad = np.asarray(w, float), np.asarray(grad, float)
    if w.shape != grad.shape:
        raise ValueError("w and grad differ in shape")
    state = state or {"m": np.zeros_like(w), "v": np.zeros_like(w), "t": 0}
    t = state["t"] + 1
    m, v, new = np.empty_like(w), np.empty_like(w), np.empty_like(w)
    for i in np.ndindex(w.shape):
        m[i] = beta1 * state["m"][i] + (1 - beta1) * grad[i]
        v[i] = beta2 * state["v"][i] + (1 - beta2) * grad[i] ** 2
        new[i] = w[i] - lr * (m[i] / (1 - beta1**t)) / (math.sqrt(v[i] / (1 - beta2**t)) + eps)
    return new, {"m": m, "v": v, "t": t}


def optimizer_step__calls_torch(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    import torch

    return torch.optim.Adam, _solution_optimizer_step(kind, w, grad, state, lr, beta1, beta2, eps)


def optimizer_step__sutskever_momentum_and_tuple_state(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    # Right but different: momentum as u ← β u - lr g, w ← w + u (the same iterates for a constant lr),
    # and the state as a tuple instead of a dict.
    w, g = np.asarray(w, dtype=float), np.asarray(grad, dtype=float)
    if kind not in ("sgd_momentum", "rmsprop", "adagrad", "adam") or w.shape != g.shape:
        raise ValueError("bad kind or shapes")
    if kind == "sgd_momentum":
        u = (beta1 * state[0] if state else 0.0) - lr * g
        return w + u, (u,)
    if kind == "adam":
        t, m, v = state if state else (0, np.zeros_like(w), np.zeros_like(w))
        t, m, v = t + 1, beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g * g
        step_size = lr / (1 - beta1**t)
        return w - step_size * m / (np.sqrt(v) / math.sqrt(1 - beta2**t) + eps), (t, m, v)
    s = state[0] if state else np.zeros_like(w)
    s = beta2 * s + (1 - beta2) * g * g if kind == "rmsprop" else s + g * g
    return w - lr * g / (np.sqrt(s) + eps), (s,)


def lr_schedule__cosine_not_clamped(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None,
                                    warmup_steps=0, lr_min=0.0):
    if kind not in ("cosine", "warmup_cosine"):
        return _solution_lr_schedule(kind, step, lr0, step_size=step_size, gamma=gamma)
    if step < 0 or total_steps is None:
        raise ValueError("bad")
    W = warmup_steps if kind == "warmup_cosine" else 0
    if step < W:
        return lr0 * step / W
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * (step - W) / (total_steps - W)))


def lr_schedule__warmup_one_step_ahead(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None,
                                       warmup_steps=0, lr_min=0.0):
    if kind == "warmup_cosine" and 0 <= step < warmup_steps:
        return lr0 * (step + 1) / warmup_steps
    return _solution_lr_schedule(kind, step, lr0, total_steps=total_steps, step_size=step_size, gamma=gamma,
                       warmup_steps=warmup_steps, lr_min=lr_min)


def lr_schedule__step_rounds(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None, warmup_steps=0,
                             lr_min=0.0):
    if kind == "step" and step >= 0:
        return lr0 * gamma ** round(step / step_size)
    return _solution_lr_schedule(kind, step, lr0, total_steps=total_steps, step_size=step_size, gamma=gamma,
                       warmup_steps=warmup_steps, lr_min=lr_min)


def lr_schedule__cosine_squared_form(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None,
                                     warmup_steps=0, lr_min=0.0):
    # Right but different: ½(1 + cos πp) = cos²(πp/2), and exp/log for the powers.
    if step < 0:
        raise ValueError("step must be >= 0")
    if kind == "step":
        if gamma is None or step_size is None:
            raise ValueError("step needs gamma and step_size")
        return lr0 * float(np.power(gamma, np.floor_divide(step, step_size)))
    if kind == "exponential":
        if gamma is None:
            raise ValueError("exponential needs gamma")
        return lr0 * math.exp(step * math.log(gamma))
    if kind in ("cosine", "warmup_cosine"):
        if total_steps is None:
            raise ValueError("cosine needs total_steps")
        W = warmup_steps if kind == "warmup_cosine" else 0
        if step < W:
            return step * (lr0 / W)
        p = min(1.0, (step - W) / (total_steps - W))
        return lr_min + (lr0 - lr_min) * math.cos(math.pi * p / 2) ** 2
    raise ValueError("unknown kind")


def _check_sgd(X, y, batch_size, n_epochs):
    if len(X) != len(y) or batch_size < 1 or n_epochs < 0:
        raise ValueError("bad arguments")


def minibatch_sgd__drops_last_batch(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    _check_sgd(X, y, batch_size, n_epochs)
    w = np.array(w0, dtype=float)
    rng = None if seed is None else np.random.default_rng(seed)
    n = len(y)
    for _ in range(n_epochs):
        order = np.arange(n) if rng is None else rng.permutation(n)
        for k in range(n // batch_size):
            batch = order[k * batch_size:(k + 1) * batch_size]
            w = w - lr * grad_fn(w, X[batch], y[batch])
    return w


def minibatch_sgd__divides_lr_by_batch(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    return _solution_minibatch_sgd(grad_fn, w0, X, y, lr / batch_size, n_epochs, batch_size, seed)


def minibatch_sgd__per_sample_gradients(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    _check_sgd(X, y, batch_size, n_epochs)
    w = np.array(w0, dtype=float)
    rng = None if seed is None else np.random.default_rng(seed)
    n = len(y)
    for _ in range(n_epochs):
        order = np.arange(n) if rng is None else rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            g = sum(grad_fn(w, X[i:i + 1], y[i:i + 1]) for i in batch) / len(batch)
            w = w - lr * g
    return w


def minibatch_sgd__modifies_w0(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    _check_sgd(X, y, batch_size, n_epochs)
    w = w0
    rng = None if seed is None else np.random.default_rng(seed)
    for _ in range(n_epochs):
        order = np.arange(len(y)) if rng is None else rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            batch = order[start:start + batch_size]
            w -= lr * grad_fn(w, X[batch], y[batch])
    return w


def minibatch_sgd__array_split_views(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    # Right but different: split the index array at multiples of batch_size (same batches, last one shorter).
    _check_sgd(X, y, batch_size, n_epochs)
    n = len(y)
    w = np.asarray(w0, dtype=float).copy()
    rng = np.random.default_rng(seed) if seed is not None else None
    for _ in range(n_epochs):
        order = rng.permutation(n) if rng is not None else np.arange(n)
        for batch in np.split(order, np.arange(batch_size, n, batch_size)):
            w -= lr * grad_fn(w, X[batch], y[batch])
    return w
