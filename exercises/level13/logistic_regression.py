"""Level 13 — logistic regression.

Logistic regression models the probability that a sample belongs to class 1 as

.. math:: P(y = 1 \\mid x) = σ(x^T w), \\qquad σ(z) = \\frac{1}{1 + e^{-z}}

where ``z = xᵀw`` is the *logit* (the log-odds) and ``σ`` squashes it into (0, 1). The weights
are learnt by maximum likelihood: minimise the mean negative log-likelihood (the *log loss*, or
cross-entropy), optionally plus an L2 penalty. In the running example, rows of ``X`` describe
(user, movie) pairs and ``y`` says whether the user liked the movie.

Conventions for the whole module: ``X`` is a float array of shape ``(n_samples, n_features)``,
``y`` a 1-D array of labels 0 and 1 (ints or floats), ``w`` a weight vector of shape
``(n_features,)``. There is no separate intercept (add a column of ones to ``X`` if you want one).

Numerics matter here. ``e^{-z}`` overflows to ``inf`` for ``z < -709``, and ``log(σ(z))`` is
``log(0) = -inf`` once ``σ(z)`` rounds to 0 — yet the true values are perfectly ordinary. The
grader turns floating-point warnings (overflow, divide by zero, invalid value) into errors, and
tests logits up to ``|z| = 1e4``.

Rules for this module: use NumPy only; SciPy (``scipy.special.expit``) and scikit-learn are not
allowed. Never modify the arguments. Run ``mlgrade level13 logistic_regression`` to grade this file.
"""

import numpy as np


def sigmoid(z):
    """The logistic function, elementwise, stable for any ``z``.

    .. math:: σ(z) = \\frac{1}{1 + e^{-z}} = \\frac{e^{z}}{1 + e^{z}}

    In words: it maps a logit (any real number) to a probability in (0, 1); ``σ(0) = 1/2``,
    ``σ(-z) = 1 - σ(z)``, and ``σ(z)`` is ≈ ``e^{z}`` (tiny) for very negative ``z``.

    Parameters
    ----------
    z : float or ndarray of any shape
        Logits.

    Returns
    -------
    s : float or ndarray of the same shape as z
        ``σ(z)``. A scalar ``z`` gives a Python float, an array gives a float array.

    Notes
    -----
    Banned: ``scipy.special.expit`` (it is exactly this function).

    Two numerical traps:

    * ``1 / (1 + np.exp(-z))`` overflows for ``z < -709`` (``e^{709}`` is the largest finite
      exponential). Use the two algebraically equal forms so that you only ever exponentiate a
      non-positive number: with ``e = e^{-|z|}`` (between 0 and 1),
      ``σ(z) = 1 / (1 + e)`` for ``z ≥ 0`` and ``σ(z) = e / (1 + e)`` for ``z < 0``.
      ``np.where(cond, a, b)`` computes both ``a`` and ``b`` everywhere, so both must be safe.
    * For very negative ``z``, ``σ(z)`` is tiny (``σ(-40) ≈ 4.2e-18``). Computing it as
      ``1 - σ(-z)`` gives exactly 0: subtracting two nearly equal numbers cancels every digit.
      The same happens with ``½(1 + tanh(z/2))``.

    For ``|z| > 745``, ``e^{-|z|}`` underflows to 0: that is harmless, the right value to
    double precision (if your NumPy setup reports it, compute the exponential inside
    ``with np.errstate(under="ignore"):``).

    For a scalar ``z``, ``np.where`` returns a 0-d array: return ``float(result)`` then.

    Examples
    --------
    >>> sigmoid(0.0)
    0.5
    >>> sigmoid(np.array([-1e4, 0.0, 1e4]))
    array([0. , 0.5, 1. ])
    """
    raise NotImplementedError


def log_loss(w, X, y):
    """Mean negative log-likelihood (log loss, binary cross-entropy) of the labels.

    .. math:: L(w) = -\\frac{1}{n} \\sum_{i=1}^n \\Big[ y_i \\log σ(z_i)
              + (1 - y_i) \\log\\big(1 - σ(z_i)\\big) \\Big], \\qquad z_i = x_i^T w

    In words: for each sample, the model gives probability ``σ(z_i)`` to class 1 and
    ``1 - σ(z_i)`` to class 0; the loss is minus the log of the probability it gave to the true
    class, averaged over samples. A confident wrong answer costs a lot (``≈ |z_i|``), a confident
    right one almost nothing.

    A form that is stable: with ``s_i = 2 y_i - 1 ∈ {-1, +1}`` and ``1 - σ(z) = σ(-z)``, each
    sample's loss is ``-log σ(s_i z_i) = log(1 + e^{-s_i z_i})``, and ``np.logaddexp(0, t)``
    computes ``log(e^0 + e^t) = log(1 + e^t)`` without ever forming ``e^t``.

    Parameters
    ----------
    w : ndarray of shape (n_features,)
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
        Labels, each 0 or 1 (ints or floats).

    Returns
    -------
    loss : float
        The mean over samples, as a Python float.

    Raises
    ------
    ValueError
        If a label is not 0 or 1 (e.g. labels in {-1, 1}).

    Notes
    -----
    Banned: ``sklearn.metrics.log_loss`` and SciPy.

    Do not compute ``np.log(sigmoid(z))``: for a sample misclassified with ``z = -1000``,
    ``σ(z)`` rounds to 0 and the log is ``-inf`` (a divide-by-zero warning), while the true
    loss is ≈ 1000. Clipping the probabilities to ``[ε, 1 - ε]`` hides the warning but caps each
    sample's loss at ``-log ε`` ≈ 34.5 — wrong by orders of magnitude. ``np.log1p(np.exp(-t))``
    overflows instead. The grader tests logits of 1e3 to 1e4. Compute all logits with one
    product ``X @ w``, no loop over samples.

    Examples
    --------
    >>> X = np.array([[1.0, 2.0], [1.0, -1.0]])
    >>> round(log_loss(np.zeros(2), X, np.array([1, 0])), 6)  # σ(0) = 1/2 for both: log 2
    0.693147
    """
    raise NotImplementedError


