"""Reference densities: the oracle and the speed baseline (SciPy where it is fastest)."""

import math

import numpy as np
from scipy import linalg, special

LOG_2PI = math.log(2.0 * math.pi)


def normal_logpdf(x, mu=0.0, sigma=1.0):
    if not (np.asarray(sigma) > 0).all():
        raise ValueError("sigma must be > 0")
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return -0.5 * z * z - np.log(sigma) - 0.5 * LOG_2PI


def normal_cdf(x, mu=0.0, sigma=1.0):
    if not (np.asarray(sigma) > 0).all():
        raise ValueError("sigma must be > 0")
    return special.ndtr((np.asarray(x, dtype=float) - mu) / sigma)


def mvn_logpdf(X, mu, Sigma):
    X = np.asarray(X, dtype=float)
    d = X.shape[1]
    try:
        L = linalg.cholesky(Sigma, lower=True)
    except linalg.LinAlgError:
        raise ValueError("Sigma is not positive definite") from None
    Z = linalg.solve_triangular(L, (X - mu).T, lower=True, check_finite=False)
    return -0.5 * (d * LOG_2PI + 2.0 * np.log(np.diag(L)).sum() + np.einsum("ij,ij->j", Z, Z))


def binomial_pmf(k, n, p):
    if not 0.0 <= p <= 1.0 or n < 0:
        raise ValueError("need 0 <= p <= 1 and n >= 0")
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0).astype(float)
    log_pmf = (special.gammaln(n + 1.0) - special.gammaln(kk + 1.0) - special.gammaln(n - kk + 1.0)
               + special.xlogy(kk, p) + special.xlog1py(n - kk, -p))
    return np.where(inside, np.exp(log_pmf), 0.0)
