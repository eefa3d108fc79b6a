"""Level 9 — losses and their gradients.

Training a model means following the gradient of a loss. Here you write five
losses together with their gradients with respect to the predictions, the
quantity back-propagation starts from:

* regression: mean squared error, mean absolute error and the Huber loss, which
  is quadratic for small residuals and linear for large ones;
* classification: the hinge loss (labels -1/+1, the SVM loss) and binary
  cross-entropy computed directly from logits (labels 0/1).

Every loss is the *mean* over the ``n`` samples, so every gradient carries a
``1 / n``. At a kink (|r| = 0 for MAE, margin = 1 for the hinge) any subgradient
is accepted.

Rules for this module: NumPy only; ``sklearn.metrics`` is banned (it is the
oracle the grader compares you with), and so are scikit-learn, PyTorch, JAX and
TensorFlow. Never modify the arguments. Floating-point warnings (overflow,
invalid value, divide by zero) count as errors. Run ``mlgrade level09 losses``
to grade this file.
"""

import numpy as np


def regression_loss(y_true, y_pred, kind="mse", delta=1.0):
    """Mean regression loss and its gradient with respect to ``y_pred``.

    With residuals ``r = y_pred - y_true``:

    * ``"mse"``:   ``L = (1/n) Σ r_i²``,  gradient ``2 r_i / n``;
    * ``"mae"``:   ``L = (1/n) Σ |r_i|``, gradient ``sign(r_i) / n`` (any value in
      ``[-1/n, 1/n]`` where ``r_i = 0``);
    * ``"huber"``: ``L = (1/n) Σ ρ_δ(r_i)`` with

      .. math:: ρ_δ(r) = ½ r² \\text{ if } |r| ≤ δ, \\qquad δ (|r| - ½ δ) \\text{ otherwise},

      gradient ``clip(r_i, -δ, δ) / n``.

    In words: the Huber loss behaves like MSE near the target and like MAE far
    from it, so outliers pull on the fit with a bounded force ``δ``. The two
    pieces meet at ``|r| = δ`` with the same value ``½ δ²`` and the same slope.

    Parameters
    ----------
    y_true : ndarray of shape (n_samples,)
    y_pred : ndarray of shape (n_samples,)
    kind : {"mse", "mae", "huber"}
    delta : float, default 1.0
        The Huber threshold ``δ > 0`` (ignored by the other kinds).

    Returns
    -------
    loss : float
    grad : ndarray of shape (n_samples,)
        ``∂L / ∂y_pred``.

    Raises
    ------
    ValueError
        If the arrays are not 1-D of the same non-zero length, ``kind`` is
        unknown, or ``delta <= 0`` for the Huber loss.

    Notes
    -----
    Banned: ``sklearn.metrics`` (``mean_squared_error`` and friends are the
    oracle). Do not forget the ``-½ δ²`` in the linear piece: without it the
    loss jumps at ``|r| = δ``. Loop-free NumPy is expected (it is timed).

    Examples
    --------
    >>> regression_loss(np.zeros(3), np.array([0.5, -2.0, 1.0]), "huber", 1.0)
    (0.7083333333333334, array([ 0.16666667, -0.33333333,  0.33333333]))
    """
    raise NotImplementedError


def classification_loss(y, scores, kind):
    """Mean classification loss and its gradient with respect to the scores.

    * ``"hinge"`` (labels ``y_i ∈ {-1, +1}``):

      .. math:: L = \\frac1n \\sum_i \\max(0, 1 - y_i s_i), \\qquad
                \\frac{∂L}{∂s_i} = -y_i / n \\text{ if } y_i s_i < 1 \\text{ else } 0

      A sample costs nothing once it is on the right side with margin at least 1.
    * ``"bce_with_logits"`` (labels ``y_i ∈ {0, 1}``, or probabilities in
      ``[0, 1]``): binary cross-entropy of ``p_i = σ(s_i)``, computed from the
      logit ``s_i`` without forming ``p_i``:

      .. math:: L = \\frac1n \\sum_i \\max(s_i, 0) - y_i s_i + \\log(1 + e^{-|s_i|}),
                \\qquad \\frac{∂L}{∂s_i} = (σ(s_i) - y_i) / n

    Parameters
    ----------
    y : ndarray of shape (n_samples,)
        Labels: -1/+1 for the hinge loss, 0/1 for cross-entropy.
    scores : ndarray of shape (n_samples,)
        Real-valued scores (logits), possibly huge (±1000).
    kind : {"hinge", "bce_with_logits"}

    Returns
    -------
    loss : float
    grad : ndarray of shape (n_samples,)

    Raises
    ------
    ValueError
        If the labels use the other convention (0/1 for the hinge loss, -1/+1
        for cross-entropy: a silent mix-up trains a wrong model), if the arrays
        are not 1-D of the same non-zero length, or ``kind`` is unknown.

    Notes
    -----
    Banned: ``sklearn.metrics``. ``log(σ(s))`` with ``σ(s) = 1 / (1 + e^{-s})``
    overflows for ``s = -1000`` and gives ``log(0)`` for ``s = 1000``; use the
    form above and a two-branch sigmoid (``e = exp(-|s|)`` is at most 1).

    Examples
    --------
    >>> classification_loss(np.array([1.0, -1.0]), np.array([0.5, -3.0]), "hinge")
    (0.25, array([-0.5,  0. ]))
    >>> classification_loss(np.array([1.0, 0.0]), np.array([1000.0, 0.0]), "bce_with_logits")
    (0.34657359027997264, array([0.  , 0.25]))
    """
    raise NotImplementedError
