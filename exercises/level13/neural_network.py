"""Level 13 — a neural network from scratch: forward pass, backpropagation, training.

The network is a multi-layer perceptron (MLP) for classification into ``k``
classes. It is described by ``params``, a list of ``(W, b)`` pairs, one per layer::

    params = [(W1, b1), (W2, b2), ..., (WL, bL)]    W_l : (d_{l-1}, d_l),  b_l : (d_l,)

with ``d_0 = n_features`` and ``d_L = k``. A batch of samples ``X`` (one per row)
flows through it as

.. math::

    A_0 = X, \\qquad Z_l = A_{l-1} W_l + b_l, \\qquad A_l = \\mathrm{ReLU}(Z_l) = \\max(Z_l, 0)
    \\quad (l < L), \\qquad P = \\mathrm{softmax}(Z_L)

so the hidden layers use ReLU and the last layer turns its scores (the *logits*
``Z_L``) into class probabilities with a softmax. With a single pair ``(W, b)``
there is no hidden layer and the network is softmax (multinomial logistic)
regression. It is trained by minimising the mean cross-entropy

.. math:: L = -\\frac{1}{n} \\sum_{i=1}^{n} \\log P_{i, y_i}

on integer labels ``y`` in ``0 .. k-1``, with gradients from backpropagation and
mini-batch stochastic gradient descent.

Rules for this module: use NumPy only. SciPy, scikit-learn and automatic
differentiation (torch, jax, autograd, tensorflow) are not allowed: the point is to
derive the gradients yourself. Never modify the arguments, including the arrays
inside ``params``. Floating-point warnings (overflow, division by zero, invalid
values) count as errors. Run ``mlgrade level13 neural_network`` to grade this file.
"""

import numpy as np


def softmax(Z):
    """Row-wise softmax: turn each row of scores into probabilities.

    .. math:: \\mathrm{softmax}(Z)_{ij} = \\frac{e^{Z_{ij}}}{\\sum_{j'} e^{Z_{ij'}}}

    In words: exponentiate every score (making it positive), then divide each row
    by its sum so that it adds up to 1. A larger score gets a larger probability.

    Parameters
    ----------
    Z : ndarray of shape (n_samples, n_classes)
        Logits, one row per sample. Entries may be as large as ±1000.

    Returns
    -------
    P : ndarray of shape (n_samples, n_classes)
        Positive entries, every row sums to 1.

    Notes
    -----
    ``np.exp(1000)`` overflows to ``inf`` (and ``inf / inf`` is NaN). The cure is
    the identity ``softmax(z) = softmax(z - c)`` for any constant ``c`` per row:
    subtract each row's maximum first (``Z.max(axis=1, keepdims=True)``), so every
    exponent is ``<= 0`` and the largest term is ``e^0 = 1``. Use the maximum of
    *each row*, not of the whole matrix: rows can live on very different scales.
    ``scipy.special.softmax`` is not allowed. Work on whole arrays; a Python loop
    over rows is too slow.

    Examples
    --------
    >>> softmax(np.array([[0.0, 0.0], [0.0, np.log(3.0)]]))
    array([[0.5 , 0.5 ],
           [0.25, 0.75]])
    """
    raise NotImplementedError


def forward(params, X):
    """Forward pass: class probabilities of the network for every sample.

    .. math::

        A_0 = X, \\quad A_l = \\max(A_{l-1} W_l + b_l,\\ 0) \\ (l = 1 .. L-1), \\quad
        P = \\mathrm{softmax}(A_{L-1} W_L + b_L)

    In words: each layer multiplies by its weights and adds its bias; hidden layers
    then zero the negative values (ReLU); the output layer applies the softmax
    instead of the ReLU.

    Parameters
    ----------
    params : list of (W, b) tuples
        ``W`` of shape (d_in, d_out), ``b`` of shape (d_out,); at least one layer.
        ``len(params) - 1`` is the number of hidden layers.
    X : ndarray of shape (n_samples, n_features)

    Returns
    -------
    P : ndarray of shape (n_samples, n_classes)
        Rows sum to 1.

    Raises
    ------
    ValueError
        If ``params`` is empty.

    Notes
    -----
    No ReLU on the output layer: the logits may be negative. ``A @ W + b`` adds
    ``b`` to every row by broadcasting. One matrix product per layer handles all
    samples at once; a loop over samples is too slow.

    Examples
    --------
    >>> params = [(np.eye(2), np.zeros(2)), (np.array([[1.0, 0.0], [0.0, 1.0]]), np.zeros(2))]
    >>> forward(params, np.array([[-1.0, 0.0]]))     # ReLU zeroes the -1: logits (0, 0)
    array([[0.5, 0.5]])
    """
    raise NotImplementedError


