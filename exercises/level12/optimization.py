"""Level 12 — numerical optimisation: Newton's method, backtracking line search, gradient checks.

Three workhorses of numerical optimisation, each a few lines around one idea:

* **Newton's method** minimises the local quadratic model
  ``f(x + s) ≈ f(x) + gᵀ s + ½ sᵀ H s``: its minimiser is the step ``s = -H⁻¹ g``.
  On a quadratic one step lands exactly on the minimum; near a minimum the number
  of correct digits doubles at every step.
* **Backtracking line search** picks how far to go along a descent direction
  ``p``: start at ``alpha0`` and shrink by ``rho`` until the Armijo condition
  (sufficient decrease) holds.
* **Gradient checking** compares an analytic gradient with central differences:
  the standard test that a backpropagation is right.

The functions ``f``, ``grad`` and ``hess`` you receive are ordinary callables:
``f(x)`` returns a float, ``grad(x)`` an array of the shape of ``x``, ``hess(x)`` a
``(d, d)`` array.

Rules for this module: use NumPy only (``np.linalg.solve`` and
``np.linalg.cholesky`` are fine). SciPy (including ``scipy.optimize``) and
scikit-learn are banned for the whole level. Floating-point warnings count as
errors in the grader. Never modify the arguments. Run ``mlgrade level12
optimization`` to grade this file.
"""

import numpy as np


def newton_minimize(grad, hess, x0, tol=1e-10, max_iter=50):
    """Minimise a smooth function by Newton's method, from its gradient and Hessian.

    .. math:: x_{k+1} = x_k - H(x_k)^{-1} \\, \\nabla f(x_k)

    In words: at ``x_k`` the function looks like the quadratic
    ``f(x_k) + gᵀ s + ½ sᵀ H s``; when ``H`` is positive definite that quadratic has
    a unique minimum at ``s = -H⁻¹ g``, found by solving ``H s = -g``. Take the step
    and repeat. Newton's method needs no ``f``: only its gradient and Hessian.

    The iteration, exactly:

    1. ``x = x0`` (as a float copy).
    2. Repeat at most ``max_iter`` times: ``g = grad(x)``; if ``‖g‖₂ <= tol``
       return ``x``; ``H = hess(x)``; if ``H`` is not positive definite raise
       ``ValueError``; otherwise ``x = x - solve(H, g)``.
    3. Return ``x`` (after ``max_iter`` steps, converged or not).

    Parameters
    ----------
    grad : callable
        ``grad(x)``, ndarray of shape (d,): the gradient of ``f`` at ``x``.
    hess : callable
        ``hess(x)``, ndarray of shape (d, d): the (symmetric) Hessian of ``f`` at ``x``.
    x0 : ndarray of shape (d,)
        The starting point.
    tol : float, default=1e-10
        Stop when the gradient's Euclidean norm is at most ``tol``.
    max_iter : int, default=50
        The largest number of Newton steps.

    Returns
    -------
    x : ndarray of shape (d,)
        The last iterate (float).

    Raises
    ------
    ValueError
        If the Hessian at an iterate is not positive definite: the quadratic
        model then has no minimum, and the Newton step heads for a saddle point
        or a maximum. (``np.linalg.LinAlgError``, which ``np.linalg.cholesky``
        raises for such a matrix, is a subclass of ``ValueError`` and counts.)

    Notes
    -----
    Banned: SciPy (``scipy.optimize`` is what you are writing). Solve ``H s = g``
    with ``np.linalg.solve`` rather than forming ``H⁻¹``. The step goes *against*
    the gradient: ``x - s``. Test positive definiteness with
    ``np.linalg.cholesky(H)`` (it fails exactly when ``H`` is not positive
    definite) or with the smallest eigenvalue of ``np.linalg.eigvalsh(H)``.

    Examples
    --------
    For ``f(x) = ½ xᵀ A x + bᵀ x`` the gradient is ``A x + b`` and the Hessian ``A``;
    one step from anywhere lands on ``-A⁻¹ b``:

    >>> A, b = np.array([[2.0, 0.0], [0.0, 4.0]]), np.array([-2.0, 4.0])
    >>> newton_minimize(lambda x: A @ x + b, lambda x: A, np.zeros(2), max_iter=1)
    array([ 1., -1.])
    """
    raise NotImplementedError


