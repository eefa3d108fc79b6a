"""Plausible versions of exercises/level12/optimization.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "newton_minimize__uphill_step": ("failed", "your step went uphill"),
    "newton_minimize__no_definiteness_check": ("failed", "np.linalg.cholesky(H) raises"),
    "newton_minimize__updates_x0_in_place": ("failed", "modified its input x0"),
    "newton_minimize__scipy": ("forbidden", "scipy"),
    "newton_minimize__eigvalsh_and_inverse": ("passed", None),
    "backtracking_line_search__shrinks_once_more": ("failed", "rho times too small"),
    "backtracking_line_search__skips_alpha0": ("failed", "never tried alpha0"),
    "backtracking_line_search__any_decrease": ("failed", "accepts any decrease"),
    "backtracking_line_search__no_descent_check": ("failed", "expected ValueError"),
    "backtracking_line_search__loops_forever": ("failed", "try at most max_iter step sizes"),
    "backtracking_line_search__powers_of_rho": ("passed", None),
    "gradient_check__forward_differences": ("failed", "forward differences"),
    "gradient_check__divides_by_eps": ("failed", "twice too large"),
    "gradient_check__no_tiny_floor": ("failed", "np.finfo(float).tiny"),
    "gradient_check__perturbs_x_in_place": ("failed", "adding ε and subtracting it again"),
    "gradient_check__entrywise_max": ("failed", "largest entrywise relative error"),
    "gradient_check__basis_arrays": ("passed", None),
}


# -- newton_minimize -------------------------------------------------------------------------------
def newton_minimize__uphill_step(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x
        H = hess(x)
        np.linalg.cholesky(H)
        x = x + np.linalg.solve(H, g)
    return x


def newton_minimize__no_definiteness_check(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x
        x = x - np.linalg.solve(hess(x), g)
    return x


def newton_minimize__updates_x0_in_place(grad, hess, x0, tol=1e-10, max_iter=50):
    x = x0
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x
        H = hess(x)
        np.linalg.cholesky(H)
        x -= np.linalg.solve(H, g)
    return x


def newton_minimize__scipy(grad, hess, x0, tol=1e-10, max_iter=50):
    from scipy.optimize import minimize

    return minimize(lambda v: 0.0, x0, jac=grad, hess=hess, method="Newton-CG").x


def newton_minimize__eigvalsh_and_inverse(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.asarray(x0, dtype=float).copy()
    step_count = 0
    while step_count < max_iter:
        g = np.asarray(grad(x), dtype=float)
        if np.sqrt(np.sum(g * g)) <= tol:
            break
        H = np.asarray(hess(x), dtype=float)
        if np.linalg.eigvalsh(H).min() <= 0:
            raise ValueError("the Hessian is not positive definite")
        x = x - np.linalg.inv(H) @ g
        step_count += 1
    return x


# -- backtracking_line_search ----------------------------------------------------------------------
def backtracking_line_search__shrinks_once_more(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    slope = float(np.sum(g * p))
    if slope >= 0:
        raise ValueError("not a descent direction")
    fx, alpha = f(x), alpha0
    for _ in range(max_iter):
        alpha *= rho
        if f(x + alpha / rho * p) <= fx + c * alpha / rho * slope:
            return alpha
    raise RuntimeError("no step found")


def backtracking_line_search__skips_alpha0(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    slope = float(np.sum(g * p))
    if slope >= 0:
        raise ValueError("not a descent direction")
    fx, alpha = f(x), alpha0
    for _ in range(max_iter):
        alpha *= rho
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return alpha
    raise RuntimeError("no step found")


def backtracking_line_search__any_decrease(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    slope = float(np.sum(g * p))
    if slope >= 0:
        raise ValueError("not a descent direction")
    fx, alpha = f(x), alpha0
    for _ in range(max_iter):
        if f(x + alpha * p) < fx:
            return alpha
        alpha *= rho
    raise RuntimeError("no step found")


def backtracking_line_search__no_descent_check(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    slope = float(np.sum(g * p))
    fx, alpha = f(x), alpha0
    for _ in range(max_iter):
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return alpha
        alpha *= rho
    raise RuntimeError("no step found")


def backtracking_line_search__loops_forever(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    slope = float(np.sum(g * p))
    if slope >= 0:
        raise ValueError("not a descent direction")
    fx, alpha = f(x), alpha0
    while f(x + alpha * p) > fx + c * alpha * slope:
        alpha *= rho
    return alpha


def backtracking_line_search__powers_of_rho(f, g, x, p, alpha0=1.0, rho=0.5, c=1e-4, max_iter=100):
    x, g, p = (np.asarray(v, dtype=float) for v in (x, g, p))
    slope = np.dot(g.ravel(), p.ravel())
    if not slope < 0:
        raise ValueError(f"gᵀp = {slope} is not negative")
    fx = f(x)
    for j in range(max_iter):
        alpha = alpha0 * rho**j
        if f(x + alpha * p) - fx <= c * alpha * slope:
            return float(alpha)
    raise RuntimeError("Armijo never satisfied")


# -- gradient_check --------------------------------------------------------------------------------
def _numeric(f, x, eps, scheme):
    work = np.array(x, dtype=float)
    out = np.empty_like(work)
    base = f(work)
    for index in np.ndindex(work.shape):
        original = work[index]
        work[index] = original + eps
        plus = f(work)
        work[index] = original - eps
        minus = f(work)
        work[index] = original
        out[index] = {"forward": (plus - base) / eps, "over_eps": (plus - minus) / eps,
                      "central": (plus - minus) / (2 * eps)}[scheme]
    return out


def _relative(a, n):
    a = np.asarray(a, dtype=float)
    return float(np.linalg.norm((a - n).ravel()) / max(np.linalg.norm(a.ravel()) + np.linalg.norm(n.ravel()),
                                                        np.finfo(float).tiny))


def gradient_check__forward_differences(f, x, analytic_grad, eps=1e-6):
    return _relative(analytic_grad, _numeric(f, x, eps, "forward"))


def gradient_check__divides_by_eps(f, x, analytic_grad, eps=1e-6):
    return _relative(analytic_grad, _numeric(f, x, eps, "over_eps"))


def gradient_check__no_tiny_floor(f, x, analytic_grad, eps=1e-6):
    a = np.asarray(analytic_grad, dtype=float)
    n = _numeric(f, x, eps, "central")
    return float(np.linalg.norm((a - n).ravel()) / (np.linalg.norm(a.ravel()) + np.linalg.norm(n.ravel())))


def gradient_check__perturbs_x_in_place(f, x, analytic_grad, eps=1e-6):
    n = np.empty(x.shape)
    for index in np.ndindex(x.shape):
        x[index] += eps
        plus = f(x)
        x[index] -= 2 * eps
        minus = f(x)
        x[index] += eps
        n[index] = (plus - minus) / (2 * eps)
    return _relative(analytic_grad, n)


def gradient_check__entrywise_max(f, x, analytic_grad, eps=1e-6):
    a = np.asarray(analytic_grad, dtype=float)
    n = _numeric(f, x, eps, "central")
    return float(np.max(np.abs(a - n) / np.maximum(np.abs(a) + np.abs(n), np.finfo(float).tiny)))


def gradient_check__basis_arrays(f, x, analytic_grad, eps=1e-6):
    x = np.asarray(x, dtype=float)
    a = np.asarray(analytic_grad, dtype=float).reshape(-1)
    if a.size != x.size or np.shape(analytic_grad) != x.shape:
        raise ValueError("analytic_grad must have the shape of x")
    basis = np.eye(x.size)
    n = np.array([(f(x + eps * e.reshape(x.shape)) - f(x - eps * e.reshape(x.shape))) / (2 * eps) for e in basis])
    diff = np.sqrt(np.sum((a - n) ** 2))
    scale = np.sqrt(np.sum(a**2)) + np.sqrt(np.sum(n**2))
    return float(diff / scale) if scale > 0 else 0.0
