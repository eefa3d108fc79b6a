"""Level 8 — hypothesis tests: is a difference real or noise?

Three classic tests, built from their formulas:

* the two-sample t-test (Student's, and Welch's for unequal variances): do two groups
  of users rate differently?
* Pearson's chi-squared test of independence: is a movie's genre independent of the
  viewer's age group?
* a paired t-test: does recommender B beat recommender A on the same users?

Each returns a statistic and a two-sided p-value, the probability under the null
hypothesis of a statistic at least this extreme.

Rules for this module: build the statistics with NumPy. From SciPy use only the
distributions' survival functions, ``scipy.stats.t.sf`` and ``scipy.stats.chi2.sf``
(``sf(x) = 1 - cdf(x)``, computed without cancellation). Banned: ``scipy.stats.ttest_*``,
``chi2_contingency`` / ``scipy.stats.contingency``, ``chisquare``, ``power_divergence``.
Never modify the arguments. Run ``mlgrade level08 hypothesis_tests`` to grade this file.
"""

import numpy as np
from scipy.stats import chi2, t  # noqa: F401  (the survival functions t.sf and chi2.sf)


def ttest_ind(a, b, equal_var=True):
    """Two-sided two-sample t-test: Student's (pooled) or Welch's.

    With means ``m1, m2``, unbiased variances ``s1², s2²`` (divide by ``n - 1``) and sizes ``n1, n2``:

    * ``equal_var=True`` (Student): pool the variances,
      ``sp² = ((n1 - 1) s1² + (n2 - 1) s2²) / (n1 + n2 - 2)``, ``se = sqrt(sp² (1/n1 + 1/n2))``,
      ``df = n1 + n2 - 2``.
    * ``equal_var=False`` (Welch): ``se = sqrt(s1²/n1 + s2²/n2)`` and the Welch–Satterthwaite

      .. math:: df = \\frac{(s_1^2/n_1 + s_2^2/n_2)^2}{(s_1^2/n_1)^2/(n_1 - 1) + (s_2^2/n_2)^2/(n_2 - 1)}

    Then ``t = (m1 - m2) / se`` and ``p = 2 · t.sf(|t|, df)``: the probability that a t
    variable lands at least ``|t|`` away from 0, on either side.

    Parameters
    ----------
    a : ndarray of shape (n1,)
    b : ndarray of shape (n2,)
        The two samples, each of at least 2 values.
    equal_var : bool, default True
        Student's test if True, Welch's if False.

    Returns
    -------
    t : float
    p : float
        The same as ``scipy.stats.ttest_ind(a, b, equal_var=equal_var)``.

    Raises
    ------
    ValueError
        If a sample has fewer than 2 values, or if both have zero variance (``se = 0``:
        ``t`` would be ``0/0`` or infinite).

    Notes
    -----
    Banned: ``scipy.stats.ttest_ind`` and the other ``ttest_*`` functions. Use
    ``t.sf``, never ``1 - t.cdf``: for well separated samples ``p`` is far below 1e-16,
    and ``1 - cdf`` rounds it to 0. With one constant sample Welch's df is still defined
    (it becomes ``n - 1`` of the other sample).

    Examples
    --------
    >>> ttest_ind(np.array([1.0, 2.0, 3.0, 4.0]), np.array([3.0, 4.0, 5.0, 6.0, 7.0]))
    (-2.545875386086578, 0.03833372883603092)
    """
    raise NotImplementedError


def chi2_independence(table):
    """Pearson's chi-squared test of independence for an ``r × c`` contingency table.

    ``table[i, j]`` counts the observations with row category ``i`` and column category
    ``j``. Under independence, ``P(i, j) = P(i) P(j)``, so the expected counts are the
    outer product of the margins divided by the total ``N``:

    .. math:: E_{ij} = \\frac{r_i \\, c_j}{N}, \\qquad χ^2 = \\sum_{ij} \\frac{(O_{ij} - E_{ij})^2}{E_{ij}},
              \\qquad \\text{dof} = (r - 1)(c - 1)

    and ``p = chi2.sf(χ², dof)`` (the upper tail: large ``χ²`` is evidence against independence).
    No continuity correction, also for 2 × 2 tables.

    Parameters
    ----------
    table : ndarray of shape (r, c)
        Non-negative counts, ``r >= 2`` and ``c >= 2``.

    Returns
    -------
    chi2 : float
    p : float
    dof : int
    expected : ndarray of shape (r, c)
        The same as ``scipy.stats.chi2_contingency(table, correction=False)``.

    Raises
    ------
    ValueError
        If ``table`` is not 2-D with at least 2 rows and 2 columns, holds a negative
        count, or has a row or a column of zeros (its expected counts would be 0).

    Notes
    -----
    Banned: ``scipy.stats.chi2_contingency``, ``scipy.stats.contingency``,
    ``scipy.stats.chisquare``, ``scipy.stats.power_divergence``. One ``np.outer`` gives
    every expected count; loops over cells are too slow for large tables.

    Examples
    --------
    >>> chi2_independence(np.array([[20, 30], [30, 20]]))
    (4.0, 0.04550026389635857, 1, array([[25., 25.],
           [25., 25.]]))
    """
    raise NotImplementedError


def compare_models(scores_a, scores_b):
    """Paired two-sided t-test: do two recommenders score differently on the same users?

    ``scores_a[i]`` and ``scores_b[i]`` are the two models' scores (e.g. NDCG@10) for the
    same user ``i``. Users differ far more from each other than the models do, so test
    the per-user differences ``d = scores_a - scores_b`` against 0:

    .. math:: t = \\frac{\\bar d}{s_d / \\sqrt n}, \\qquad p = 2 \\cdot \\text{t.sf}(|t|, n - 1)

    with ``s_d`` the standard deviation of ``d`` (dividing by ``n - 1``).

    Parameters
    ----------
    scores_a : ndarray of shape (n,)
    scores_b : ndarray of shape (n,)
        Paired scores, ``n >= 2``.

    Returns
    -------
    t : float
    p : float
        The same as ``scipy.stats.ttest_rel(scores_a, scores_b)``, except for identical
        scores: there every ``d`` is 0, SciPy returns NaN, and this function returns
        ``(0.0, 1.0)`` (no evidence at all of a difference).

    Raises
    ------
    ValueError
        If the arrays are not 1-D of the same length, if ``n < 2``, or if every
        difference is the same non-zero value (zero spread: ``t`` would be infinite).

    Notes
    -----
    Banned: ``scipy.stats.ttest_rel`` and the other ``ttest_*`` functions. Check the
    zero-spread case before dividing: ``0/0`` raises a warning, and warnings are errors here.

    Examples
    --------
    >>> compare_models(np.array([0.5, 0.6, 0.7, 0.8]), np.array([0.45, 0.6, 0.6, 0.75]))
    (2.4494897427831788, 0.0917211133115718)
    """
    raise NotImplementedError
