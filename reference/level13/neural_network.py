"""Reference neural network: the oracle and the speed baseline (vectorised, numerically careful).

A multi-layer perceptron with ReLU hidden layers, a softmax output and the mean
cross-entropy loss. ``params`` is a list of ``(W, b)`` pairs, ``W`` of shape
(d_in, d_out) and ``b`` of shape (d_out,). Nothing here modifies its arguments.
"""

import numpy as np
from scipy.special import softmax as _scipy_softmax


def softmax(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D (n_samples, n_classes), got shape {Z.shape}")
    E = Z - Z.max(axis=1, keepdims=True)
    np.exp(E, out=E)
    E /= E.sum(axis=1, keepdims=True)
    return E


def scipy_softmax(Z):
    """The SciPy oracle (used by the hidden suite, not graded)."""
    return _scipy_softmax(np.asarray(Z, dtype=float), axis=1)


def _forward_cache(params, X):
    """Pre-activations Z_l and activations A_l of every layer; the last entry of As is the logits' softmax."""
    A = np.asarray(X, dtype=float)
    activations = [A]
    pre = []
    last = len(params) - 1
    for index, (W, b) in enumerate(params):
        Z = A @ W
        Z += b
        pre.append(Z)
        A = np.maximum(Z, 0.0) if index < last else Z
        activations.append(A)
    return pre, activations


def forward(params, X):
    if len(params) == 0:
        raise ValueError("params must hold at least one (W, b) layer")
    A = np.asarray(X, dtype=float)
    last = len(params) - 1
    for index, (W, b) in enumerate(params):
        Z = A @ W
        Z += b
        if index < last:
            np.maximum(Z, 0.0, out=Z)
        A = Z
    return softmax(A)


def _log_softmax(Z):
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def loss_and_gradients(params, X, y):
    if len(params) == 0:
        raise ValueError("params must hold at least one (W, b) layer")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n = X.shape[0]
    pre, activations = _forward_cache(params, X)
    logp = _log_softmax(pre[-1])
    rows = np.arange(n)
    loss = -float(logp[rows, y].mean())
    dZ = np.exp(logp)
    dZ[rows, y] -= 1.0
    dZ /= n
    grads = [None] * len(params)
    for index in range(len(params) - 1, -1, -1):
        W = params[index][0]
        grads[index] = (activations[index].T @ dZ, dZ.sum(axis=0))
        if index:
            dZ = dZ @ W.T
            dZ *= pre[index - 1] > 0
    return loss, grads


def numerical_gradient(f, x, eps=1e-6):
    x = np.array(x, dtype=float)  # a private copy: the caller's x is never touched
    grad = np.empty_like(x)
    flat, out = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        f_plus = f(x)
        flat[i] = old - eps
        f_minus = f(x)
        flat[i] = old
        out[i] = (f_plus - f_minus) / (2 * eps)
    return grad


def train(params, X, y, lr, epochs, batch_size, seed):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    params = [(np.array(W, dtype=float), np.array(b, dtype=float)) for W, b in params]
    losses = []
    for _ in range(epochs):
        order = rng.permutation(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            loss, grads = loss_and_gradients(params, X[batch], y[batch])
            batch_losses.append(loss)
            params = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
        losses.append(float(np.mean(batch_losses)))
    return params, np.array(losses)
