"""Plausible versions of exercises/level07/distributions.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np
from scipy import special

EXPECTED = {
    "normal_logpdf__log_of_pdf": ("failed", "term by term"),
    "normal_logpdf__sigma_is_variance": ("failed", "not the variance"),
    "normal_logpdf__no_sigma_check": ("failed", "sigma = 0.0"),
    "normal_logpdf__calls_scipy_stats": ("forbidden", "scipy.stats"),
    "normal_logpdf__log_of_variance_form": ("passed", None),
    "normal_cdf__one_plus_erf": ("failed", "erfc(-t)"),
    "normal_cdf__forgets_sqrt2": ("failed", "√2 is missing"),
    "normal_cdf__math_erf_loop": ("too_slow", "math.erf"),
    "normal_cdf__calls_ndtr": ("forbidden", "scipy.special.ndtr"),
    "normal_cdf__erf_or_erfc_by_sign": ("passed", None),
    "mvn_logpdf__logdet_without_2": ("failed", "factor 2 is missing"),
    "mvn_logpdf__solves_with_transpose": ("failed", "you solved Lᵀ z"),
    "mvn_logpdf__product_of_diagonal": ("failed", "sum the logs instead"),
    "mvn_logpdf__loop_over_samples": ("too_slow", "loop over samples"),
    "mvn_logpdf__uses_inv": ("forbidden", "numpy.linalg.inv"),
    "mvn_logpdf__eigendecomposition": ("passed", None),
    "binomial_pmf__gammaln_off_by_one": ("failed", "gammaln(m + 1)"),
    "binomial_pmf__plain_logs": ("failed", "0 log 0"),
    "binomial_pmf__float_factorials": ("failed", "log-gamma"),
    "binomial_pmf__lgamma_loop": ("too_slow", "math.lgamma"),
    "binomial_pmf__math_comb": ("forbidden", "math.comb"),
    "binomial_pmf__via_betaln": ("passed", None),
}

SQRT2 = math.sqrt(2.0)


def _sigma_ok(sigma):
    if not sigma > 0:
        raise ValueError("sigma must be > 0")


def normal_logpdf__log_of_pdf(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    z = (np.asarray(x, float) - mu) / sigma
    return np.log(np.exp(-0.5 * z**2) / (sigma * math.sqrt(2 * math.pi)))


def normal_logpdf__sigma_is_variance(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    var = sigma**2
    return -0.5 * ((np.asarray(x, float) - mu) / var) ** 2 - np.log(var) - 0.5 * math.log(2 * math.pi)


def normal_logpdf__no_sigma_check(x, mu=0.0, sigma=1.0):
    with np.errstate(all="ignore"):
        z = (np.asarray(x, float) - mu) / sigma
        return -0.5 * z**2 - np.log(np.abs(sigma)) - 0.5 * math.log(2 * math.pi)


def normal_logpdf__calls_scipy_stats(x, mu=0.0, sigma=1.0):
    from scipy import stats

    _sigma_ok(sigma)
    return stats.norm.logpdf(x, mu, sigma)


def normal_logpdf__log_of_variance_form(x, mu=0.0, sigma=1.0):
    # log N = -½ log(2π σ²) - (x - μ)² / (2σ²): the same terms grouped the other way.
    if sigma <= 0:
        raise ValueError(f"sigma must be positive, got {sigma}")
    var = sigma * sigma
    return -0.5 * np.log(2 * np.pi * var) - (np.asarray(x, float) - mu) ** 2 / (2 * var)


def normal_cdf__one_plus_erf(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    return 0.5 * (1 + special.erf((np.asarray(x, float) - mu) / (sigma * SQRT2)))


def normal_cdf__forgets_sqrt2(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    return 0.5 * special.erfc(-(np.asarray(x, float) - mu) / sigma)


def normal_cdf__math_erf_loop(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    x = np.asarray(x, float)
    out = np.empty_like(x)
    for i, value in enumerate(x.flat):
        out.flat[i] = 0.5 * math.erfc(-(value - mu) / (sigma * SQRT2))
    return out


def normal_cdf__calls_ndtr(x, mu=0.0, sigma=1.0):
    _sigma_ok(sigma)
    return special.ndtr((np.asarray(x, float) - mu) / sigma)


def normal_cdf__erf_or_erfc_by_sign(x, mu=0.0, sigma=1.0):
    # Upper half: ½ + ½ erf(t) is accurate there; lower half: ½ erfc(-t) avoids the cancellation.
    _sigma_ok(sigma)
    t = (np.asarray(x, float) - mu) / (sigma * SQRT2)
    return np.where(t >= 0, 0.5 + 0.5 * special.erf(t), 0.5 * special.erfc(-t))


def _mvn_check(X, mu, Sigma):
    try:
        return np.linalg.cholesky(Sigma)
    except np.linalg.LinAlgError:
        raise ValueError("Sigma must be positive definite") from None


def mvn_logpdf__logdet_without_2(X, mu, Sigma):
    L = _mvn_check(X, mu, Sigma)
    Z = np.linalg.solve(L, (X - mu).T)
    return -0.5 * (X.shape[1] * math.log(2 * math.pi) + np.sum(np.log(np.diag(L))) + np.sum(Z**2, axis=0))


def mvn_logpdf__solves_with_transpose(X, mu, Sigma):
    L = _mvn_check(X, mu, Sigma)
    Z = np.linalg.solve(L.T, (X - mu).T)
    return -0.5 * (X.shape[1] * math.log(2 * math.pi) + 2 * np.sum(np.log(np.diag(L))) + np.sum(Z**2, axis=0))


def mvn_logpdf__product_of_diagonal(X, mu, Sigma):
    L = _mvn_check(X, mu, Sigma)
    Z = np.linalg.solve(L, (X - mu).T)
    log_det = np.log(np.prod(np.diag(L)) ** 2)
    return -0.5 * (X.shape[1] * math.log(2 * math.pi) + log_det + np.sum(Z**2, axis=0))


def mvn_logpdf__loop_over_samples(X, mu, Sigma):
    L = _mvn_check(X, mu, Sigma)
    const = X.shape[1] * math.log(2 * math.pi) + 2 * np.sum(np.log(np.diag(L)))
    out = np.empty(X.shape[0])
    for i in range(X.shape[0]):
        z = np.linalg.solve(L, X[i] - mu)
        out[i] = -0.5 * (const + z @ z)
    return out


def mvn_logpdf__uses_inv(X, mu, Sigma):
    L = _mvn_check(X, mu, Sigma)
    D = X - mu
    return -0.5 * (X.shape[1] * math.log(2 * math.pi) + 2 * np.sum(np.log(np.diag(L)))
                   + np.sum(D @ np.linalg.inv(Sigma) * D, axis=1))


def mvn_logpdf__eigendecomposition(X, mu, Sigma):
    # Σ = V Λ Vᵀ: log|Σ| = Σ log λ, and (x - μ)ᵀ Σ⁻¹ (x - μ) = Σ_j ((x - μ)·v_j)² / λ_j.
    values, vectors = np.linalg.eigh(Sigma)
    if values.min() <= 0:
        raise ValueError("Sigma is not positive definite")
    proj = (X - mu) @ vectors
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + np.sum(np.log(values)) + np.sum(proj**2 / values, axis=1))


def _binom_check(n, p):
    if not 0 <= p <= 1 or n < 0:
        raise ValueError("need 0 <= p <= 1 and n >= 0")


def binomial_pmf__gammaln_off_by_one(k, n, p):
    _binom_check(n, p)
    inside = (k >= 0) & (k <= n)
    kk = np.clip(k, 0, n).astype(float)
    with np.errstate(all="ignore"):
        log_pmf = (special.gammaln(n) - special.gammaln(kk) - special.gammaln(n - kk)
                   + special.xlogy(kk, p) + special.xlog1py(n - kk, -p))
        return np.where(inside, np.exp(log_pmf), 0.0)


def binomial_pmf__plain_logs(k, n, p):
    _binom_check(n, p)
    inside = (k >= 0) & (k <= n)
    kk = np.clip(k, 0, n).astype(float)
    log_pmf = (special.gammaln(n + 1) - special.gammaln(kk + 1) - special.gammaln(n - kk + 1)
               + kk * np.log(p) + (n - kk) * np.log1p(-p))
    return np.where(inside, np.exp(log_pmf), 0.0)


def binomial_pmf__float_factorials(k, n, p):
    _binom_check(n, p)
    inside = (k >= 0) & (k <= n)
    kk = np.clip(k, 0, n).astype(float)
    fact = special.gamma  # Γ(m + 1) = m!, as floats
    comb = fact(n + 1.0) / (fact(kk + 1) * fact(n - kk + 1))
    return np.where(inside, comb * p**kk * (1 - p) ** (n - kk), 0.0)


def binomial_pmf__lgamma_loop(k, n, p):
    _binom_check(n, p)
    out = np.zeros(len(k))
    for i, ki in enumerate(k):
        if 0 <= ki <= n:
            log_pmf = math.lgamma(n + 1) - math.lgamma(ki + 1) - math.lgamma(n - ki + 1)
            log_pmf += special.xlogy(ki, p) + special.xlog1py(n - ki, -p)
            out[i] = math.exp(log_pmf)
    return out


def binomial_pmf__math_comb(k, n, p):
    _binom_check(n, p)
    return np.array([math.comb(n, int(ki)) * p**ki * (1 - p) ** (n - ki) if 0 <= ki <= n else 0.0 for ki in k])


def binomial_pmf__via_betaln(k, n, p):
    # C(n, k) = 1 / ((n + 1) B(k + 1, n - k + 1)), so log C(n, k) = -log(n + 1) - betaln(k + 1, n - k + 1).
    _binom_check(n, p)
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0).astype(float)
    log_pmf = -np.log(n + 1.0) - special.betaln(kk + 1, n - kk + 1) + special.xlogy(kk, p) + special.xlog1py(n - kk, -p)
    return np.where(inside, np.exp(log_pmf), 0.0)
