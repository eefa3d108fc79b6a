"""Level 13 — linear regression.

Linear regression predicts a target as a weighted sum of features, ``ŷ = X w``,
and chooses the weights that make the squared error small. In the running
example, rows of ``X`` are users, columns are how much each of them liked a few
movies, and ``y`` is the rating they will give a new one.

This module builds the classic ways to find ``w``:

* the **normal equation** ``Xᵀ X w = Xᵀ y`` (set the gradient to zero and solve);
* **QR**: ``X = Q R`` and ``R w = Qᵀ y``, the accurate way (nothing gets squared);
* **ridge**: least squares plus a penalty ``alpha ||w||²`` that keeps ``w`` small;
* **lasso**: a penalty ``alpha ||w||₁`` that sets some weights to exactly zero,
  solved by coordinate descent;
* **gradient descent** on the mean squared error, step by step.

Conventions: ``X`` is a float array of shape ``(n_samples, n_features)`` =
``(n, d)``, ``y`` has shape ``(n,)`` and weight vectors have shape ``(d,)``.
There is no hidden intercept: if you want one, add a column of ones with
:func:`add_bias` first. Never modify the arguments.

Rules for this module: NumPy only. SciPy and scikit-learn are not allowed, and
``np.linalg.lstsq`` and ``np.linalg.pinv`` (which solve least squares for you)
are banned where noted. ``np.linalg.solve``, ``np.linalg.cholesky`` and
``np.linalg.qr`` are fine. Run ``mlgrade level13 linear_regression`` to grade
this file.
"""

import numpy as np


def add_bias(X):
    """Prepend a column of ones to ``X`` (the intercept feature).

    .. math:: \\tilde X = [\\mathbf 1 \\;|\\; X], \\qquad \\tilde x_i = (1, x_{i1}, \\dots, x_{id})

    In words: every sample gets an extra first feature that is always 1, so the
    first weight ``w₀`` of ``X̃ w̃ = w₀ + X w`` acts as the intercept and every
    model in this module stays linear in its weights.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)

    Returns
    -------
    X_bias : ndarray of shape (n_samples, n_features + 1)
        A new float array: column 0 is all ones, columns 1… are ``X``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D.

    Notes
    -----
    The ones go *first*. ``np.hstack`` or ``np.column_stack`` do it in one call;
    no loop is needed.

    Examples
    --------
    >>> add_bias(np.array([[2.0, 3.0], [4.0, 5.0]]))
    array([[1., 2., 3.],
           [1., 4., 5.]])
    """
    raise NotImplementedError


def mse_gradient(X, y, w):
    """Gradient of the mean squared error (with a ½) at ``w``.

    .. math:: J(w) = \\frac{1}{2n} \\lVert X w - y \\rVert^2, \\qquad
              \\nabla J(w) = \\frac{1}{n} X^T (X w - y)

    In words: ``r = X w - y`` is the residual (prediction minus target) of each
    sample; the gradient is the average of ``r_i x_i`` over samples. The ``½`` in
    ``J`` is there so the 2 from differentiating the square cancels.

    Derivation hint: write ``J(w) = 1/(2n) Σ_i (x_iᵀ w - y_i)²`` and differentiate
    one term with the chain rule; then notice that ``Σ_i r_i x_i = Xᵀ r``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
    w : ndarray of shape (n_features,)

    Returns
    -------
    gradient : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If the shapes of ``X``, ``y`` and ``w`` do not fit together.

    Notes
    -----
    Two matrix-vector products do the whole sum; a Python loop over samples is
    far too slow (this is timed).

    Examples
    --------
    >>> X = np.array([[1.0, 0.0], [0.0, 2.0]])
    >>> mse_gradient(X, np.array([1.0, 2.0]), np.zeros(2))
    array([-0.5, -2. ])
    """
    raise NotImplementedError


