"""Plausible versions of exercises/level08/hypothesis_tests.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np
from scipy.stats import chi2 as _chi2
from scipy.stats import t as _t

EXPECTED = {
    "ttest_ind__calls_scipy": ("forbidden", "scipy.stats.ttest_ind"),
    "ttest_ind__pooled_df_for_welch": ("failed", "Welch–Satterthwaite"),
    "ttest_ind__one_minus_cdf": ("failed", "survival function"),
    "ttest_ind__one_sided": ("failed", "one-sided"),
    "ttest_ind__special_stdtr": ("passed", None),
    "chi2_independence__dof_cells_minus_one": ("failed", "(r - 1)(c - 1)"),
    "chi2_independence__divides_by_observed": ("failed", "not the observed"),
    "chi2_independence__no_margin_check": ("failed", "all-zero row 2"),
    "chi2_independence__cell_loop": ("too_slow", "loop over cells"),
    "chi2_independence__calls_chi2_contingency": ("forbidden", "chi2_contingency"),
    "chi2_independence__einsum": ("passed", None),
    "compare_models__unpaired": ("failed", "unpaired test"),
    "compare_models__no_zero_spread_branch": ("failed", "zero spread"),
    "compare_models__calls_ttest_rel": ("forbidden", "scipy.stats.ttest_rel"),
    "compare_models__one_sample_on_differences": ("passed", None),
}


def _moments(a, b):
    if len(a) < 2 or len(b) < 2 or (np.var(a) == 0 and np.var(b) == 0):
        raise ValueError("bad samples")
    return len(a), len(b), np.var(a, ddof=1), np.var(b, ddof=1), np.mean(a) - np.mean(b)


def ttest_ind__calls_scipy(a, b, equal_var=True):
    from scipy import stats

    result = stats.ttest_ind(a, b, equal_var=equal_var)
    return float(result.statistic), float(result.pvalue)


def ttest_ind__pooled_df_for_welch(a, b, equal_var=True):
    n1, n2, v1, v2, diff = _moments(a, b)
    if equal_var:
        se = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2) * (1 / n1 + 1 / n2))
    else:
        se = np.sqrt(v1 / n1 + v2 / n2)
    stat = diff / se
    return float(stat), float(2 * _t.sf(abs(stat), n1 + n2 - 2))


def ttest_ind__one_minus_cdf(a, b, equal_var=True):
    n1, n2, v1, v2, diff = _moments(a, b)
    if equal_var:
        df = n1 + n2 - 2
        se = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df * (1 / n1 + 1 / n2))
    else:
        df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
        se = np.sqrt(v1 / n1 + v2 / n2)
    stat = diff / se
    return float(stat), float(2 * (1 - _t.cdf(abs(stat), df)))


def ttest_ind__one_sided(a, b, equal_var=True):
    n1, n2, v1, v2, diff = _moments(a, b)
    if equal_var:
        df = n1 + n2 - 2
        se = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df * (1 / n1 + 1 / n2))
    else:
        df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
        se = np.sqrt(v1 / n1 + v2 / n2)
    stat = diff / se
    return float(stat), float(_t.sf(abs(stat), df))


def ttest_ind__special_stdtr(a, b, equal_var=True):
    from scipy.special import stdtr

    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n1, n2 = a.size, b.size
    if n1 < 2 or n2 < 2:
        raise ValueError("each sample needs at least 2 values")
    ss1, ss2 = np.sum((a - a.mean()) ** 2), np.sum((b - b.mean()) ** 2)  # sums of squares
    if ss1 == 0 and ss2 == 0:
        raise ValueError("zero variance in both samples")
    if equal_var:
        df = n1 + n2 - 2
        se = np.sqrt((ss1 + ss2) / df * (n1 + n2) / (n1 * n2))
    else:
        q1, q2 = ss1 / ((n1 - 1) * n1), ss2 / ((n2 - 1) * n2)
        df = (q1 + q2) ** 2 / (q1**2 / (n1 - 1) + q2**2 / (n2 - 1))
        se = np.sqrt(q1 + q2)
    stat = (a.mean() - b.mean()) / se
    # stdtr is the t cdf; the lower tail at -|t| equals the upper tail at |t|, with no cancellation.
    return float(stat), float(2 * stdtr(df, -abs(stat)))


def _margins(table):
    table = np.asarray(table, dtype=float)
    if table.ndim != 2 or min(table.shape) < 2 or np.any(table < 0):
        raise ValueError("bad table")
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    if np.any(rows == 0) or np.any(cols == 0):
        raise ValueError("zero margin")
    return table, rows, cols


def chi2_independence__dof_cells_minus_one(table):
    table, rows, cols = _margins(table)
    expected = np.outer(rows, cols) / table.sum()
    stat = np.sum((table - expected) ** 2 / expected)
    dof = table.size - 1
    return float(stat), float(_chi2.sf(stat, dof)), dof, expected


def chi2_independence__divides_by_observed(table):
    table, rows, cols = _margins(table)
    expected = np.outer(rows, cols) / table.sum()
    stat = np.sum((table - expected) ** 2 / table)
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return float(stat), float(_chi2.sf(stat, dof)), dof, expected


def chi2_independence__no_margin_check(table):
    table = np.asarray(table, dtype=float)
    if table.ndim != 2 or min(table.shape) < 2 or np.any(table < 0):
        raise ValueError("bad table")
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    stat = np.sum((table - expected) ** 2 / expected)
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return float(stat), float(_chi2.sf(stat, dof)), dof, expected


def chi2_independence__cell_loop(table):
    table, rows, cols = _margins(table)
    total = table.sum()
    r, c = table.shape
    expected = np.empty((r, c))
    stat = 0.0
    for i in range(r):
        for j in range(c):
            expected[i, j] = rows[i] * cols[j] / total
            stat += (table[i, j] - expected[i, j]) ** 2 / expected[i, j]
    dof = (r - 1) * (c - 1)
    return float(stat), float(_chi2.sf(stat, dof)), dof, expected


def chi2_independence__calls_chi2_contingency(table):
    from scipy.stats import chi2_contingency

    result = chi2_contingency(table, correction=False)
    return float(result.statistic), float(result.pvalue), int(result.dof), result.expected_freq


def chi2_independence__einsum(table):
    table, rows, cols = _margins(table)
    n = table.sum()
    expected = np.einsum("i,j->ij", rows / n, cols)  # P(row) × column count
    # Σ (O - E)² / E = Σ O² / E - N: the same statistic by expanding the square.
    stat = np.sum(table * table / expected) - n
    dof = (len(rows) - 1) * (len(cols) - 1)
    return stat, _chi2.sf(stat, dof), dof, expected


def _paired(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or len(a) < 2:
        raise ValueError("bad scores")
    d = a - b
    if np.all(d == d[0]) and d[0] != 0:
        raise ValueError("zero spread")
    return a, b, d


def compare_models__unpaired(scores_a, scores_b):
    a, b, d = _paired(scores_a, scores_b)
    if np.all(d == 0):
        return 0.0, 1.0
    n = len(a)
    pooled = (a.var(ddof=1) + b.var(ddof=1)) / 2
    stat = (a.mean() - b.mean()) / np.sqrt(pooled * 2 / n)
    return float(stat), float(2 * _t.sf(abs(stat), 2 * n - 2))


def compare_models__no_zero_spread_branch(scores_a, scores_b):
    a, b, d = _paired(scores_a, scores_b)
    stat = d.mean() / (d.std(ddof=1) / np.sqrt(len(d)))
    return float(stat), float(2 * _t.sf(abs(stat), len(d) - 1))


def compare_models__calls_ttest_rel(scores_a, scores_b):
    from scipy.stats import ttest_rel

    a, b, d = _paired(scores_a, scores_b)
    if np.all(d == 0):
        return 0.0, 1.0
    result = ttest_rel(a, b)
    return float(result.statistic), float(result.pvalue)


def compare_models__one_sample_on_differences(scores_a, scores_b):
    a, b = np.asarray(scores_a, dtype=float), np.asarray(scores_b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or a.size < 2:
        raise ValueError("need two paired 1-D score arrays of the same length >= 2")
    d = a - b
    centred = d - d.mean()
    ss = centred @ centred
    if ss == 0:
        if np.any(d != 0):
            raise ValueError("constant non-zero difference: t is infinite")
        return 0.0, 1.0
    n = d.size
    stat = d.mean() * np.sqrt(n * (n - 1) / ss)  # = mean / (sd / sqrt(n)) with sd² = ss / (n - 1)
    return float(stat), float(2 * _t.sf(abs(stat), n - 1))
