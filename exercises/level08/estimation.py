"""Level 8 — point estimates: maximum likelihood and maximum a posteriori.

Maximum likelihood (MLE) picks the parameters that make the observed data most
probable. Maximum a posteriori (MAP) also weighs a prior belief: it maximises
prior × likelihood. For a click-through rate estimated from a handful of users, the
prior keeps one lucky click from claiming a 100 % rate.

Rules for this module: NumPy only (the closed forms are the exercise; SciPy's
``norm.fit`` / ``beta`` are not needed). Never modify the arguments. Run
``mlgrade level08 estimation`` to grade this file.
"""

import numpy as np


def mle_normal(x):
    """Maximum-likelihood estimates ``(μ̂, σ̂)`` of a normal sample.

    The log-likelihood of ``x_1 … x_n`` under ``N(μ, σ²)`` is

    .. math:: ℓ(μ, σ) = -n \\log σ - \\frac{1}{2σ^2} \\sum_i (x_i - μ)^2 + \\text{const}

    Setting its derivatives to zero gives

    .. math:: \\hat μ = \\frac{1}{n} \\sum_i x_i, \\qquad \\hat σ = \\sqrt{\\frac{1}{n} \\sum_i (x_i - \\hat μ)^2}

    In words: the sample mean, and the root mean squared deviation from it — dividing
    by ``n``, not ``n - 1`` (the MLE is biased; that is fine, and ``n = 1`` gives ``σ̂ = 0``).

    Parameters
    ----------
    x : ndarray of shape (n,)
        The sample, ``n >= 1``.

    Returns
    -------
    mu : float
    sigma : float
        The same as ``scipy.stats.norm.fit(x)``.

    Raises
    ------
    ValueError
        If ``x`` is empty.

    Notes
    -----
    Compute ``mean((x - μ̂)²)``, not ``mean(x²) - μ̂²``: for data around 1e9 the
    shortcut subtracts two numbers near 1e18 and loses every digit (it can even go negative).

    Examples
    --------
    >>> mle_normal(np.array([1.0, 2.0, 3.0, 6.0]))
    (3.0, 1.8708286933869707)
    """
    raise NotImplementedError


def map_bernoulli(x, a, b):
    """MAP estimate of a Bernoulli success probability under a ``Beta(a, b)`` prior.

    With ``k`` successes in ``n`` trials, the posterior is proportional to
    ``p^(k + a - 1) (1 - p)^(n - k + b - 1)``, a ``Beta(k + a, n - k + b)``; its mode is

    .. math:: \\hat p_{\\text{MAP}} = \\frac{k + a - 1}{n + a + b - 2}

    In words: the prior acts as ``a - 1`` extra successes and ``b - 1`` extra failures.
    With ``a = b = 1`` (a flat prior) it is the MLE ``k / n``.

    Parameters
    ----------
    x : ndarray of shape (n,)
        Outcomes, each 0 (failure) or 1 (success); ints, floats or booleans.
    a, b : float
        Prior parameters, ``a >= 1`` and ``b >= 1`` (so the posterior has a single mode).

    Returns
    -------
    p : float
        In ``[0, 1]``.

    Raises
    ------
    ValueError
        If ``x`` holds anything but 0 and 1, if ``a < 1`` or ``b < 1``, or if
        ``n + a + b - 2 == 0`` (no data and a flat prior: every ``p`` is a mode).

    Notes
    -----
    This is the mode, not the posterior mean ``(k + a) / (n + a + b)``.

    Examples
    --------
    >>> map_bernoulli(np.array([1, 0, 1, 1]), 2.0, 2.0)
    0.6666666666666666
    >>> map_bernoulli(np.array([1, 0, 1, 1]), 1.0, 1.0)
    0.75
    """
    raise NotImplementedError