def log_loss_gradient(w, X, y):
    """Gradient of :func:`log_loss` with respect to ``w``.

    .. math:: \\nabla_w L = \\frac{1}{n} X^T \\big(σ(Xw) - y\\big)

    Derivation: one sample's loss is ``ℓ(z) = log(1 + e^{z}) - y z`` (check it for y = 0 and
    y = 1), so ``dℓ/dz = σ(z) - y``: the prediction minus the label. With ``z = xᵀw``, the chain
    rule gives ``∇_w ℓ = (σ(z) - y) x``; averaging over samples and stacking the ``x_i`` as rows of
    ``X`` turns the sum into a matrix-vector product. It is the same shape of formula as the
    least-squares gradient ``Xᵀ(Xw - y)/n``, with ``σ(Xw)`` as the prediction.

    Parameters
    ----------
    w : ndarray of shape (n_features,)
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
        Labels, each 0 or 1.

    Returns
    -------
    gradient : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If a label is not 0 or 1.

    Notes
    -----
    Common slips: forgetting the ``1/n`` (the loss is a mean), writing ``y - σ(Xw)`` (that is
    the gradient of the log-*likelihood*, which goes uphill for the loss), and ``X (σ(Xw) - y)``
    (shapes do not match: it is ``Xᵀ``). Use your stable :func:`sigmoid`: the grader tests logits
    of 1e3 to 1e4. Check your result against finite differences of your :func:`log_loss`.

    Examples
    --------
    >>> X = np.array([[1.0, 2.0], [1.0, -1.0]])
    >>> log_loss_gradient(np.zeros(2), X, np.array([1, 0]))  # ½ [(½-1)·[1, 2] + (½-0)·[1, -1]]
    array([ 0.  , -0.75])
    """
    raise NotImplementedError


def fit_logistic(X, y, l2=0.0, lr=0.1, n_iter=1000):
    """Fit the weights by minimising the L2-penalised log loss.

    .. math:: J(w) = L(w) + \\frac{l_2}{2} \\lVert w \\rVert^2, \\qquad
              \\nabla J(w) = \\frac{1}{n} X^T \\big(σ(Xw) - y\\big) + l_2\\, w

    In words: the log loss of :func:`log_loss` plus a penalty that pulls the weights towards 0
    (the ``½`` makes its gradient simply ``l2 · w``). ``J`` is convex, so any method that gets
    close to its minimum is right. The plain way is gradient descent from ``w = 0``::

        repeat n_iter times:  w ← w - lr · ∇J(w)

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
        Labels, each 0 or 1.
    l2 : float, default 0.0
        Strength of the penalty (``≥ 0``).
    lr : float, default 0.1
        Step size of gradient descent.
    n_iter : int, default 1000
        Number of gradient steps.

    Returns
    -------
    w : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If a label is not 0 or 1.

    Notes
    -----
    Banned: scikit-learn and SciPy. Your weights are graded on the objective ``J`` they reach:
    at least as low as gradient descent with the given ``lr`` and ``n_iter`` (you may use a
    better optimiser, e.g. Newton's method) and, where gradient descent converges, the weights
    of scikit-learn's ``LogisticRegression(C=1/(n·l2), fit_intercept=False)``, which minimises
    the same objective scaled by ``n``.

    With ``l2 = 0`` and separable classes the minimum is at infinity: ``||w||`` keeps growing
    and logits get huge, so use your stable functions inside the loop.

    Examples
    --------
    >>> X = np.array([[1.0], [2.0], [-1.0], [-2.0], [0.5]])
    >>> y = np.array([1, 1, 0, 0, 0])
    >>> w = fit_logistic(X, y, l2=0.1)
    >>> w.shape
    (1,)
    """
    raise NotImplementedError


def predict_proba(w, X):
    """Probability of class 1 for every sample.

    .. math:: p_i = P(y_i = 1 \\mid x_i) = σ(x_i^T w) \\quad\\Longleftrightarrow\\quad p = σ(Xw)

    Parameters
    ----------
    w : ndarray of shape (n_features,)
    X : ndarray of shape (n_samples, n_features)

    Returns
    -------
    p : ndarray of shape (n_samples,)
        Values in [0, 1]. (scikit-learn's ``predict_proba`` returns both columns
        ``[1 - p, p]``; here it is ``p`` only.)

    Notes
    -----
    One matrix-vector product and your :func:`sigmoid`; no loop over samples.

    Examples
    --------
    >>> predict_proba(np.array([1.0, -1.0]), np.array([[0.0, 0.0], [2.0, 1.0]]))
    array([0.5       , 0.73105858])
    """
    raise NotImplementedError
