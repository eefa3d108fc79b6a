"""First-order optimisers with state, learning-rate schedules and mini-batch SGD."""

import math

import numpy as np

KINDS = ("sgd_momentum", "rmsprop", "adagrad", "adam")


def optimizer_step(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    """One update of w; returns (new w, new state). state is None on the first call."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    w = np.asarray(w, dtype=float)
    g = np.asarray(grad, dtype=float)
    if w.shape != g.shape:
        raise ValueError(f"w and grad must have the same shape, got {w.shape} and {g.shape}")
    state = state or {}
    # Every line below builds new arrays: neither w nor the caller's state is modified.
    if kind == "sgd_momentum":
        # v ← β v + g ; w ← w - lr v   (the velocity starts at 0, so v₁ = g)
        v = beta1 * state.get("v", 0.0) + g
        return w - lr * v, {"v": v}
    if kind == "rmsprop":
        # s ← ρ s + (1-ρ) g² (a running mean of squares) ; w ← w - lr g / (√s + ε)
        s = beta2 * state.get("s", 0.0) + (1 - beta2) * g**2
        return w - lr * g / (np.sqrt(s) + eps), {"s": s}
    if kind == "adagrad":
        # G ← G + g² (the sum of all squares so far) ; w ← w - lr g / (√G + ε)
        G = state.get("G", 0.0) + g**2
        return w - lr * g / (np.sqrt(G) + eps), {"G": G}
    # Adam: running means of g and g², both started at 0, hence biased towards 0 early on.
    t = state.get("t", 0) + 1
    m = beta1 * state.get("m", 0.0) + (1 - beta1) * g
    v = beta2 * state.get("v", 0.0) + (1 - beta2) * g**2
    # Bias correction: E[m_t] = (1 - β1^t) E[g], so divide it out (at t = 1, m̂ = g and v̂ = g²).
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    # ε goes outside the square root: it only guards the division when v̂ is ~0.
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


def _required(value, name, kind):
    if value is None:
        raise ValueError(f"the {kind!r} schedule needs {name}=...")
    return value


def lr_schedule(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None, warmup_steps=0, lr_min=0.0):
    """The learning rate at (0-based) step ``step``."""
    if step < 0:
        raise ValueError(f"step counts from 0, got {step}")
    if kind == "step":
        # lr0 γ^⌊step / step_size⌋: drop by a factor γ every step_size steps (integer division).
        return float(lr0 * _required(gamma, "gamma", kind) ** (step // _required(step_size, "step_size", kind)))
    if kind == "exponential":
        return float(lr0 * _required(gamma, "gamma", kind) ** step)
    if kind in ("cosine", "warmup_cosine"):
        T = _required(total_steps, "total_steps", kind)
        W = warmup_steps if kind == "warmup_cosine" else 0
        if step < W:
            # linear warm-up: 0 at step 0, lr0 at step W
            return float(lr0 * step / W)
        # progress p in [0, 1], clamped so the rate stays at lr_min after the end (no restart)
        p = min(step - W, T - W) / (T - W)
        return float(lr_min + 0.5 * (lr0 - lr_min) * (1.0 + math.cos(math.pi * p)))
    raise ValueError(f"kind must be 'step', 'exponential', 'cosine' or 'warmup_cosine', got {kind!r}")


def minibatch_sgd(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    """Mini-batch SGD: w ← w - lr · grad_fn(w, X_batch, y_batch) for every batch of every epoch."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    if y.shape[0] != n:
        raise ValueError(f"X has {n} rows but y has {y.shape[0]} entries")
    if batch_size < 1 or n_epochs < 0:
        raise ValueError(f"batch_size must be >= 1 and n_epochs >= 0, got {batch_size} and {n_epochs}")
    w = np.array(w0, dtype=float)  # a copy: w0 stays as it was
    rng = None if seed is None else np.random.default_rng(seed)
    for _ in range(n_epochs):
        order = np.arange(n) if rng is None else rng.permutation(n)
        # range(0, n, batch_size) also yields the start of the last, smaller batch: no sample is skipped.
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            # one vectorised gradient per batch; grad_fn averages over the batch's rows
            w = w - lr * grad_fn(w, X[batch], y[batch])
    return w
