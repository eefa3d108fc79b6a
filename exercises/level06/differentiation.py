"""Level 6 — numerical differentiation, and gradient descent on a quadratic.

A derivative is the limit of a difference quotient. A computer cannot take the
limit, but a small step ``h`` gets close — until ``h`` is so small that round-off
takes over. This module builds the finite-difference tools every ML engineer
uses to *check* a hand-written gradient ("gradient checking"):

* :func:`derivative` — the slope of ``f: ℝ → ℝ`` (forward and central differences);
* :func:`numerical_gradient` — the gradient of ``f: ℝⁿ → ℝ``, one coordinate at a time;
* :func:`jacobian` — all partial derivatives of ``f: ℝⁿ → ℝᵐ``;
* :func:`hessian` — the matrix of second derivatives of ``f: ℝⁿ → ℝ``;
* :func:`gradient_descent_quadratic` — follow ``-∇f`` downhill on ``f(x) = ½ xᵀ A x + bᵀ x``.

Rules for this module: use NumPy only (no SciPy, no autodiff libraries). The
functions ``f`` you receive are ordinary Python callables; one-variable ones are
vectorised (``f(array)`` works elementwise). Never modify the arguments: restore
anything you perturb, bit for bit. Run ``mlgrade level06 differentiation`` to grade
this file.
"""

import numpy as np


def derivative(f, x, h=None, method="central"):
    """Finite-difference approximation of ``f'(x)`` for ``f: ℝ → ℝ``.

    .. math::

        \\text{forward: } f'(x) ≈ \\frac{f(x + h) - f(x)}{h} \\qquad
        \\text{central: } f'(x) ≈ \\frac{f(x + h) - f(x - h)}{2h}

    In words: the slope of the secant through two nearby points. Taylor's theorem
    gives the *truncation* error: ``h f''(x) / 2`` for the forward quotient (first
    order: halving ``h`` halves the error) and ``h² f'''(x) / 6`` for the central one
    (second order: halving ``h`` quarters the error).

    Parameters
    ----------
    f : callable
        A vectorised function of one variable (``f(array)`` works elementwise).
    x : float or ndarray of shape (n,)
        Point(s) at which to differentiate; with an array, every entry is its own point.
    h : float, optional
        Step size, ``h > 0``. By default a step that balances truncation against
        round-off: ``ε^(1/3) · max(1, |x|)`` for central and ``√ε · max(1, |x|)`` for
        forward differences, where ``ε = np.finfo(float).eps``.
    method : {"central", "forward"}
        Which difference quotient to use.

    Returns
    -------
    slope : float or ndarray of shape (n,)
        A float for a scalar ``x``, an array of the same shape as ``x`` otherwise.

    Raises
    ------
    ValueError
        If ``method`` is not "central" or "forward", or if ``h <= 0``.

    Notes
    -----
    Smaller is not always better. ``f(x + h)`` and ``f(x)`` are each rounded to
    about 16 significant digits; their difference loses as many digits as they
    share, so the *round-off* error is about ``ε |f(x)| / h``. With ``h = 1e-13``
    that is ``1e-3``: worse than ``h = 1e-2``! The best step balances both errors,
    hence the defaults above. Evaluate ``f`` on whole arrays (no Python loop over
    the entries of ``x``).

    Examples
    --------
    >>> derivative(np.sin, 0.0, h=1e-3, method="forward")
    0.9999998333333416
    >>> round(derivative(np.exp, 1.0), 8)
    2.71828183
    """
    raise NotImplementedError


def numerical_gradient(f, x, h=1e-6):
    """Central-difference gradient of a scalar function ``f: ℝⁿ → ℝ``.

    .. math:: \\frac{∂f}{∂x_i}(x) ≈ \\frac{f(x + h e_i) - f(x - h e_i)}{2h}

    In words: nudge one coordinate at a time (``e_i`` is the i-th unit vector)
    and take the central difference; every other coordinate stays put.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns a float for an array ``x`` of the given shape.
    x : ndarray of any shape, e.g. (n,) or (rows, cols)
        The point; may have an integer dtype (compute in floats anyway).
    h : float, default 1e-6
        Step size, ``h > 0``.

    Returns
    -------
    grad : ndarray of the same shape as x, float
        ``grad[idx] ≈ ∂f/∂x[idx]`` for every index ``idx`` of ``x``.

    Raises
    ------
    ValueError
        If ``h <= 0``.

    Notes
    -----
    The classic implementation perturbs ``x[idx]`` in place, calls ``f`` and puts
    the value back. Put the *saved* value back: ``x[idx] += h`` followed by
    ``x[idx] -= h`` does not always return the same float (rounding!), and the
    caller's ``x`` must come back bit for bit unchanged. Safer still: perturb a
    float copy. On an integer array ``x[idx] += 1e-6`` silently rounds back to the
    integer, so the "step" is 0: convert to float first. Iterate over all
    indices of an array of any shape with ``np.ndindex(x.shape)``.

    Examples
    --------
    >>> numerical_gradient(lambda v: float(v @ v), np.array([1.0, -2.0]))  # exact: 2 x
    array([ 2., -4.])
    """
    raise NotImplementedError