def loss_and_gradients(params, X, y):
    """Mean cross-entropy loss and its gradients by backpropagation.

    .. math:: L = -\\frac{1}{n} \\sum_{i=1}^{n} \\log P_{i, y_i}

    In words: the loss is the average, over samples, of minus the log of the
    probability the network gives to the correct class.

    Backpropagation applies the chain rule layer by layer, from the output back
    to the input. Keep the ``Z_l`` and ``A_l`` of the forward pass, then:

    1. Output layer (softmax and cross-entropy together):
       ``dZ_L = (P - Y) / n``, where ``Y`` is the one-hot matrix of ``y``
       (``Y[i, y[i]] = 1``). The ``1 / n`` comes from the mean.
    2. For each layer ``l = L, ..., 1``, with ``Z_l = A_{l-1} W_l + b_l``:
       ``dW_l = A_{l-1}ᵀ dZ_l`` (shape of ``W_l``) and
       ``db_l = Σ_i dZ_l[i]`` (sum over samples, shape of ``b_l``).
    3. Going down a layer (``l > 1``): ``dA_{l-1} = dZ_l W_lᵀ``, then through the
       ReLU, whose derivative is 1 where ``Z_{l-1} > 0`` and 0 elsewhere:
       ``dZ_{l-1} = dA_{l-1} * (Z_{l-1} > 0)`` (a 0/1 mask, element-wise).

    Parameters
    ----------
    params : list of (W, b) tuples
        As in :func:`forward`; any number of layers (at least one).
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of int, shape (n_samples,)
        Labels in ``0 .. n_classes - 1``.

    Returns
    -------
    loss : float
        The mean cross-entropy ``L``.
    grads : list of (dW, db) tuples
        ``grads[l]`` has the shapes of ``params[l]``: the partial derivatives of
        ``L`` with respect to each entry of ``W_l`` and ``b_l``.

    Raises
    ------
    ValueError
        If ``params`` is empty.

    Notes
    -----
    Check your shapes at each step: ``dW`` must have the shape of ``W`` (if it comes
    out transposed, swap the factors). The mask uses the hidden layer's
    pre-activation ``Z`` (``A > 0`` is the same thing for ReLU); the output layer
    has no ReLU, so no mask there. ``log P`` can be computed stably as
    ``(Z - max) - log Σ exp(Z - max)`` (the *log-softmax*). Autograd libraries are
    banned: derive the gradients. Verify them with :func:`numerical_gradient`.
    Everything is whole-array: a loop over samples is too slow.

    Examples
    --------
    >>> params = [(np.zeros((3, 2)), np.zeros(2))]   # all logits 0: P = 1/2 everywhere
    >>> loss, grads = loss_and_gradients(params, np.ones((4, 3)), np.array([0, 1, 1, 1]))
    >>> round(loss, 4), grads[0][1]                  # log 2; db = mean of P - Y
    (0.6931, array([ 0.25, -0.25]))
    """
    raise NotImplementedError


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by centred finite differences.

    .. math:: \\frac{\\partial f}{\\partial x_i} \\approx \\frac{f(x + ε e_i) - f(x - ε e_i)}{2 ε}

    where ``e_i`` is the array with a 1 in entry ``i`` and 0 elsewhere. In words:
    nudge one entry up and down by ``eps``, and see how much ``f`` changes.
    This is how backpropagation code is checked.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns a float for an array shaped like ``x``.
    x : ndarray of any shape
        The point. Integer arrays are allowed: convert to float first
        (``np.array(x, dtype=float)``, which is also a copy you may change).
    eps : float, default 1e-6
        The step ``ε``.

    Returns
    -------
    grad : ndarray of the same shape as x
        ``grad[idx]`` approximates ``∂f/∂x[idx]``.

    Notes
    -----
    Use the *centred* difference: its error shrinks like ``ε²``, while the forward
    difference ``(f(x + ε e_i) - f(x)) / ε`` is off by about ``ε f''/2``. Do not
    change the caller's ``x``: perturb a copy, and restore each entry from its
    saved value (``x[i] = old``), since ``x[i] + ε - ε`` is not always ``x[i]`` in
    floating point. ``x.size`` and ``np.ndindex(x.shape)`` (or a reshaped view)
    let one loop handle any shape. A loop over the entries is expected here.

    Examples
    --------
    >>> np.round(numerical_gradient(lambda v: float(np.sum(v ** 2)), np.array([[1.0, 2.0]])), 6)
    array([[2., 4.]])
    """
    raise NotImplementedError


def train(params, X, y, lr, epochs, batch_size, seed):
    """Train the network by mini-batch stochastic gradient descent (SGD).

    Each epoch: shuffle the sample indices with ``rng.permutation(n)``, where
    ``rng = np.random.default_rng(seed)`` is created once before the first epoch;
    split them into consecutive batches of ``batch_size`` (the last one may be
    smaller); for each batch compute :func:`loss_and_gradients` on that batch and
    take one step downhill:

    .. math:: W_l \\leftarrow W_l - \\mathrm{lr}\\, dW_l, \\qquad b_l \\leftarrow b_l - \\mathrm{lr}\\, db_l

    Parameters
    ----------
    params : list of (W, b) tuples
        The initial parameters (left unchanged).
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of int, shape (n_samples,)
    lr : float
        Learning rate (step size), > 0.
    epochs : int
        Number of passes over the data.
    batch_size : int
        Samples per step.
    seed : int
        Seed of the generator that shuffles the data: the same seed gives the same run.

    Returns
    -------
    params : list of (W, b) tuples
        The trained parameters, shaped like the input ones.
    losses : ndarray of shape (epochs,)
        ``losses[e]`` is the mean of the batch losses of epoch ``e`` (each computed
        by :func:`loss_and_gradients` just before that batch's step).

    Notes
    -----
    Update with new arrays (``W = W - lr * dW``), never in place (``W -= lr * dW``):
    that would change the caller's ``params``. A step goes *against* the gradient.
    With ``batch_size >= n_samples`` this is plain (full-batch) gradient descent.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X, y = rng.normal(size=(100, 2)), rng.integers(0, 2, size=100)
    >>> params = [(rng.normal(size=(2, 8)), np.zeros(8)), (rng.normal(size=(8, 2)), np.zeros(2))]
    >>> trained, losses = train(params, X, y, lr=0.1, epochs=20, batch_size=10, seed=0)
    >>> len(losses), bool(losses[-1] < losses[0])
    (20, True)
    """
    raise NotImplementedError