def normal_equation(X, y):
    """Least-squares weights by solving the normal equation.

    .. math:: \\hat w = \\arg\\min_w \\lVert X w - y \\rVert^2
              \\quad\\Longleftrightarrow\\quad X^T X \\hat w = X^T y

    In words: at the minimum the gradient ``Xᵀ (X w - y) / n`` is zero, which is a
    ``d × d`` linear system for ``w``. It has a unique solution when the columns
    of ``X`` are linearly independent (``n ≥ d``).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)

    Returns
    -------
    w : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If ``X`` and ``y`` have different numbers of rows.

    Notes
    -----
    Banned: ``np.linalg.lstsq`` and ``np.linalg.pinv`` (they would do the whole
    exercise). Solve the system with ``np.linalg.solve`` (or a Cholesky
    factorisation: ``Xᵀ X`` is symmetric positive definite) instead of computing
    an inverse. Forming ``Xᵀ X`` squares the condition number of ``X``: fine for
    well-conditioned data, inaccurate for nearly collinear features (see
    :func:`least_squares_qr`).

    Examples
    --------
    >>> X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    >>> normal_equation(X, X @ np.array([2.0, -1.0]))
    array([ 2., -1.])
    """
    raise NotImplementedError


def least_squares_qr(X, y):
    """Least-squares weights through the thin QR factorisation of ``X``.

    .. math:: X = Q R, \\quad Q^T Q = I_d, \\; R \\text{ upper triangular}
              \\quad\\Longrightarrow\\quad R \\hat w = Q^T y

    In words: ``Q`` has orthonormal columns, so it does not change lengths and
    ``||X w - y||`` is smallest when ``R w = Qᵀ y``. That triangular system is
    solved by back substitution, from the last unknown up.

    Derivation hint: substitute ``X = Q R`` into the normal equation
    ``Xᵀ X w = Xᵀ y`` and cancel ``Rᵀ`` (invertible when ``X`` has full column rank).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
        Full column rank (``n ≥ d``).
    y : ndarray of shape (n_samples,)

    Returns
    -------
    w : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If ``X`` and ``y`` have different numbers of rows.

    Notes
    -----
    Use ``np.linalg.qr(X)`` (its default ``mode="reduced"`` is the thin QR, with
    ``R`` of shape ``(d, d)``), then back substitution — write the loop, or use
    ``np.linalg.solve`` on ``R``. Banned: ``np.linalg.lstsq`` and ``np.linalg.pinv``.

    Why bother: ``cond(Xᵀ X) = cond(X)²``. With ``cond(X) = 1e8`` the normal
    equation works with a matrix of condition ``1e16`` and loses every digit,
    while QR keeps about eight. This is checked.
    """
    raise NotImplementedError


def ridge(X, y, alpha):
    """Ridge regression (least squares with an L2 penalty), closed form.

    .. math:: \\hat w = \\arg\\min_w \\lVert X w - y \\rVert^2 + α \\lVert w \\rVert^2
              = (X^T X + α I)^{-1} X^T y

    In words: the penalty pulls the weights towards zero; the larger ``alpha``,
    the smaller ``w``. With ``alpha = 0`` this is ordinary least squares. The
    objective is exactly the one of scikit-learn's
    ``Ridge(alpha, fit_intercept=False)``: no ``1/n`` and no ``½`` in front of
    either term.

    Derivation hint: the gradient of the objective is ``2 Xᵀ (X w - y) + 2 α w``;
    set it to zero.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
    alpha : float
        Penalty strength, ``alpha >= 0``.

    Returns
    -------
    w : ndarray of shape (n_features,)

    Raises
    ------
    ValueError
        If ``alpha < 0`` or the shapes do not fit.

    Notes
    -----
    Banned: ``np.linalg.lstsq`` and ``np.linalg.pinv``. For ``alpha > 0`` the
    matrix ``Xᵀ X + α I`` is positive definite, so it is solvable even with more
    features than samples or collinear features — which is one reason ridge exists.

    Examples
    --------
    >>> X = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> ridge(X, np.array([2.0, 4.0]), alpha=1.0)
    array([1., 2.])
    """
    raise NotImplementedError


