"""Level 7 — probability: the normal and binomial distributions, computed in log space.

Densities of realistic data are often astronomically small (the density of a
point 1000 standard deviations out is ``e^-500000``) or their ingredients are
astronomically large (``2000!`` has 5736 digits). Floating point cannot hold
them, but it holds their logarithms easily. So every function here works with
logarithms and leaves log space only for the final answer.

Rules for this module: NumPy, the standard library and ``scipy.special`` (for
``erf``/``erfc``, ``gammaln``, ``xlogy``) are allowed; ``scipy.stats`` is banned
everywhere (it is the oracle), and each function lists its own further bans.
Never modify the arguments. Floating-point warnings (overflow, divide by zero,
invalid value) count as errors. Run ``mlgrade level07 distributions`` to grade
this file.
"""

import math

import numpy as np


def normal_logpdf(x, mu=0.0, sigma=1.0):
    """Log-density of the normal distribution ``N(mu, sigma²)``, elementwise.

    .. math:: \\log p(x) = -\\frac{1}{2} \\left(\\frac{x - μ}{σ}\\right)^2 - \\log σ - \\frac{1}{2} \\log(2π)

    In words: the log of ``exp(-z²/2) / (σ √(2π))`` with ``z = (x - μ)/σ``, the
    distance from the mean in standard deviations, written out term by term.

    Parameters
    ----------
    x : float or ndarray of any shape
    mu : float, default 0.0
        The mean.
    sigma : float, default 1.0
        The standard deviation (not the variance), ``> 0``.

    Returns
    -------
    logpdf : ndarray of the shape of x
        Finite for every finite ``x``: at ``x = 1e3`` (σ = 1) it is about -500000.9.

    Raises
    ------
    ValueError
        If ``sigma <= 0``.

    Notes
    -----
    Banned: ``scipy.stats``. Never compute the density and then take its log:
    ``exp(-z²/2)`` is 0 in floating point once ``|z| > 38.6``, and ``log 0 = -inf``.

    Examples
    --------
    >>> normal_logpdf(np.array([0.0, 1.0, 1e3]))
    array([-9.18938533e-01, -1.41893853e+00, -5.00000919e+05])
    """
    raise NotImplementedError


def normal_cdf(x, mu=0.0, sigma=1.0):
    """Cumulative distribution function of ``N(mu, sigma²)``, elementwise, via the error function.

    .. math:: Φ(x) = P(X \\le x) = \\frac{1}{2}\\left(1 + \\operatorname{erf}\\frac{x - μ}{σ\\sqrt 2}\\right)
              = \\frac{1}{2} \\operatorname{erfc}\\left(-\\frac{x - μ}{σ\\sqrt 2}\\right)

    In words: the probability that a draw falls at or below ``x``. The error
    function ``erf(t) = (2/√π) ∫₀ᵗ e^{-s²} ds`` is this integral in standard form.

    Parameters
    ----------
    x : float or ndarray of any shape
    mu : float, default 0.0
    sigma : float, default 1.0
        The standard deviation, ``> 0``.

    Returns
    -------
    cdf : ndarray of the shape of x
        In [0, 1]; 1.0 at ``x = 1e3`` and 0.0 at ``x = -1e3`` (σ = 1), without warnings.

    Raises
    ------
    ValueError
        If ``sigma <= 0``.

    Notes
    -----
    Banned: ``scipy.stats``, ``scipy.special.ndtr`` and ``log_ndtr`` (they are the
    answer). Allowed: ``scipy.special.erf`` and ``erfc`` (vectorised); ``math.erf``
    works on one number at a time, and a Python loop over ``x`` is too slow here.
    In the lower tail ``1 + erf(t)`` loses every digit to cancellation
    (``Φ(-10) ≈ 7.6e-24`` comes out as 0): ``1 + erf(t) = erfc(-t)`` does not cancel.

    Examples
    --------
    >>> normal_cdf(np.array([0.0, 1.96, -10.0]))
    array([5.00000000e-01, 9.75002105e-01, 7.61985302e-24])
    """
    raise NotImplementedError


