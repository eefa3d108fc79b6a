"""Reference hypothesis tests (closed forms plus the t / chi-squared survival functions)."""

import numpy as np
from scipy.stats import chi2, t


def _welch_df(q1, q2, n1, n2):
    return (q1 + q2) ** 2 / (q1**2 / (n1 - 1) + q2**2 / (n2 - 1))


def ttest_ind(a, b, equal_var=True):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n1, n2 = len(a), len(b)
    if a.ndim != 1 or b.ndim != 1 or n1 < 2 or n2 < 2:
        raise ValueError("each sample must be a 1-D array of at least 2 values")
    v1, v2 = np.var(a, ddof=1), np.var(b, ddof=1)
    if v1 == 0 and v2 == 0:
        raise ValueError("both samples have zero variance")
    if equal_var:
        df = n1 + n2 - 2
        se = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df * (1.0 / n1 + 1.0 / n2))
    else:
        df = _welch_df(v1 / n1, v2 / n2, n1, n2)
        se = np.sqrt(v1 / n1 + v2 / n2)
    stat = (np.mean(a) - np.mean(b)) / se
    return float(stat), float(2.0 * t.sf(np.abs(stat), df))


def chi2_independence(table):
    table = np.asarray(table, dtype=float)
    if table.ndim != 2 or min(table.shape) < 2 or np.any(table < 0):
        raise ValueError("table must be a 2-D array of counts with at least 2 rows and 2 columns")
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    if not (rows.all() and cols.all()):
        raise ValueError("a row or column of the table is all zero")
    expected = np.multiply.outer(rows, cols) / rows.sum()
    stat = float(np.sum(np.square(table - expected) / expected))
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return stat, float(chi2.sf(stat, dof)), dof, expected


def compare_models(scores_a, scores_b):
    a = np.asarray(scores_a, dtype=float)
    b = np.asarray(scores_b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or len(a) < 2:
        raise ValueError("scores must be 1-D, of equal length, with at least 2 pairs")
    d = a - b
    if np.all(d == d[0]):
        if d[0] == 0:
            return 0.0, 1.0
        raise ValueError("constant non-zero differences: t is infinite")
    n = len(d)
    stat = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    return float(stat), float(2.0 * t.sf(np.abs(stat), n - 1))
