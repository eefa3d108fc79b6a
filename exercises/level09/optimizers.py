"""Level 9 — optimisers with state, learning-rate schedules and mini-batch SGD.

Gradient descent ``w ← w - lr · g`` is the starting point; the methods here
change how a step is taken (momentum, per-coordinate scaling), how large it is
over time (schedules), and which data the gradient sees (mini-batches).

An optimiser keeps *state* between steps (a velocity, running averages of
squared gradients, a step counter). Here the state is passed in and returned:
``w, state = optimizer_step(kind, w, grad, state, lr)``, starting from
``state = None``. You choose what the state holds (a dict of arrays and numbers
is natural); the grader only hands back what you returned.

Rules for this module: NumPy only; PyTorch, JAX, TensorFlow and scikit-learn
are banned (the update rules are what you write). Never modify the arguments —
build new arrays for w and for the state. Run ``mlgrade level09 optimizers``
to grade this file.
"""

import numpy as np


def optimizer_step(kind, w, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    """One update of the parameters ``w`` by a first-order method with state.

    All operations are elementwise; ``g`` is ``grad``, ``t`` counts the steps from 1.

    * ``"sgd_momentum"`` (PyTorch's form, ``β = beta1``):
      ``v ← β v + g``,  ``w ← w - lr v``  (``v = 0`` before the first step).
    * ``"rmsprop"`` (``ρ = beta2``): ``s ← ρ s + (1 - ρ) g²``,
      ``w ← w - lr g / (√s + ε)``  (``s = 0`` before the first step).
    * ``"adagrad"``: ``G ← G + g²``,  ``w ← w - lr g / (√G + ε)``.
    * ``"adam"``:

      .. math::
          m ← β_1 m + (1 - β_1) g, \\quad v ← β_2 v + (1 - β_2) g^2, \\quad
          \\hat m = \\frac{m}{1 - β_1^t}, \\quad \\hat v = \\frac{v}{1 - β_2^t}, \\quad
          w ← w - lr \\frac{\\hat m}{\\sqrt{\\hat v} + ε}

    In words: momentum averages the direction over recent steps; RMSProp and
    Adagrad divide each coordinate by the typical size of its gradient, so all
    coordinates move at a similar pace; Adam does both. Adam's averages start
    at 0 and are biased towards 0 early on; dividing by ``1 - β^t`` removes the
    bias (at ``t = 1``, ``m̂ = g`` and ``v̂ = g²`` exactly).

    Parameters
    ----------
    kind : {"sgd_momentum", "rmsprop", "adagrad", "adam"}
    w : ndarray of any shape
        Current parameters.
    grad : ndarray of the same shape as w
        Gradient of the loss at ``w``.
    state : None or the state returned by the previous call
        ``None`` before the first step.
    lr : float
        Learning rate.
    beta1 : float, default 0.9
        Momentum (``sgd_momentum``) or Adam's ``β1``.
    beta2 : float, default 0.999
        Decay of the mean of squares (``rmsprop``) or Adam's ``β2``.
    eps : float, default 1e-8
        Added to the square root, *outside* it.

    Returns
    -------
    w_new : ndarray of the same shape as w
    state : dict (or other plain data: arrays, numbers, lists, tuples)
        Whatever the next call needs.

    Raises
    ------
    ValueError
        If ``kind`` is unknown or ``w`` and ``grad`` differ in shape.

    Notes
    -----
    ``ε`` goes outside the square root: ``√(v̂ + ε)`` is a different method,
    and it changes the steps completely when gradients are tiny (1e-10). Use
    whole-array operations: a loop over the entries of ``w`` is too slow.

    Examples
    --------
    >>> w, state = optimizer_step("adam", np.array([1.0, -1.0]), np.array([0.5, -2.0]), None, 0.1)
    >>> w          # the first Adam step moves every coordinate by about lr
    array([ 0.9, -0.9])
    """
    raise NotImplementedError


def lr_schedule(kind, step, lr0, *, total_steps=None, step_size=None, gamma=None, warmup_steps=0, lr_min=0.0):
    """The learning rate at step ``step`` (counted from 0) of a schedule.

    * ``"step"``: ``lr0 · γ^⌊step / step_size⌋`` — divide by ``1/γ`` every ``step_size`` steps.
    * ``"exponential"``: ``lr0 · γ^step``.
    * ``"cosine"``: with ``p = min(step, T) / T`` (``T = total_steps``),

      .. math:: lr = lr_{min} + ½ (lr_0 - lr_{min}) (1 + \\cos(π p))

      from ``lr0`` at step 0 down to ``lr_min`` at step ``T``, and ``lr_min``
      for every step after the end (no restart).
    * ``"warmup_cosine"``: for ``step < W`` (``W = warmup_steps``) a linear warm-up
      ``lr0 · step / W`` (0 at step 0, ``lr0`` at step ``W``), then the cosine above
      run over the remaining steps, with ``p = min(step - W, T - W) / (T - W)``.

    Parameters
    ----------
    kind : {"step", "exponential", "cosine", "warmup_cosine"}
    step : int
        The step number, ``>= 0``; may be past ``total_steps``.
    lr0 : float
        The initial (peak) learning rate.
    total_steps : int, optional
        ``T`` (cosine kinds).
    step_size : int, optional
        Steps between drops (``"step"``).
    gamma : float, optional
        Decay factor (``"step"`` and ``"exponential"``).
    warmup_steps : int, default 0
        ``W`` (``"warmup_cosine"``), with ``0 < W < T``.
    lr_min : float, default 0.0
        The floor of the cosine kinds.

    Returns
    -------
    lr : float

    Raises
    ------
    ValueError
        If ``step < 0``, ``kind`` is unknown, or a parameter the kind needs is missing.

    Examples
    --------
    >>> lr_schedule("cosine", 50, 0.1, total_steps=100)
    0.05
    >>> lr_schedule("cosine", 500, 0.1, total_steps=100)
    0.0
    >>> lr_schedule("step", 25, 0.1, step_size=10, gamma=0.5)
    0.025
    """
    raise NotImplementedError


def minibatch_sgd(grad_fn, w0, X, y, lr, n_epochs, batch_size, seed=None):
    """Mini-batch stochastic gradient descent.

    For every epoch, cut the samples into consecutive batches of ``batch_size``
    rows — the last batch holds the ``n mod batch_size`` leftover rows when
    ``batch_size`` does not divide ``n`` (it must not be dropped) — and for each
    batch ``B`` in turn:

    .. math:: w ← w - lr · \\text{grad\\_fn}(w, X_B, y_B)

    ``grad_fn`` already averages over the rows it is given. With ``seed=None``
    the batches follow the order of the rows. With a seed, create
    ``rng = np.random.default_rng(seed)`` once and visit the rows in the order
    ``rng.permutation(n)`` drawn afresh at the start of every epoch.

    Parameters
    ----------
    grad_fn : callable
        ``grad_fn(w, X_batch, y_batch) -> ndarray of shape (n_features,)``.
    w0 : ndarray of shape (n_features,)
        Starting point (not modified).
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
    lr : float
    n_epochs : int
        Passes over the data, ``>= 0``.
    batch_size : int
        ``>= 1``; ``batch_size >= n_samples`` is full-batch gradient descent.
    seed : int or None, default None

    Returns
    -------
    w : ndarray of shape (n_features,)
        The parameters after the last update.

    Raises
    ------
    ValueError
        If ``X`` and ``y`` have different numbers of rows, ``batch_size < 1`` or
        ``n_epochs < 0``.

    Notes
    -----
    Call ``grad_fn`` once per batch with the whole batch: calling it once per
    sample is far too slow (it is timed).

    Examples
    --------
    With ``grad_fn(w, Xb, yb) = Xb.T @ (Xb @ w - yb) / len(yb)`` (least squares),
    full batches and enough epochs, ``w`` reaches the least-squares solution.
    """
    raise NotImplementedError