def mvn_logpdf(X, mu, Sigma):
    """Log-density of the multivariate normal ``N(mu, Sigma)`` at each row of ``X``, via Cholesky.

    .. math:: \\log p(x) = -\\frac{1}{2}\\left(d \\log(2π) + \\log|Σ| + (x - μ)^T Σ^{-1} (x - μ)\\right)

    In words: the 1-D formula with the squared z-score replaced by the squared
    Mahalanobis distance and ``log σ²`` by the log-determinant. Factor
    ``Σ = L Lᵀ`` (Cholesky, ``L`` lower triangular); then

    * ``log|Σ| = 2 Σ_j log L_jj`` (a sum of logs, which cannot overflow), and
    * ``(x - μ)ᵀ Σ⁻¹ (x - μ) = |z|²`` where ``L z = x - μ`` (solve, don't invert).

    Parameters
    ----------
    X : ndarray of shape (n_samples, d)
    mu : ndarray of shape (d,)
    Sigma : ndarray of shape (d, d)
        Symmetric positive definite covariance.

    Returns
    -------
    logpdf : ndarray of shape (n_samples,)

    Raises
    ------
    ValueError
        If ``Sigma`` is not positive definite (``np.linalg.cholesky`` raises
        ``LinAlgError``, a subclass of ``ValueError``; a clearer message is kinder),
        or the shapes do not agree.

    Notes
    -----
    Banned: ``np.linalg.inv``, ``pinv``, ``det``, ``slogdet`` and all of SciPy.
    ``det(Σ)`` under- or overflows for moderate ``d`` (fifty variances of 1e-7
    give 1e-350, which is 0). Solve for all samples at once (``np.linalg.solve``
    with ``n`` right-hand sides): a loop over samples is too slow here.

    Examples
    --------
    >>> mvn_logpdf(np.array([[0.0, 0.0], [1.0, 2.0]]), np.zeros(2), np.array([[1.0, 0.0], [0.0, 4.0]]))
    array([-2.53102425, -3.53102425])
    """
    raise NotImplementedError


def binomial_pmf(k, n, p):
    """Probability of ``k`` successes in ``n`` independent trials of success probability ``p``.

    .. math:: P(K = k) = \\binom{n}{k} p^k (1 - p)^{n - k}, \\qquad
              \\log\\binom{n}{k} = \\log Γ(n + 1) - \\log Γ(k + 1) - \\log Γ(n - k + 1)

    In words: the number of ways to choose which ``k`` trials succeed, times the
    probability of one such sequence. Compute the logarithm of it all with the
    log-gamma function (``Γ(m + 1) = m!``), then exponentiate once.

    Parameters
    ----------
    k : ndarray of shape (m,), integers
        Numbers of successes. ``k < 0`` or ``k > n`` have probability 0.
    n : int
        Number of trials, ``>= 0``.
    p : float
        Success probability, ``0 <= p <= 1``.

    Returns
    -------
    pmf : ndarray of shape (m,)

    Raises
    ------
    ValueError
        If ``p`` is outside [0, 1] or ``n < 0``.

    Notes
    -----
    Banned: ``math.comb``, ``math.factorial``, ``scipy.special.comb``, ``binom``,
    ``factorial`` and ``scipy.stats``. Allowed: ``scipy.special.gammaln`` (or
    ``math.lgamma``, one number at a time; a loop over ``k`` is too slow here) and
    ``scipy.special.xlogy`` / ``xlog1py``. For ``n = 2000`` the factorials and
    ``C(2000, 1000) ≈ 2e600`` overflow. For ``p = 0`` or ``1`` the term
    ``k log p`` is ``0 · (-inf) = NaN`` at ``k = 0``; the convention ``0 log 0 = 0``
    (``xlogy``) gives the right answer: ``P(K = 0) = 1`` when ``p = 0``.

    Examples
    --------
    >>> binomial_pmf(np.array([0, 1, 2, 3]), 2, 0.5)
    array([0.25, 0.5 , 0.25, 0.  ])
    >>> binomial_pmf(np.array([0, 1]), 5, 0.0)
    array([1., 0.])
    """
    raise NotImplementedError
