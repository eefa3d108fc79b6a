"""Densities and probabilities: the normal (1-D and multivariate) and the binomial, in log space."""

import math

import numpy as np
from scipy import special

LOG_2PI = math.log(2.0 * math.pi)


def _check_sigma(sigma):
    sigma = np.asarray(sigma, dtype=float)
    if not (sigma > 0).all():
        raise ValueError(f"the standard deviation sigma must be > 0, got {sigma}")
    return sigma


def normal_logpdf(x, mu=0.0, sigma=1.0):
    """log N(x; mu, sigma²), elementwise."""
    x = np.asarray(x, dtype=float)
    sigma = _check_sigma(sigma)
    # log of (1 / (σ √(2π))) exp(-z² / 2) with z = (x - μ) / σ, taken term by term. Never form the pdf
    # and then its log: exp(-z²/2) is 0 in floating point once |z| > 38.6, and log 0 = -inf.
    z = (x - mu) / sigma
    return -0.5 * z**2 - np.log(sigma) - 0.5 * LOG_2PI


def normal_cdf(x, mu=0.0, sigma=1.0):
    """P(X <= x) for X ~ N(mu, sigma²), elementwise, via the complementary error function."""
    x = np.asarray(x, dtype=float)
    sigma = _check_sigma(sigma)
    # Φ(z) = ½ (1 + erf(z / √2)). For very negative z, erf(z/√2) ≈ -1 and 1 + erf cancels every digit
    # (Φ(-10) ≈ 7.6e-24 comes out as 0). Since 1 + erf(t) = erfc(-t), write Φ(z) = ½ erfc(-z / √2):
    # erfc of a large positive argument is computed directly, without cancellation.
    z = (x - mu) / sigma
    return 0.5 * special.erfc(-z / math.sqrt(2.0))


def mvn_logpdf(X, mu, Sigma):
    """log N(x_i; mu, Sigma) for every row x_i of X, via the Cholesky factor of Sigma."""
    X = np.asarray(X, dtype=float)
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma, dtype=float)
    if X.ndim != 2 or mu.shape != (X.shape[1],) or Sigma.shape != (X.shape[1], X.shape[1]):
        raise ValueError(f"expected X (n, d), mu (d,), Sigma (d, d); got {X.shape}, {mu.shape}, {Sigma.shape}")
    if not np.allclose(Sigma, Sigma.T):
        raise ValueError("Sigma must be symmetric")
    d = X.shape[1]
    # Σ = L Lᵀ with L lower triangular; this exists exactly when Σ is positive definite.
    try:
        L = np.linalg.cholesky(Sigma)
    except np.linalg.LinAlgError:
        raise ValueError("Sigma is not positive definite (its Cholesky factorisation failed)") from None
    # log|Σ| = log|L|² = 2 Σ_j log L_jj: a sum of logs, which never overflows or underflows, unlike
    # det(Σ) (for d = 50 and variances 1e-7, det(Σ) ≈ 1e-350 is 0 in floating point).
    log_det = 2.0 * np.sum(np.log(np.diag(L)))
    # Mahalanobis term: (x - μ)ᵀ Σ⁻¹ (x - μ) = (x - μ)ᵀ L⁻ᵀ L⁻¹ (x - μ) = |L⁻¹ (x - μ)|².
    # Solve L Z = (X - μ)ᵀ for all samples at once (one solve with n right-hand sides), no inverse.
    Z = np.linalg.solve(L, (X - mu).T)
    mahalanobis = np.sum(Z**2, axis=0)
    return -0.5 * (d * LOG_2PI + log_det + mahalanobis)


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p), elementwise in k, via log-gamma."""
    k = np.asarray(k)
    if not (isinstance(n, (int, np.integer)) and n >= 0):
        raise ValueError(f"n must be a non-negative integer, got {n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be between 0 and 1, got {p}")
    if k.dtype.kind not in "iu":
        raise ValueError(f"k must hold integers, got dtype {k.dtype}")
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0).astype(float)  # out-of-range k get probability 0 below
    # C(n, k) = n! / (k! (n - k)!) = Γ(n + 1) / (Γ(k + 1) Γ(n - k + 1)). For n = 2000 the factorials
    # and even C(2000, 1000) ≈ 2e600 overflow, but their logarithms (gammaln) are modest numbers.
    log_comb = special.gammaln(n + 1) - special.gammaln(kk + 1) - special.gammaln(n - kk + 1)
    # k log p + (n - k) log(1 - p), with the convention 0 · log 0 = 0 (xlogy, xlog1py): for p = 0 the
    # only possible outcome is k = 0, whose probability must be 1, not 0 · (-inf) = NaN.
    log_pmf = log_comb + special.xlogy(kk, p) + special.xlog1py(n - kk, -p)
    return np.where(inside, np.exp(log_pmf), 0.0)