def backtracking_line_search(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    """The largest step ``alpha = alpha0 · rho^j`` (j = 0, 1, 2, …) that satisfies the Armijo condition.

    .. math:: f(x + α p) \\le f(x) + c \\, α \\, g^T p

    In words: ``gᵀp < 0`` is the slope of ``f`` along ``p`` at ``x``, so a tiny step
    decreases ``f`` by about ``α |gᵀp|``. Armijo asks for at least the fraction ``c``
    of that predicted decrease. Try ``α = alpha0`` first; while the condition
    fails, shrink ``α`` by the factor ``rho``. Return the first ``α`` that passes,
    which is the largest one on the grid ``alpha0 · rho^j``.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns a float.
    g : ndarray of the same shape as x
        The gradient of ``f`` at ``x``.
    x : ndarray of any shape
        The current point.
    p : ndarray of the same shape as x
        The search direction; it must be a descent direction (``gᵀ p < 0``, summed
        over all entries).
    alpha0 : float, default=1.0
        The first step tried (> 0).
    rho : float, default=0.5
        The shrink factor, ``0 < rho < 1``.
    c : float, default=1e-4
        The sufficient-decrease constant, ``0 < c < 1``.
    max_iter : int, default=100
        The number of step sizes tried: ``alpha0 · rho^j`` for ``j = 0 … max_iter - 1``.

    Returns
    -------
    alpha : float
        The largest ``alpha0 · rho^j`` that satisfies the Armijo condition.

    Raises
    ------
    ValueError
        If ``p`` is not a descent direction (``gᵀ p >= 0``): then no step size
        decreases ``f`` to first order, and the loop would shrink ``α`` forever.
    RuntimeError
        If none of the ``max_iter`` step sizes satisfies the condition (for
        example when ``g`` is not really the gradient of ``f``).

    Notes
    -----
    Evaluate ``f(x)`` and ``gᵀ p`` once, before the loop. Never change ``x``: build
    the trial point as a new array ``x + α p``.

    Examples
    --------
    For ``f(x) = ‖x‖²`` at ``x = (1, 1)`` with ``p = -g = (-2, -2)``: ``α = 1`` gives
    ``f = 2`` (not below ``2 - 8c``), ``α = 0.5`` gives ``f = 0``:

    >>> x = np.array([1.0, 1.0])
    >>> backtracking_line_search(lambda v: float(v @ v), 2 * x, x, -2 * x)
    0.5
    """
    raise NotImplementedError


def gradient_check(f, x, analytic_grad, eps=1e-6):
    """The relative error between an analytic gradient and central finite differences.

    .. math:: n_i = \\frac{f(x + ε e_i) - f(x - ε e_i)}{2ε}, \\qquad
              \\text{error} = \\frac{\\|a - n\\|_2}{\\max(\\|a\\|_2 + \\|n\\|_2, \\text{tiny})}

    In words: estimate each partial derivative by a central difference (``e_i`` is
    the array with a 1 in entry ``i`` and 0 elsewhere), then compare the whole
    numerical gradient ``n`` with the analytic one ``a``. The norms are Euclidean
    norms of all entries (``np.linalg.norm(v.ravel())``). ``tiny`` is
    ``np.finfo(float).tiny``: when both gradients are exactly 0 the error is 0,
    not 0 / 0. A correct gradient gives an error around 1e-8 or less; a wrong one
    gives something of order 1.

    Parameters
    ----------
    f : callable
        ``f(x)`` returns a float; ``x`` may be an array of any shape (e.g. a weight
        matrix).
    x : ndarray of any shape
        The point (float).
    analytic_grad : ndarray of the same shape as x
        The gradient to check, at ``x``.
    eps : float, default=1e-6
        The finite-difference step.

    Returns
    -------
    error : float
        The relative error defined above, in [0, 1].

    Raises
    ------
    ValueError
        If ``analytic_grad`` does not have the shape of ``x``.

    Notes
    -----
    ``x`` must be exactly as it was when you return: perturb a copy
    (``np.array(x, dtype=float)``), not ``x`` itself. Adding ``eps`` and
    subtracting it again does not always give the original number back
    (``1e-7 + 1e-6 - 1e-6`` is ``1.000000000000001e-07``). Use central differences, not forward ones:
    their error is ``O(ε²)``, not ``O(ε)``.

    Examples
    --------
    >>> f = lambda v: float(np.sum(v ** 2))
    >>> x = np.array([1.0, -2.0])
    >>> gradient_check(f, x, 2 * x) < 1e-8
    True
    >>> round(gradient_check(f, x, x), 6)  # a gradient half as large: |2x - x| / (|2x| + |x|) = 1/3
    0.333333
    """
    raise NotImplementedError
