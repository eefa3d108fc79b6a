"""Reference Newton's method, backtracking line search and gradient check (the oracle)."""

import numpy as np
from scipy.linalg import cho_solve


def newton_minimize(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) <= tol:
            return x
        H = np.asarray(hess(x), dtype=float)
        try:
            L = np.linalg.cholesky(H)
        except np.linalg.LinAlgError:
            raise ValueError("the Hessian is not positive definite") from None
        x = x - cho_solve((L, True), g)
    return x


def backtracking_line_search(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    x = np.asarray(x, dtype=float)
    p = np.asarray(p, dtype=float)
    g = np.asarray(g, dtype=float)
    if g.shape != x.shape or p.shape != x.shape:
        raise ValueError("g and p must have the shape of x")
    if not (alpha0 > 0 and 0 < rho < 1 and 0 < c < 1):
        raise ValueError("need alpha0 > 0, 0 < rho < 1 and 0 < c < 1")
    slope = float(np.sum(g * p))
    if not slope < 0:
        raise ValueError("p is not a descent direction")
    fx = f(x)
    alpha = float(alpha0)
    for _ in range(max_iter):
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return alpha
        alpha *= rho
    raise RuntimeError("no step size satisfies the Armijo condition")


def gradient_check(f, x, analytic_grad, eps=1e-6):
    a = np.asarray(analytic_grad, dtype=float)
    work = np.array(x, dtype=float)
    if a.shape != work.shape:
        raise ValueError("analytic_grad must have the shape of x")
    flat = work.reshape(-1)  # a view: perturbing flat perturbs work
    numeric = np.empty(flat.size)
    for i in range(flat.size):
        original = flat[i]
        flat[i] = original + eps
        f_plus = f(work)
        flat[i] = original - eps
        f_minus = f(work)
        flat[i] = original
        numeric[i] = (f_plus - f_minus) / (2 * eps)
    difference = np.linalg.norm(a.reshape(-1) - numeric)
    scale = np.linalg.norm(a.reshape(-1)) + np.linalg.norm(numeric)
    return float(difference / max(scale, np.finfo(float).tiny))
