"""Level 7 — probability: sampling from a categorical distribution, and the moments of a sample.

Every random generator in a library starts from uniform numbers on [0, 1) and
transforms them. The inverse-CDF method turns them into draws from any discrete
distribution; the moments (mean, variance, skewness, kurtosis) summarise the
shape of a sample, and are how you check that the draws look right.

Rules for this module: NumPy and the standard library only (``scipy.stats`` is
the oracle and is banned; so are ``Generator.choice`` and ``np.random.choice``).
Draw randomness only from the ``rng`` you are given, never from ``np.random``
directly. Never modify the arguments. Floating-point warnings (overflow, divide
by zero, invalid value) count as errors. Run ``mlgrade level07 sampling`` to
grade this file.
"""

import numpy as np


def sample_categorical(p, n, rng):
    """``n`` independent draws from the categorical distribution ``p``, by inverse transform sampling.

    The CDF ``F_j = p_0 + p_1 + … + p_j`` cuts [0, 1) into ``k`` consecutive
    intervals ``[F_{j-1}, F_j)``, the ``j``-th of length ``p_j``. A uniform
    ``u`` falls into interval ``j`` with probability exactly ``p_j``, so

    .. math:: \\text{draw} = \\min\\{\\, j : u < F_j \\,\\} = \\#\\{\\, j : F_j \\le u \\,\\}

    In words: draw ``n`` uniforms at once and look each one up in the CDF
    (``np.searchsorted`` does all ``n`` binary searches in one call).

    Parameters
    ----------
    p : ndarray of shape (k,)
        Probabilities, non-negative, summing to 1 (within 1e-8). Zeros are allowed:
        such a category must never be drawn.
    n : int
        Number of draws, ``>= 0``.
    rng : numpy.random.Generator
        The only source of randomness to use (e.g. ``rng.random(n)``).

    Returns
    -------
    draws : ndarray of shape (n,), integers
        Category indices in ``0 … k-1``.

    Raises
    ------
    ValueError
        If ``p`` is not 1-D and non-empty, has a negative entry, or does not sum
        to 1; or if ``n < 0``.

    Notes
    -----
    Banned: ``rng.choice`` / ``np.random.choice`` (that is what you are
    building). A Python loop over the ``n`` draws is too slow here. Rounding can
    make ``cumsum(p)[-1]`` fall just short of 1; make sure every ``u`` lands in a
    category.

    Examples
    --------
    >>> draws = sample_categorical(np.array([0.2, 0.0, 0.8]), 10_000, np.random.default_rng(0))
    >>> np.bincount(draws, minlength=3) / 10_000    # close to p, and never category 1
    array([0.2049, 0.    , 0.7951])
    """
    raise NotImplementedError


def moments(x):
    """Mean, variance, skewness and excess kurtosis of a sample (population versions).

    .. math:: \\bar x = \\frac{1}{n}\\sum_i x_i, \\quad m_r = \\frac{1}{n}\\sum_i (x_i - \\bar x)^r, \\quad
              \\text{skew} = \\frac{m_3}{m_2^{3/2}}, \\quad \\text{kurt} = \\frac{m_4}{m_2^2} - 3

    In words: the variance ``m_2`` is the mean squared deviation (divide by
    ``n``, not ``n - 1``); skewness measures lopsidedness and excess kurtosis the
    weight of the tails, both relative to a normal distribution (which has 0 for
    both). These match ``scipy.stats.skew`` and ``scipy.stats.kurtosis`` with
    their defaults.

    Parameters
    ----------
    x : ndarray of shape (n,)
        A non-empty sample.

    Returns
    -------
    result : ndarray of shape (4,)
        ``[mean, variance, skewness, excess_kurtosis]``. For a constant sample the
        variance is 0 and skewness and kurtosis are undefined (0 / 0): return NaN
        for both, without a warning.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D or is empty.

    Notes
    -----
    Banned: ``scipy.stats``. Centre first (``d = x - mean``, then average powers
    of ``d``): the shortcut ``E[x²] - E[x]²`` loses every digit when the mean is
    large compared with the spread.

    Examples
    --------
    >>> moments(np.array([1.0, 2.0, 3.0, 10.0]))
    array([ 4.        , 12.5       ,  1.01823376, -0.7696    ])
    >>> moments(np.array([5.0, 5.0, 5.0]))
    array([ 5.,  0., nan, nan])
    """
    raise NotImplementedError