def lasso(X, y, alpha, n_iter=1000, tol=1e-8):
    """Lasso regression (L1 penalty) by cyclic coordinate descent.

    .. math:: \\hat w = \\arg\\min_w \\frac{1}{2n} \\lVert y - X w \\rVert^2 + α \\lVert w \\rVert_1

    This is the objective of scikit-learn's ``Lasso(alpha, fit_intercept=False)``
    (note the ``1/(2n)``, unlike :func:`ridge`). The L1 penalty makes many
    weights *exactly* zero: the lasso selects features.

    Coordinate descent minimises over one weight ``w_j`` at a time, the others
    fixed, cycling ``j = 0, 1, …, d-1`` (one *sweep*). With ``r = y - X w`` the
    current residual, ``x_j`` column ``j`` of ``X`` and ``z_j = ||x_j||²``:

    .. math:: ρ_j = x_j^T r + z_j w_j, \\qquad
              w_j \\leftarrow \\frac{S(ρ_j,\\; n α)}{z_j}, \\qquad
              S(ρ, t) = \\operatorname{sign}(ρ) \\max(|ρ| - t, 0)

    In words: ``ρ_j`` is how much feature ``j`` correlates with the residual
    left when feature ``j`` is taken out; the soft threshold ``S`` shrinks it by
    ``nα`` and sets it to exactly 0 when ``|ρ_j| <= nα``. After changing ``w_j``,
    update the residual: ``r ← r - x_j (w_j^new - w_j^old)``.

    Derivation hint: as a function of ``w_j`` alone, the objective is
    ``1/(2n) ||r_j - x_j w_j||² + α |w_j| + const`` with ``r_j = r + x_j w_j``.
    Multiply by ``n`` and use the subgradient of ``|w_j|`` (``[-1, 1]`` at 0).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
    alpha : float
        Penalty strength, ``alpha >= 0``.
    n_iter : int, default 1000
        Maximum number of sweeps over all coordinates.
    tol : float, default 1e-8
        Stop after a sweep in which no weight changed by more than ``tol``
        (``max_j |w_j^new - w_j^old| < tol``).

    Returns
    -------
    w : ndarray of shape (n_features,)
        Start from ``w = 0``. Weights the optimum sets to zero must be exactly ``0.0``.

    Raises
    ------
    ValueError
        If ``alpha < 0`` or the shapes do not fit.

    Notes
    -----
    The loop over coordinates is inherent, but each update must cost ``O(n)``:
    keep the residual up to date instead of recomputing ``y - X @ w`` (an
    ``O(n d)`` product) for every coordinate — this is timed. A (sub)gradient
    method gets close to the optimum but never to exact zeros. Skip columns of
    zeros (``z_j = 0``); their weight stays 0.

    Examples
    --------
    >>> X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    >>> lasso(X, np.array([3.0, 0.1, 3.0]), alpha=0.2)  # feature 1 is dropped: exactly 0
    array([2.7, 0. ])
    """
    raise NotImplementedError


def gradient_descent(X, y, lr, n_iter):
    """Full-batch gradient descent on the mean squared error, from ``w = 0``.

    .. math:: J(w) = \\frac{1}{2n} \\lVert X w - y \\rVert^2, \\qquad
              w_{k+1} = w_k - η \\nabla J(w_k) = w_k - \\frac{η}{n} X^T (X w_k - y)

    In words: start at ``w₀ = 0`` and take ``n_iter`` steps downhill, each of
    size ``lr`` (η) times the gradient over *all* samples (see
    :func:`mse_gradient`). Record the loss as you go: ``losses[k] = J(w_k)`` for
    ``k = 0, …, n_iter``, i.e. the loss before each step and then the final loss.
    For ``lr`` below ``2 / λ_max(Xᵀ X / n)`` the losses decrease and ``w``
    approaches the least-squares solution.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
    lr : float
        The learning rate (step size) η.
    n_iter : int
        Number of steps, ``>= 0``.

    Returns
    -------
    w : ndarray of shape (n_features,)
        The weights after ``n_iter`` steps.
    losses : ndarray of shape (n_iter + 1,)
        ``J`` before each step, then the final ``J``; ``losses[0] = ||y||² / (2n)``.

    Raises
    ------
    ValueError
        If the shapes do not fit or ``n_iter < 0``.

    Notes
    -----
    One step is two matrix-vector products (the residual ``X w - y`` serves both
    the loss and the gradient). A Python loop over samples inside each step is
    far too slow (this is timed).

    Examples
    --------
    >>> X = np.array([[1.0], [2.0]])
    >>> w, losses = gradient_descent(X, np.array([1.0, 2.0]), lr=0.5, n_iter=2)
    >>> w, losses
    (array([0.9375]), array([1.25      , 0.078125  , 0.00488281]))
    """
    raise NotImplementedError
