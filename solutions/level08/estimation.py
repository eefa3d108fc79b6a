"""Point estimates: maximum likelihood for a normal sample and MAP for a Bernoulli rate."""

import numpy as np


def mle_normal(x):
    """Maximum-likelihood (mu, sigma) of a normal sample."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D array, got shape {x.shape}")
    # Setting the derivatives of the log-likelihood
    #   ℓ(μ, σ) = -n log σ - Σ (x_i - μ)² / (2σ²) + const
    # to zero gives μ̂ = mean(x) and σ̂² = Σ (x_i - μ̂)² / n: the MLE divides by n, not n - 1
    # (so n = 1 is fine and gives σ̂ = 0).
    mu = x.mean()
    # Two passes: subtract the mean first. E[x²] - E[x]² cancels catastrophically when |μ| ≫ σ.
    sigma = np.sqrt(np.mean((x - mu) ** 2))
    return float(mu), float(sigma)


def map_bernoulli(x, a, b):
    """MAP estimate of a Bernoulli success probability under a Beta(a, b) prior."""
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError(f"x must be a 1-D array of 0/1 outcomes, got shape {x.shape}")
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("x must hold only 0 (failure) and 1 (success)")
    if a < 1 or b < 1:
        raise ValueError(f"this MAP formula needs a >= 1 and b >= 1, got a = {a}, b = {b}")
    n, k = len(x), float(np.sum(x))
    if n + a + b - 2 <= 0:
        raise ValueError("no data and a flat prior (a = b = 1): every p is a mode, the MAP is undefined")
    # The posterior is Beta(k + a, n - k + b) (prior × likelihood: p^(k+a-1) (1-p)^(n-k+b-1)).
    # Its mode, where the derivative of the log-density vanishes, is (k + a - 1) / (n + a + b - 2).
    # With a = b = 1 (a flat prior) this is k / n, the MLE: the prior acts as a - 1 extra
    # successes and b - 1 extra failures.
    return (k + a - 1) / (n + a + b - 2)
