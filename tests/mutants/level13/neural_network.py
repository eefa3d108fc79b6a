"""Plausible versions of exercises/level13/neural_network.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "softmax__naive_exp": ("failed", "subtract each row's maximum"),
    "softmax__global_max": ("failed", "each row's own maximum"),
    "softmax__columns": ("failed", "normalised the columns"),
    "softmax__subtracts_max_in_place": ("failed", "modified its input Z"),
    "softmax__loop_over_rows": ("too_slow", "instead of looping over the rows"),
    "softmax__calls_scipy": ("forbidden", "scipy"),
    "softmax__via_logsumexp": ("passed", None),
    "softmax__transposed_work": ("passed", None),
    "forward__relu_on_output": ("failed", "ReLU to the output layer"),
    "forward__no_bias": ("failed", "biases are missing"),
    "forward__returns_logits": ("failed", "apply the softmax"),
    "forward__loop_over_samples": ("too_slow", "do not loop over samples"),
    "forward__recursive": ("passed", None),
    "loss_and_gradients__no_one_over_n": ("failed", "n times too large"),
    "loss_and_gradients__no_relu_mask": ("failed", "skips the ReLU"),
    "loss_and_gradients__mask_by_activation": ("failed", "not ReLU(Z) itself"),
    "loss_and_gradients__missing_db": ("failed", "did you forget db"),
    "loss_and_gradients__db_mean": ("failed", "db is n times too small"),
    "loss_and_gradients__wrong_sign": ("failed", "wrong sign"),
    "loss_and_gradients__transposed_dW": ("failed", "transpose of the expected shape"),
    "loss_and_gradients__loss_is_sum": ("failed", "the loss is the mean"),
    "loss_and_gradients__loop_over_samples": ("too_slow", "do not loop over samples"),
    "loss_and_gradients__uses_torch": ("forbidden", "torch"),
    "loss_and_gradients__recursive_with_post_activation_mask": ("passed", None),
    "loss_and_gradients__one_hot_matrix": ("passed", None),
    "numerical_gradient__forward_differences": ("failed", "forward difference"),
    "numerical_gradient__divides_by_eps": ("failed", "twice too large"),
    "numerical_gradient__does_not_restore_x": ("failed", "modified its input x"),
    "numerical_gradient__restores_by_arithmetic": ("failed", "only in the last digits"),
    "numerical_gradient__flattened": ("failed", "reshape(x.shape)"),
    "numerical_gradient__ignores_eps": ("failed", "use the eps argument"),
    "numerical_gradient__integer_copy": ("failed", "convert x to floats first"),
    "numerical_gradient__nditer": ("passed", None),
    "numerical_gradient__identity_directions": ("passed", None),
    "train__lr_sign": ("failed", "goes against the gradient"),
    "train__updates_in_place": ("failed", "modified its input params"),
    "train__single_epoch": ("failed", "one entry per epoch"),
    "train__global_shuffle": ("failed", "same seed gave different"),
    "train__forgets_to_update": ("failed", "did not change"),
    "train__no_shuffling": ("passed", None),
    "train__drops_last_batch_full_data_loss": ("passed", None),
}


# ---- softmax ---------------------------------------------------------------------------------

def softmax__naive_exp(Z):
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def softmax__global_max(Z):
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=1, keepdims=True)


def softmax__columns(Z):
    E = np.exp(Z - Z.max(axis=0))
    return E / E.sum(axis=0)


def softmax__subtracts_max_in_place(Z):
    Z -= Z.max(axis=1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def softmax__loop_over_rows(Z):
    P = np.empty_like(Z, dtype=float)
    for i in range(Z.shape[0]):
        e = np.exp(Z[i] - np.max(Z[i]))
        P[i] = e / np.sum(e)
    return P


def softmax__calls_scipy(Z):
    from scipy.special import softmax as scipy_softmax

    return scipy_softmax(Z, axis=1)


def softmax__via_logsumexp(Z):
    Z = np.asarray(Z, dtype=float)
    m = np.max(Z, axis=1, keepdims=True)
    log_sum = m + np.log(np.sum(np.exp(Z - m), axis=1, keepdims=True))
    return np.exp(Z - log_sum)


def softmax__transposed_work(Z):
    T = np.asarray(Z, dtype=float).T
    E = np.exp(T - T.max(axis=0))
    return (E / E.sum(axis=0)).T


# ---- forward ---------------------------------------------------------------------------------

def forward__relu_on_output(params, X):
    A = X
    for W, b in params:
        A = np.maximum(A @ W + b, 0.0)
    return softmax(A)


def forward__no_bias(params, X):
    A = X
    for W, _ in params[:-1]:
        A = np.maximum(A @ W, 0.0)
    return softmax(A @ params[-1][0])


def forward__returns_logits(params, X):
    A = X
    for W, b in params[:-1]:
        A = np.maximum(A @ W + b, 0.0)
    return A @ params[-1][0] + params[-1][1]


def forward__loop_over_samples(params, X):
    rows = []
    for x in X:
        a = x
        for W, b in params[:-1]:
            a = np.maximum(a @ W + b, 0.0)
        z = a @ params[-1][0] + params[-1][1]
        e = np.exp(z - z.max())
        rows.append(e / e.sum())
    return np.array(rows)


def forward__recursive(params, X):
    if len(params) == 0:
        raise ValueError("no layers")
    (W, b), rest = params[0], params[1:]
    Z = np.einsum("nd,dk->nk", X, W) + b[None, :]
    return softmax(Z) if not rest else forward__recursive(rest, np.where(Z > 0, Z, 0.0))


# ---- loss_and_gradients ----------------------------------------------------------------------

def _cache(params, X):
    """Inputs and pre-activations of every layer."""
    A, inputs, pre = X, [], []
    for index, (W, b) in enumerate(params):
        inputs.append(A)
        Z = A @ W + b
        pre.append(Z)
        A = np.maximum(Z, 0.0) if index < len(params) - 1 else Z
    return inputs, pre


def _backprop(params, X, y, *, scale_n=True, mask="pre", db="sum", sign=1.0, transpose=False, loss="mean"):
    n = X.shape[0]
    inputs, pre = _cache(params, X)
    P = softmax(pre[-1])
    rows = np.arange(n)
    value = -np.sum(np.log(P[rows, y]))
    value = value / n if loss == "mean" else value
    dZ = P.copy()
    dZ[rows, y] -= 1.0
    dZ *= sign
    if scale_n:
        dZ /= n
    grads = []
    for layer in range(len(params) - 1, -1, -1):
        dW = inputs[layer].T @ dZ
        if transpose:
            dW = dW.T
        dbias = {"sum": dZ.sum(axis=0), "mean": dZ.mean(axis=0), "zero": np.zeros(dZ.shape[1])}[db]
        grads.append((dW, dbias))
        if layer:
            dA = dZ @ params[layer][0].T
            Z = pre[layer - 1]
            dZ = {"pre": dA * (Z > 0), "none": dA, "activation": dA * np.maximum(Z, 0.0)}[mask]
    return float(value), grads[::-1]


def loss_and_gradients__no_one_over_n(params, X, y):
    return _backprop(params, X, y, scale_n=False)


def loss_and_gradients__no_relu_mask(params, X, y):
    return _backprop(params, X, y, mask="none")


def loss_and_gradients__mask_by_activation(params, X, y):
    return _backprop(params, X, y, mask="activation")


def loss_and_gradients__missing_db(params, X, y):
    return _backprop(params, X, y, db="zero")


def loss_and_gradients__db_mean(params, X, y):
    return _backprop(params, X, y, db="mean")


def loss_and_gradients__wrong_sign(params, X, y):
    return _backprop(params, X, y, sign=-1.0)


def loss_and_gradients__transposed_dW(params, X, y):
    return _backprop(params, X, y, transpose=True)


def loss_and_gradients__loss_is_sum(params, X, y):
    return _backprop(params, X, y, loss="sum")


def loss_and_gradients__loop_over_samples(params, X, y):
    n = X.shape[0]
    total = 0.0
    grads = [(np.zeros_like(W), np.zeros_like(b)) for W, b in params]
    for i in range(n):
        a = X[i]
        inputs, pre = [], []
        for index, (W, b) in enumerate(params):
            inputs.append(a)
            z = a @ W + b
            pre.append(z)
            a = np.maximum(z, 0.0) if index < len(params) - 1 else z
        e = np.exp(a - a.max())
        p = e / e.sum()
        total -= np.log(p[y[i]])
        dz = p.copy()
        dz[y[i]] -= 1.0
        for layer in range(len(params) - 1, -1, -1):
            grads[layer][0][...] += np.outer(inputs[layer], dz) / n
            grads[layer][1][...] += dz / n
            if layer:
                dz = (dz @ params[layer][0].T) * (pre[layer - 1] > 0)
    return total / n, grads


def loss_and_gradients__uses_torch(params, X, y):
    import torch

    tensors = [(torch.tensor(W, requires_grad=True), torch.tensor(b, requires_grad=True)) for W, b in params]
    A = torch.tensor(X)
    for W, b in tensors[:-1]:
        A = torch.relu(A @ W + b)
    logits = A @ tensors[-1][0] + tensors[-1][1]
    loss = torch.nn.functional.cross_entropy(logits, torch.tensor(y))
    loss.backward()
    return loss.item(), [(W.grad.numpy(), b.grad.numpy()) for W, b in tensors]


def loss_and_gradients__recursive_with_post_activation_mask(params, X, y):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]

    def backward(layers, A):
        """Return (loss, dA, grads) for the network `layers` applied to A."""
        (W, b), rest = layers[0], layers[1:]
        Z = A @ W + b
        if not rest:
            shifted = Z - Z.max(axis=1, keepdims=True)
            log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
            dZ = np.exp(log_p)
            dZ[np.arange(n), y] -= 1.0
            dZ /= n
            loss = -log_p[np.arange(n), y].mean()
            return loss, dZ @ W.T, [(A.T @ dZ, dZ.sum(axis=0))]
        H = np.maximum(Z, 0.0)
        loss, dH, grads = backward(rest, H)
        dZ = dH * (H > 0)  # the mask from the post-activation: the same 0/1 pattern for ReLU
        return loss, dZ @ W.T, [(A.T @ dZ, dZ.sum(axis=0))] + grads

    loss, _, grads = backward(list(params), X)
    return float(loss), grads


def loss_and_gradients__one_hot_matrix(params, X, y):
    n, k = X.shape[0], params[-1][0].shape[1]
    Y = np.eye(k)[y]
    activations, pres = [X], []
    for index, (W, b) in enumerate(params):
        pres.append(activations[-1] @ W + b)
        if index < len(params) - 1:
            activations.append(np.maximum(pres[-1], 0.0))
    P = softmax(pres[-1])
    loss = -np.sum(Y * np.log(P)) / n
    delta = (P - Y) / n
    grads = [None] * len(params)
    for layer in reversed(range(len(params))):
        grads[layer] = (np.dot(activations[layer].T, delta), np.sum(delta, axis=0))
        if layer > 0:
            delta = np.dot(delta, params[layer][0].T) * np.heaviside(pres[layer - 1], 0.0)
    return float(loss), grads


# ---- numerical_gradient ----------------------------------------------------------------------

def numerical_gradient__forward_differences(f, x, eps=1e-6):
    x = np.array(x, dtype=float)
    f0 = f(x)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus = x.copy()
        plus[index] += eps
        grad[index] = (f(plus) - f0) / eps
    return grad


def numerical_gradient__divides_by_eps(f, x, eps=1e-6):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += eps
        minus[index] -= eps
        grad[index] = (f(plus) - f(minus)) / eps
    return grad


def numerical_gradient__does_not_restore_x(f, x, eps=1e-6):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        x[index] += eps
        f_plus = f(x)
        x[index] -= 2 * eps
        f_minus = f(x)
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad


def numerical_gradient__restores_by_arithmetic(f, x, eps=1e-6):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        x[index] += eps
        f_plus = f(x)
        x[index] -= 2 * eps
        f_minus = f(x)
        x[index] += eps
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad


def numerical_gradient__flattened(f, x, eps=1e-6):
    x = np.array(x, dtype=float)
    flat = x.ravel()
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        plus, minus = flat.copy(), flat.copy()
        plus[i] += eps
        minus[i] -= eps
        grad[i] = (f(plus.reshape(x.shape)) - f(minus.reshape(x.shape))) / (2 * eps)
    return grad


def numerical_gradient__ignores_eps(f, x, eps=1e-6):
    return numerical_gradient__nditer(f, x)


def numerical_gradient__integer_copy(f, x, eps=1e-6):
    x = np.asarray(x).copy()
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + eps
        f_plus = f(x)
        x[index] = old - eps
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad


def numerical_gradient__nditer(f, x, eps=1e-6):
    x = np.array(x, dtype=float)
    grad = np.empty_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        index = it.multi_index
        old = x[index]
        x[index] = old + eps
        f_plus = f(x)
        x[index] = old - eps
        f_minus = f(x)
        x[index] = old
        grad[index] = (f_plus - f_minus) / (2.0 * eps)
        it.iternext()
    return grad


def numerical_gradient__identity_directions(f, x, eps=1e-6):
    x = np.asarray(x, dtype=float)
    directions = np.eye(x.size).reshape((x.size,) + x.shape)
    return np.array([(f(x + eps * e) - f(x - eps * e)) / (2 * eps) for e in directions]).reshape(x.shape)


# ---- train -----------------------------------------------------------------------------------

def _sgd(params, X, y, lr, epochs, batch_size, seed, *, shuffle="default_rng", in_place=False, drop_last=False,
         update=True):
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    if not in_place:
        params = [(W.copy(), b.copy()) for W, b in params]
    losses = []
    for _ in range(epochs):
        if shuffle == "default_rng":
            order = rng.permutation(n)
        elif shuffle == "global":
            order = np.arange(n)
            np.random.shuffle(order)
        else:
            order = np.arange(n)
        batch_losses = []
        stop = n - n % batch_size if drop_last and n >= batch_size else n
        for start in range(0, stop, batch_size):
            batch = order[start:start + batch_size]
            loss, grads = loss_and_gradients(params, X[batch], y[batch])
            batch_losses.append(loss)
            if update:
                for (W, b), (dW, db) in zip(params, grads):
                    W -= lr * dW
                    b -= lr * db
        losses.append(np.mean(batch_losses))
    return params, np.array(losses)


def train__lr_sign(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, -lr, epochs, batch_size, seed)


def train__updates_in_place(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, lr, epochs, batch_size, seed, in_place=True)


def train__single_epoch(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, lr, 1, batch_size, seed)


def train__global_shuffle(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, lr, epochs, batch_size, seed, shuffle="global")


def train__forgets_to_update(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, lr, epochs, batch_size, seed, update=False)


def train__no_shuffling(params, X, y, lr, epochs, batch_size, seed):
    return _sgd(params, X, y, lr, epochs, batch_size, seed, shuffle="none")


def train__drops_last_batch_full_data_loss(params, X, y, lr, epochs, batch_size, seed):
    # Another reading of the spec: drop the last partial batch, and report the full-data loss after each epoch.
    rng = np.random.default_rng(seed)
    n = len(X)
    params = [(W.copy(), b.copy()) for W, b in params]
    losses = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for batch in np.array_split(order[: max(n // batch_size, 1) * batch_size], max(n // batch_size, 1)):
            _, grads = loss_and_gradients(params, X[batch], y[batch])
            params = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
        losses.append(loss_and_gradients(params, X, y)[0])
    return params, losses
