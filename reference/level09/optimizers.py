"""Reference optimisers, schedules and mini-batch SGD: the oracle and the speed baseline."""

import math

import numpy as np

KINDS = ("sgd_momentum", "rmsprop", "adagrad", "adam")


def optimizer_step(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float)
    g = np.asarray(grad, dtype=float)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    if w.shape != g.shape:
        raise ValueError(f"w and grad must have the same shape, got {w.shape} and {g.shape}")
    state = state or {}
    if kind == "sgd_momentum":
        v = beta1 * state["v"] + g if "v" in state else g.copy()
        return w - lr * v, {"v": v}
    if kind == "rmsprop":
        s = beta2 * state["s"] + (1 - beta2) * g * g if "s" in state else (1 - beta2) * g * g
        return w - lr * g / (np.sqrt(s) + eps), {"s": s}
    if kind == "adagrad":
        G = state["G"] + g * g if "G" in state else g * g
        return w - lr * g / (np.sqrt(G) + eps), {"G": G}
    t = state.get("t", 0) + 1
    m = beta1 * state["m"] + (1 - beta1) * g if "m" in state else (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g * g if "v" in state else (1 - beta2) * g * g
    step = (lr / (1 - beta1**t)) * m / (np.sqrt(v / (1 - beta2**t)) + eps)
    return w - step, {"m": m, "v": v, "t": t}


def _need(value, name, kind):
    if value is None:
        raise ValueError(f"the {kind!r} schedule needs {name}")
    return value


def lr_schedule(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None, warmup_steps=0, lr_min=0.0):
    if step < 0:
        raise ValueError(f"step must be >= 0, got {step}")
    if kind == "step":
        return float(lr0 * _need(gamma, "gamma", kind) ** (step // _need(step_size, "step_size", kind)))
    if kind == "exponential":
        return float(lr0 * _need(gamma, "gamma", kind) ** step)
    if kind == "cosine":
        T = _need(total_steps, "total_steps", kind)
        p = min(step, T) / T
        return float(lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * p)))
    if kind == "warmup_cosine":
        T = _need(total_steps, "total_steps", kind)
        if step < warmup_steps:
            return float(lr0 * step / warmup_steps)
        p = min(step - warmup_steps, T - warmup_steps) / (T - warmup_steps)
        return float(lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * p)))
    raise ValueError(f"unknown schedule kind {kind!r}")


def minibatch_sgd(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    if y.shape[0] != n or batch_size < 1 or n_epochs < 0:
        raise ValueError("bad arguments")
    w = np.array(w0, dtype=float)
    rng = None if seed is None else np.random.default_rng(seed)
    for _ in range(n_epochs):
        if rng is None:
            for start in range(0, n, batch_size):
                w = w - lr * grad_fn(w, X[start:start + batch_size], y[start:start + batch_size])
        else:
            order = rng.permutation(n)
            for start in range(0, n, batch_size):
                idx = order[start:start + batch_size]
                w = w - lr * grad_fn(w, X[idx], y[idx])
    return w
