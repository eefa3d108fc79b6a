"""Level 8 — describing a sample, and how sure we can be about it.

A recommender team looks at the average ratings of its movies. Two questions come
first: what is a typical value and how spread out are the values (robust summaries
that one absurd rating cannot drag around: median, interquartile range, mode), and
how precisely does this sample pin down a statistic (a bootstrap confidence interval).

Rules for this module: NumPy only for ``describe`` — ``np.median``, ``np.percentile``,
``np.quantile`` (and their ``nan`` versions), ``scipy.stats.iqr`` / ``scipy.stats.mode``
and the ``statistics`` module are banned there, since building them is the exercise.
``bootstrap_ci`` may use ``np.quantile``. Never modify the arguments. Run
``mlgrade level08 descriptive`` to grade this file.
"""

import numpy as np


def describe(x):
    """Median, interquartile range (IQR) and mode of a sample.

    Sort the sample, ``s = sort(x)``, with ``n = len(x)``:

    * **median**: the middle value ``s[n // 2]`` for odd ``n``; for even ``n`` there are
      two middle values and the median is their mean ``(s[n//2 - 1] + s[n//2]) / 2``.
    * **quantile** ``Q(q)`` (linear interpolation, NumPy's default rule): the position
      ``h = (n - 1) q`` lies between ``s[⌊h⌋]`` and ``s[⌊h⌋ + 1]``;
      ``Q(q) = s[⌊h⌋] + (h - ⌊h⌋) (s[⌊h⌋ + 1] - s[⌊h⌋])`` (0-based indices; at ``h = n - 1``
      it is the maximum).
    * **IQR** ``= Q(0.75) - Q(0.25)``: the width of the middle half of the data.
    * **mode**: the most frequent value; when several values tie, the smallest of them
      (the rule of ``scipy.stats.mode``).

    Parameters
    ----------
    x : ndarray of shape (n,)
        The sample (``n >= 1``), in any order.

    Returns
    -------
    median : float
    iqr : float
    mode : float

    Raises
    ------
    ValueError
        If ``x`` is empty.

    Notes
    -----
    Banned: ``np.median``, ``np.percentile``, ``np.quantile`` and their ``nan``
    versions, ``scipy.stats.iqr``, ``scipy.stats.mode``, the ``statistics`` module.
    One ``np.sort`` gives every order statistic (``x.sort()`` would sort the caller's
    array: use ``np.sort(x)``, which returns a copy). ``np.unique(..., return_counts=True)``
    counts every distinct value at once; a Python loop or a dict over the values is too slow
    for large samples.

    Examples
    --------
    >>> describe(np.array([4.0, 1.0, 3.0, 2.0, 3.0, 1.0]))
    (2.5, 1.75, 1.0)
    """
    raise NotImplementedError


def bootstrap_ci(x, stat, n_boot, alpha, rng):
    """Percentile bootstrap confidence interval for a statistic of the sample.

    The bootstrap pretends the sample is the population: draw ``n_boot`` resamples of
    size ``n`` from ``x`` *with replacement*, compute the statistic on each, and read the
    ``(1 - alpha)`` interval off the spread of those values:

    .. math:: \\text{low} = Q_{α/2}(θ^*_1, …, θ^*_B), \\qquad \\text{high} = Q_{1 - α/2}(θ^*_1, …, θ^*_B)

    To be reproducible (and graded exactly), draw the indices in one call,
    ``idx = rng.integers(0, n, size=(n_boot, n))`` — row ``b`` is resample ``b`` — compute
    ``thetas = stat(x[idx], axis=-1)`` and take ``np.quantile(thetas, [alpha / 2, 1 - alpha / 2])``.
    This is what ``scipy.stats.bootstrap(..., method="percentile")`` does with the same generator.

    Parameters
    ----------
    x : ndarray of shape (n,)
        The sample, ``n >= 2``.
    stat : callable
        A vectorised statistic: ``stat(samples, axis=-1)`` reduces along ``axis``, so for
        ``samples`` of shape ``(n_boot, n)`` it returns shape ``(n_boot,)`` (like ``np.mean``).
    n_boot : int
        Number of resamples, ``>= 1``.
    alpha : float
        ``0 < alpha < 1``; the interval has coverage ``1 - alpha``.
    rng : numpy.random.Generator
        The only source of randomness.

    Returns
    -------
    low : float
    high : float

    Raises
    ------
    ValueError
        If ``n < 2``, ``n_boot < 1`` or ``alpha`` is not in ``(0, 1)``.

    Notes
    -----
    ``rng.integers(0, n)`` excludes ``n``: the indices run over ``0 … n - 1``. Call
    ``stat`` once on the whole ``(n_boot, n)`` array; a Python loop over resamples is too slow.

    Examples
    --------
    >>> x = np.array([2.0, 4.0, 9.0])
    >>> low, high = bootstrap_ci(x, np.mean, 1000, 0.1, np.random.default_rng(0))
    >>> 2.0 <= low <= high <= 9.0
    True
    """
    raise NotImplementedError
