"""Numerical optimisation: Newton's method, backtracking line search, gradient checks, solved."""

import numpy as np


def newton_minimize(grad, hess, x0, tol=1e-10, max_iter=50):
    """Newton's method x ← x - H⁻¹ g, stopping when ‖g‖ <= tol or after max_iter steps."""
    x = np.array(x0, dtype=float)  # a copy: the steps below never touch the caller's x0
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) <= tol:
            return x
        H = np.asarray(hess(x), dtype=float)
        # The local model f(x) + gᵀs + ½ sᵀHs has a minimum only if H is positive definite;
        # otherwise its stationary point is a saddle or a maximum and the step goes uphill.
        # Cholesky (H = L Lᵀ) exists exactly when H is positive definite.
        try:
            np.linalg.cholesky(H)
        except np.linalg.LinAlgError:
            raise ValueError(f"the Hessian at x = {x} is not positive definite, so the Newton step does not "
                             "lead to a minimum") from None
        # Minimiser of the model: H s = -g. Solving is cheaper and more accurate than inverting H.
        x = x - np.linalg.solve(H, g)
    return x


def backtracking_line_search(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    """The first alpha0 · rho^j that satisfies f(x + α p) <= f(x) + c α gᵀp."""
    x = np.asarray(x, dtype=float)
    p = np.asarray(p, dtype=float)
    g = np.asarray(g, dtype=float)
    if g.shape != x.shape or p.shape != x.shape:
        raise ValueError(f"g and p must have the shape of x {x.shape}, got {g.shape} and {p.shape}")
    if not (alpha0 > 0 and 0 < rho < 1 and 0 < c < 1):
        raise ValueError(f"need alpha0 > 0, 0 < rho < 1 and 0 < c < 1, got {alpha0}, {rho}, {c}")
    # The slope of α ↦ f(x + α p) at α = 0 is gᵀp; it must be negative, or no small step helps.
    slope = float(np.sum(g * p))
    if not slope < 0:
        raise ValueError(f"p is not a descent direction: gᵀp = {slope:g} must be negative")
    fx = f(x)  # computed once: only the trial points change
    alpha = float(alpha0)
    for _ in range(max_iter):
        # Sufficient decrease: at least the fraction c of what the linear model predicts.
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return alpha
        alpha *= rho  # the grid alpha0, alpha0 ρ, alpha0 ρ², …: the first success is the largest
    raise RuntimeError(f"no step size alpha0 · rho^j, j < {max_iter}, satisfies the Armijo condition; "
                       "is g really the gradient of f at x?")


def gradient_check(f, x, analytic_grad, eps=1e-6):
    """‖a - n‖ / max(‖a‖ + ‖n‖, tiny), with n the central-difference gradient of f at x."""
    a = np.asarray(analytic_grad, dtype=float)
    work = np.array(x, dtype=float)  # a private copy to perturb; the caller's x stays as it was
    if a.shape != work.shape:
        raise ValueError(f"analytic_grad must have the shape of x {work.shape}, got {a.shape}")
    numeric = np.empty_like(work)
    # One entry at a time (f takes the whole array): ∂f/∂x_i ≈ (f(x + ε e_i) - f(x - ε e_i)) / 2ε,
    # whose error is O(ε²) (the even terms of the Taylor series cancel).
    for index in np.ndindex(work.shape):
        original = work[index]
        work[index] = original + eps
        f_plus = f(work)
        work[index] = original - eps
        f_minus = f(work)
        work[index] = original  # restore the exact value (not original + eps - eps)
        numeric[index] = (f_plus - f_minus) / (2 * eps)
    difference = np.linalg.norm((a - numeric).ravel())
    scale = np.linalg.norm(a.ravel()) + np.linalg.norm(numeric.ravel())
    # Both gradients exactly 0: the difference is 0 too, and 0 / tiny = 0 (no 0 / 0).
    return float(difference / max(scale, np.finfo(float).tiny))
