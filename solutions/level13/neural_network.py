"""A small neural network from scratch: softmax, forward pass, backpropagation, gradient check, SGD."""

import numpy as np


def _check_params(params):
    if len(params) == 0:
        raise ValueError("params must hold at least one (W, b) layer")


def softmax(Z):
    """Row-wise softmax of the logits Z, shape (n, k)."""
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D (n_samples, n_classes), got shape {Z.shape}")
    # softmax(z) = softmax(z - c) for any constant c, because e^(z_j - c) = e^(z_j) e^(-c) and the
    # factor e^(-c) cancels between numerator and denominator. With c = the row's maximum every
    # exponent is <= 0, so np.exp cannot overflow, and the largest term is e^0 = 1, so the row sum
    # is >= 1 (never 0/0). Each row needs its *own* maximum: rows can live on different scales.
    shifted = Z - Z.max(axis=1, keepdims=True)
    E = np.exp(shifted)
    return E / E.sum(axis=1, keepdims=True)


def forward(params, X):
    """Class probabilities of the network for every row of X, shape (n, k)."""
    _check_params(params)
    A = np.asarray(X, dtype=float)
    # Hidden layers: A_l = ReLU(A_{l-1} W_l + b_l). The bias b_l (d_out,) broadcasts over the rows.
    for W, b in params[:-1]:
        A = np.maximum(A @ W + b, 0.0)
    # Output layer: no ReLU here, the logits go straight into the softmax.
    W, b = params[-1]
    return softmax(A @ W + b)


def loss_and_gradients(params, X, y):
    """Mean cross-entropy of the network on (X, y) and its gradient with respect to every W and b."""
    _check_params(params)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n = X.shape[0]
    rows = np.arange(n)

    # Forward pass, remembering what the backward pass needs: the input A_{l-1} of each layer
    # (for dW) and the pre-activation Z_l of each hidden layer (for the ReLU mask).
    inputs, pre_activations = [], []
    A = X
    for W, b in params[:-1]:
        inputs.append(A)
        Z = A @ W + b
        pre_activations.append(Z)
        A = np.maximum(Z, 0.0)
    inputs.append(A)
    W, b = params[-1]
    logits = A @ W + b

    # Loss: L = -(1/n) Σ_i log p_{i, y_i}. Computed through the log-softmax
    # log p_ij = (z_ij - m_i) - log Σ_j' e^(z_ij' - m_i), which never takes the log of 0.
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -float(np.mean(log_probs[rows, y]))

    # Backward pass. For softmax followed by cross-entropy the derivative with respect to the
    # logits is remarkably simple: dL/dZ_out = (P - Y) / n, with Y the one-hot labels. The 1/n
    # comes from the mean over samples.
    dZ = np.exp(log_probs)  # P
    dZ[rows, y] -= 1.0  # P - onehot(y), without building the one-hot matrix
    dZ /= n

    grads = []
    for layer in range(len(params) - 1, -1, -1):
        W, _ = params[layer]
        # Z = A_prev W + b  =>  dW = A_prevᵀ dZ (d_in, d_out) and db = Σ_i dZ_i (d_out,):
        # every sample contributes, and the bias was added to every row.
        grads.append((inputs[layer].T @ dZ, dZ.sum(axis=0)))
        if layer > 0:
            # Chain rule back through the product: dA_prev = dZ Wᵀ (n, d_in) ...
            dA = dZ @ W.T
            # ... and through the ReLU: its derivative is 1 where the pre-activation was positive
            # and 0 elsewhere, so the gradient only flows through the units that were "on".
            dZ = dA * (pre_activations[layer - 1] > 0)
    grads.reverse()  # we walked from the last layer to the first
    return loss, grads


def numerical_gradient(f, x, eps=1e-6):
    """Centred finite-difference gradient of the scalar function f at x (any shape)."""
    # Work on a private float copy: the caller's x is never touched, and an integer x works too.
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    # Walk over every entry, whatever the shape, with one flat index.
    for i in range(x.size):
        index = np.unravel_index(i, x.shape)
        old = x[index]
        x[index] = old + eps
        f_plus = f(x)
        x[index] = old - eps
        f_minus = f(x)
        x[index] = old  # restore exactly (old + eps - eps is not always old in floating point)
        # Centred difference: the error is O(eps²); the forward difference (f(x+eps) - f(x)) / eps
        # has an error O(eps) from the second derivative.
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad


def train(params, X, y, lr, epochs, batch_size, seed):
    """Mini-batch stochastic gradient descent; returns the trained params and one loss per epoch."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    # Copies, so the caller's arrays are left alone (we build new arrays at each step anyway).
    params = [(np.array(W, dtype=float), np.array(b, dtype=float)) for W, b in params]
    losses = []
    for _ in range(epochs):
        # A fresh random order every epoch, so the batches differ from one epoch to the next.
        order = rng.permutation(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]  # the last batch may be smaller
            loss, grads = loss_and_gradients(params, X[batch], y[batch])
            batch_losses.append(loss)
            # A step downhill: θ <- θ - lr ∇L. New arrays, never W -= ... on the caller's arrays.
            params = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
        losses.append(float(np.mean(batch_losses)))
    return params, np.array(losses)