def jacobian(f, x, h=1e-6):
    """Central-difference Jacobian of a vector function ``f: ℝⁿ → ℝᵐ``.

    .. math:: J_{ij} = \\frac{∂f_i}{∂x_j}(x) ≈ \\frac{f_i(x + h e_j) - f_i(x - h e_j)}{2h}

    In words: column ``j`` of ``J`` is how the whole output vector moves when
    input ``j`` moves — one central difference of the vector ``f`` per input.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns an ndarray of shape (m,) for ``x`` of shape (n,).
    x : ndarray of shape (n,)
        The point; may have an integer dtype.
    h : float, default 1e-6
        Step size, ``h > 0``.

    Returns
    -------
    J : ndarray of shape (m, n)
        One row per output, one column per input.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D or ``h <= 0``.

    Notes
    -----
    The shape convention matters: ``(m, n)`` (outputs × inputs), so that
    ``f(x + δ) ≈ f(x) + J δ``. For ``m = 1`` the Jacobian is the gradient as a row.
    Leave ``x`` unchanged, as in :func:`numerical_gradient`.

    Examples
    --------
    >>> W = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    >>> np.round(jacobian(lambda v: W @ v, np.zeros(2)), 6)  # a linear map's Jacobian is W
    array([[1., 2.],
           [3., 4.],
           [5., 6.]])
    """
    raise NotImplementedError


def hessian(f, x, h=1e-4):
    """Central-difference Hessian (second derivatives) of ``f: ℝⁿ → ℝ``.

    .. math::

        H_{ij} = \\frac{∂^2 f}{∂x_i ∂x_j} ≈
        \\frac{f(x + h e_i + h e_j) - f(x + h e_i - h e_j) - f(x - h e_i + h e_j) + f(x - h e_i - h e_j)}{4 h^2}

    In words: the central difference (in ``x_i``) of the central difference (in
    ``x_j``). For ``i = j`` the formula becomes
    ``(f(x + 2h e_i) - 2 f(x) + f(x - 2h e_i)) / (4h²)``. For ``f(x) = xᵀ A x`` the
    Hessian is ``A + Aᵀ`` — not ``2A`` unless ``A`` is symmetric.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns a float for ``x`` of shape (n,).
    x : ndarray of shape (n,)
    h : float, default 1e-4
        Step size, ``h > 0``. Second differences divide by ``h²``, so round-off is
        ``ε |f| / h²``: the best step is larger than for first derivatives (≈ ε^(1/4)).

    Returns
    -------
    H : ndarray of shape (n, n)
        Symmetric: ``H[i, j] == H[j, i]`` exactly.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D or ``h <= 0``.

    Notes
    -----
    The points ``x + h e_i + h e_j`` and ``x + h e_j + h e_i`` are the same, so
    compute the upper triangle and mirror it: ``H`` comes out exactly symmetric and
    you save half of the ``f`` calls. (Differentiating a numerical gradient a second
    time also works, but then symmetrise: ``(H + Hᵀ) / 2``.) Leave ``x`` unchanged.

    Examples
    --------
    >>> A = np.array([[1.0, 2.0], [0.0, 3.0]])
    >>> np.round(hessian(lambda v: float(v @ A @ v), np.array([0.5, -1.0])), 6)  # A + Aᵀ
    array([[2., 2.],
           [2., 6.]])
    """
    raise NotImplementedError


def gradient_descent_quadratic(A, b, x0, lr, n_steps):
    """Gradient descent on the quadratic ``f(x) = ½ xᵀ A x + bᵀ x``; returns every iterate.

    .. math:: x_{t+1} = x_t - η ∇f(x_t) = x_t - η (A x_t + b), \\qquad t = 0, …, T - 1

    For symmetric positive definite ``A`` the minimiser is ``x* = -A⁻¹ b`` (where
    the gradient vanishes). The error obeys ``x_{t+1} - x* = (I - η A)(x_t - x*)``,
    so the iteration converges exactly when ``0 < η < 2 / L``, with ``L`` the largest
    eigenvalue of ``A``; for larger ``η`` it diverges (the iterates blow up).

    Parameters
    ----------
    A : ndarray of shape (d, d)
        Symmetric (positive definite for convergence).
    b : ndarray of shape (d,)
    x0 : ndarray of shape (d,)
        Starting point.
    lr : float
        Learning rate ``η > 0``.
    n_steps : int
        Number of updates ``T >= 0``.

    Returns
    -------
    history : ndarray of shape (n_steps + 1, d)
        ``history[0]`` is ``x0``, ``history[t]`` is ``x_t``: the starting point and
        then one row per step — ``n_steps + 1`` rows in all.

    Raises
    ------
    ValueError
        If the shapes do not match, ``A`` is not symmetric, ``lr <= 0`` or ``n_steps < 0``.

    Notes
    -----
    The loop over steps is unavoidable (each step needs the previous one), but each
    step is one matrix-vector product: no loop over coordinates. Do not update
    ``x0`` in place (``x = x0; x -= ...`` changes the caller's array). A diverging
    run with ``lr > 2 / L`` is *expected* to grow; return it as it is.

    Examples
    --------
    >>> A, b = np.array([[2.0, 0.0], [0.0, 1.0]]), np.array([-2.0, -1.0])
    >>> gradient_descent_quadratic(A, b, np.zeros(2), 0.5, 2)  # x* = (1, 1)
    array([[0.  , 0.  ],
           [1.  , 0.5 ],
           [1.  , 0.75]])
    """
    raise NotImplementedError
