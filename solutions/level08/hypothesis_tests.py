"""Hypothesis tests: two-sample t-tests, the chi-squared test of independence, a paired comparison."""

import numpy as np
from scipy.stats import chi2, t


def ttest_ind(a, b, equal_var=True):
    """Two-sided two-sample t-test (Student's if equal_var, else Welch's): (t, p)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n1, n2 = len(a), len(b)
    if a.ndim != 1 or b.ndim != 1 or n1 < 2 or n2 < 2:
        raise ValueError("each sample must be a 1-D array of at least 2 values")
    # Unbiased variances (divide by n - 1): the t statistic is built on them.
    v1, v2 = a.var(ddof=1), b.var(ddof=1)
    if equal_var:
        # Student: one pooled variance, weighted by the degrees of freedom of each sample.
        df = n1 + n2 - 2
        pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df
        se2 = pooled * (1 / n1 + 1 / n2)
    else:
        # Welch: each sample keeps its variance; the Welch–Satterthwaite df matches the first two
        # moments of the variance estimate to a scaled chi-squared.
        q1, q2 = v1 / n1, v2 / n2
        se2 = q1 + q2
        if se2 > 0:
            df = se2**2 / (q1**2 / (n1 - 1) + q2**2 / (n2 - 1))
    if se2 == 0:
        raise ValueError("both samples have zero variance: the standard error is 0 and t is undefined")
    stat = (a.mean() - b.mean()) / np.sqrt(se2)
    # Two-sided: P(|T| >= |t|) = 2 sf(|t|). The survival function keeps tiny p-values (1e-30)
    # that 1 - cdf would round to 0.
    return float(stat), float(2 * t.sf(abs(stat), df))


def chi2_independence(table):
    """Pearson's chi-squared test of independence: (chi2, p, dof, expected)."""
    table = np.asarray(table, dtype=float)
    if table.ndim != 2 or min(table.shape) < 2:
        raise ValueError(f"table must be a 2-D array with at least 2 rows and 2 columns, got shape {table.shape}")
    if np.any(table < 0):
        raise ValueError("a contingency table holds counts: every entry must be >= 0")
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    if np.any(rows == 0) or np.any(cols == 0):
        raise ValueError("a row or column of the table is all zero: its expected counts would be 0 (drop it)")
    total = rows.sum()
    # Under independence P(row i, col j) = P(row i) P(col j), so the expected count is
    # E_ij = total · (r_i / total)(c_j / total) = r_i c_j / total: one outer product.
    expected = np.outer(rows, cols) / total
    stat = np.sum((table - expected) ** 2 / expected)
    # The margins fix (r - 1) + (c - 1) + 1 of the r·c cells: (r - 1)(c - 1) remain free.
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return float(stat), float(chi2.sf(stat, dof)), int(dof), expected


def compare_models(scores_a, scores_b):
    """Paired two-sided t-test of two models' per-user scores: (t, p)."""
    a = np.asarray(scores_a, dtype=float)
    b = np.asarray(scores_b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape:
        raise ValueError(f"scores must be 1-D and paired (same length), got shapes {a.shape} and {b.shape}")
    n = len(a)
    if n < 2:
        raise ValueError(f"a paired t-test needs at least 2 pairs, got {n}")
    # Pairing: each user scores both models, so test the per-user differences against 0.
    # That removes the (large) user-to-user variation an unpaired test would keep.
    d = a - b
    if np.all(d == d[0]):
        if d[0] == 0:
            return 0.0, 1.0  # identical scores: no evidence at all of a difference
        raise ValueError("every difference is the same non-zero value: zero spread makes t infinite")
    stat = d.mean() / (d.std(ddof=1) / np.sqrt(n))
    return float(stat), float(2 * t.sf(abs(stat), n - 1))
