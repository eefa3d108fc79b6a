"""Hidden suite for exercises/level08/hypothesis_tests.py."""

import warnings
from functools import partial

import numpy as np
import pytest
from scipy import stats

from mlgrade import checks
from mlgrade.checks import CheckFailed, as_float, assert_close, assert_learner_raises, assert_shape, assert_unchanged
from mlgrade.checks import describe
from mlgrade.reference.level08 import hypothesis_tests as ref

MODULE = "hypothesis_tests"
TTEST_BANS = ("scipy.stats.ttest_ind", "scipy.stats.ttest_ind_from_stats", "scipy.stats.ttest_rel",
              "scipy.stats.ttest_1samp", "scipy.stats.mstats", "scipy.stats.mannwhitneyu")
CHI2_BANS = ("scipy.stats.chi2_contingency", "scipy.stats.contingency", "scipy.stats.chisquare",
             "scipy.stats.power_divergence")
SF_HINT = "1 - cdf(|t|) rounds to 0 once the p-value is below 1e-16: use the survival function, 2 * t.sf(|t|, df)"
call_quietly = partial(checks.call_quietly, default_hints={
    "divide by zero": "a standard deviation or a count of 0 ended up in a denominator: check for it first and "
                      "raise ValueError (or handle the case as the docstring says)",
    "invalid value": "0/0 made a NaN: zero spread (identical values) needs its own branch",
    "Degrees of freedom": "a sample with fewer than 2 values has no variance: raise ValueError first",
})


def as_pair(result, what):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"{what} should return a tuple (t, p) of two floats")
    return np.array([as_float(result[0], "t"), as_float(result[1], "p")])


def unpaired_pooled(a, b):
    """The pooled (Student) t and df, used to build hints."""
    n1, n2 = len(a), len(b)
    pooled = ((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / (n1 + n2 - 2)
    return (a.mean() - b.mean()) / np.sqrt(pooled * (1 / n1 + 1 / n2)), n1 + n2 - 2


def check_ttest(learner, a, b, equal_var, inputs, expected=None, rtol=1e-10):
    actual = as_pair(call_quietly(learner.ttest_ind, a, b, equal_var, inputs=inputs), "ttest_ind")
    expected = np.array(ref.ttest_ind(a, b, equal_var) if expected is None else expected)
    n1, n2 = len(a), len(b)
    q1, q2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    welch_t = (a.mean() - b.mean()) / np.sqrt(q1 + q2)
    pooled_t, pooled_df = unpaired_pooled(a, b)
    biased = (a.mean() - b.mean()) / np.sqrt(a.var() / n1 + b.var() / n2)
    assert_close(actual[0], expected[0], what="the t statistic", inputs=inputs, rtol=rtol, hints=[
        (-expected[0], "the sign is flipped: t = (mean(a) - mean(b)) / se"),
        (pooled_t if not equal_var else np.nan, "this is Student's pooled t; with equal_var=False use "
                                                "se = sqrt(s1²/n1 + s2²/n2)"),
        (welch_t if equal_var else np.nan, "this is Welch's t; with equal_var=True pool the variances"),
        (biased, "the sample variances divide by n - 1 (ddof=1)"),
    ])
    df_candidates = [n1 + n2, n1 + n2 - 1, min(n1, n2) - 1] + ([] if equal_var else [pooled_df])
    assert_close(actual[1], expected[1], what="the p-value", inputs=inputs, rtol=rtol, hints=[
        (expected[1] / 2, "this is a one-sided p-value; the test is two-sided: p = 2 · sf(|t|, df)"),
        (1 - expected[1] / 2 if expected[0] > 0 else np.nan, "the p-value is 2 · sf(|t|, df): use |t|"),
    ] + [(2 * stats.t.sf(abs(expected[0]), df), "the t statistic is right but the degrees of freedom are not: "
          + ("n1 + n2 - 2 for Student's test" if equal_var else "Welch's test uses the Welch–Satterthwaite df "
             "(s1²/n1 + s2²/n2)² / ((s1²/n1)²/(n1 - 1) + (s2²/n2)²/(n2 - 1))")) for df in df_candidates])


@pytest.mark.exercise("ttest_ind", banned=TTEST_BANS)
class TestTtestInd:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (t, p) as two floats and leaves a and b unchanged"""
        a, b = rng.normal(size=12), rng.normal(0.5, 1.0, size=9)
        result, after = call_quietly(learner.ttest_ind, a.copy(), b.copy(), False, inputs=describe(a=a, b=b),
                                     checking_inputs=True)
        as_pair(result, "ttest_ind")
        assert_unchanged((a, b), after[:2], ["a", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n1", "n2", "equal_var"), [(12, 30, True), (12, 30, False), (200, 9, False)],
                             ids=["12v30-student", "12v30-welch", "200v9-welch"])
    def test_matches_reference(self, learner, rng, n1, n2, equal_var):
        """t and p match the reference (Student's or Welch's test)"""
        a = rng.normal(3.5, 0.6, size=n1)
        b = rng.normal(3.2, 1.4, size=n2)
        check_ttest(learner, a, b, equal_var, describe(a=a, b=b, equal_var=equal_var))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.ttest_ind for both values of equal_var"""
        a, b = rng.normal(0.0, 1.0, size=25), rng.normal(0.7, 2.0, size=14)
        for equal_var in (True, False):
            result = stats.ttest_ind(a, b, equal_var=equal_var)
            check_ttest(learner, a, b, equal_var, describe(a=a, b=b, equal_var=equal_var),
                        expected=(result.statistic, result.pvalue), rtol=1e-9)

    @pytest.mark.points(1)
    def test_welch_one_constant_sample(self, learner, rng):
        """Welch's df when one sample has zero variance (df = n2 - 1)"""
        a = np.full(6, 4.0)
        b = rng.normal(4.5, 1.0, size=11)
        check_ttest(learner, a, b, False, describe(a=a, b=b, equal_var=False) + " with a constant")

    @pytest.mark.points(1)
    def test_tiny_p_value(self, learner, rng):
        """keeps p-values far below 1e-16 (well separated samples)"""
        a, b = rng.normal(0.0, 1.0, size=40), rng.normal(6.0, 1.0, size=40)
        inputs = describe(a=a, b=b)
        actual = as_pair(call_quietly(learner.ttest_ind, a, b, True, inputs=inputs), "ttest_ind")
        expected = ref.ttest_ind(a, b, True)
        assert_close(actual[1], expected[1], what="the p-value", inputs=inputs, rtol=1e-8,
                     hints=[(0.0, SF_HINT)])

    @pytest.mark.points(1)
    def test_zero_variance_and_small_samples(self, learner):
        """raises ValueError when both samples are constant (t = 0/0 or ±inf) or one has a single value"""
        for equal_var in (True, False):
            assert_learner_raises(lambda: learner.ttest_ind(np.full(5, 2.0), np.full(4, 3.0), equal_var), "ValueError",
                                  what=f"two constant samples (equal_var={equal_var})")
        assert_learner_raises(lambda: learner.ttest_ind(np.array([1.0]), np.array([1.0, 2.0, 4.0]), True),
                              "ValueError", what="a sample of one value")


def contingency(rng, shape, total):
    """Counts of (genre, age group) pairs with some dependence, every row and column non-empty."""
    p = rng.dirichlet(np.ones(shape[0]))[:, None] * rng.dirichlet(np.ones(shape[1]))[None, :]
    p *= rng.uniform(0.7, 1.3, size=shape)
    return (rng.multinomial(total, (p / p.sum()).ravel()).reshape(shape) + 1).astype(np.int64)


def check_chi2(learner, table, inputs, expected=None, rtol=1e-10):
    result = call_quietly(learner.chi2_independence, table, inputs=inputs)
    if not isinstance(result, (tuple, list)) or len(result) != 4:
        raise CheckFailed("chi2_independence should return a tuple (chi2, p, dof, expected)")
    expected = ref.chi2_independence(table) if expected is None else expected
    table = table.astype(float)
    rows, cols, total = table.sum(axis=1), table.sum(axis=0), table.sum()
    r, c = table.shape
    E = assert_close(result[3], expected[3], what="the expected counts", inputs=inputs, rtol=rtol, hints=[
        (np.outer(rows, cols), "divide the outer product of the margins by the total count"),
        (np.outer(rows, cols) / total ** 2, "this is the expected proportion; multiply by the total count"),
    ])
    assert_close(as_float(result[0], "chi2"), expected[0], what="the chi-squared statistic", inputs=inputs, rtol=rtol,
                 hints=[
                     (np.sum((table - E) ** 2 / table), "divide by the expected counts, not the observed ones"),
                     (np.sum((np.abs(table - E) - 0.5) ** 2 / E), "no Yates continuity correction here"),
                 ])
    assert_close(as_float(result[2], "dof"), expected[2], what="the degrees of freedom", inputs=inputs, rtol=0, hints=[
        (r * c - 1, "the margins fix r + c - 1 cells: dof = (r - 1)(c - 1), not r·c - 1"),
        (r * c, "dof = (r - 1)(c - 1)"),
    ])
    assert_close(as_float(result[1], "p"), expected[1], what="the p-value", inputs=inputs, rtol=rtol, hints=[
        (1 - expected[1], "this is the cdf; the p-value is the upper tail chi2.sf(stat, dof)"),
    ])


@pytest.mark.exercise("chi2_independence", banned=CHI2_BANS)
class TestChi2Independence:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (chi2, p, dof, expected of shape (r, c)) and leaves the table unchanged"""
        table = contingency(rng, (3, 5), 400)
        result, (after,) = call_quietly(learner.chi2_independence, table.copy(), inputs=describe(table=table),
                                        checking_inputs=True)
        if not isinstance(result, (tuple, list)) or len(result) != 4:
            raise CheckFailed("chi2_independence should return a tuple (chi2, p, dof, expected)")
        assert_shape(result[3], (3, 5), "the expected counts", describe(table=table))
        assert_unchanged((table,), (after,), ["table"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "total"), [((3, 5), 500), ((6, 4), 3000)], ids=["3x5", "6x4"])
    def test_matches_reference(self, learner, rng, shape, total):
        """statistic, p-value, dof and expected counts match the reference"""
        table = contingency(rng, shape, total)
        check_chi2(learner, table, describe(table=table))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.chi2_contingency(correction=False), also on a 2x2 table"""
        for shape in ((2, 2), (4, 7)):
            table = contingency(rng, shape, 250)
            result = stats.chi2_contingency(table, correction=False)
            check_chi2(learner, table, describe(table=table),
                       expected=(result.statistic, result.pvalue, result.dof, result.expected_freq), rtol=1e-9)

    @pytest.mark.points(1)
    def test_zero_row_or_column(self, learner, rng):
        """raises ValueError for an all-zero row or column (expected count 0) and for negative counts"""
        table = contingency(rng, (4, 3), 200)
        for name, bad in (("row 2", np.vstack([table[:2], np.zeros((1, 3), int), table[2:]])),
                          ("column 0", np.hstack([np.zeros((4, 1), int), table]))):
            assert_learner_raises(lambda: learner.chi2_independence(bad), "ValueError", what=f"an all-zero {name}")
        negative = table.copy()
        negative[1, 1] = -3
        assert_learner_raises(lambda: learner.chi2_independence(negative), "ValueError", what="a negative count")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        table = contingency(rng, (400, 300), 1_000_000)
        speed.check(learner.chi2_independence, (table,), max_ratio=8, inputs=describe(table=table),
                    hint="the expected counts are one outer product of the margins divided by the total; "
                         "a loop over cells is the usual cause")


def paired_scores(rng, n, gain):
    """Per-user NDCG of two recommenders: large user-to-user spread, a small paired difference."""
    base = rng.beta(4, 3, size=n)
    a = np.clip(base + rng.normal(0, 0.03, size=n), 0, 1)
    b = np.clip(base + gain + rng.normal(0, 0.03, size=n), 0, 1)
    return a, b


def check_paired(learner, a, b, inputs, expected=None, rtol=1e-10):
    actual = as_pair(call_quietly(learner.compare_models, a, b, inputs=inputs), "compare_models")
    expected = np.array(ref.compare_models(a, b) if expected is None else expected)
    d, n = a - b, len(a)
    with np.errstate(all="ignore"), warnings.catch_warnings():  # identical scores make 0/0 in the candidates
        warnings.simplefilter("ignore")
        candidates = [
            (stats.ttest_ind(a, b).statistic, "this is an unpaired test: the scores are paired by user, so test "
                                              "the per-user differences d = a - b against 0"),
            (-expected[0], "the sign is flipped: use d = scores_a - scores_b"),
            (d.mean() / (d.std() / np.sqrt(n)), "the standard deviation of the differences divides by n - 1 "
                                                "(ddof=1)"),
            (d.mean() / d.std(ddof=1), "the standard error of the mean difference is sd / sqrt(n)"),
        ]
    assert_close(actual[0], expected[0], what="the t statistic", inputs=inputs, rtol=rtol, hints=candidates)
    assert_close(actual[1], expected[1], what="the p-value", inputs=inputs, rtol=rtol, hints=[
        (expected[1] / 2, "this is a one-sided p-value; the test is two-sided: p = 2 · sf(|t|, n - 1)"),
        (2 * stats.t.sf(abs(expected[0]), n), "the paired test has n - 1 degrees of freedom"),
        (2 * stats.t.sf(abs(expected[0]), 2 * n - 2), "the paired test has n - 1 degrees of freedom, not 2n - 2"),
    ])


@pytest.mark.exercise("compare_models", banned=TTEST_BANS)
class TestCompareModels:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (t, p) as two floats and leaves both score arrays unchanged"""
        a, b = paired_scores(rng, 20, 0.02)
        result, after = call_quietly(learner.compare_models, a.copy(), b.copy(), inputs=describe(scores_a=a),
                                     checking_inputs=True)
        as_pair(result, "compare_models")
        assert_unchanged((a, b), after, ["scores_a", "scores_b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "gain"), [(15, 0.01), (400, 0.005)], ids=["n15", "n400"])
    def test_matches_reference(self, learner, rng, n, gain):
        """t and p of the paired test match the reference"""
        a, b = paired_scores(rng, n, gain)
        check_paired(learner, a, b, describe(scores_a=a, scores_b=b))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.ttest_rel"""
        a, b = paired_scores(rng, 60, 0.01)
        result = stats.ttest_rel(a, b)
        check_paired(learner, a, b, describe(scores_a=a, scores_b=b), expected=(result.statistic, result.pvalue),
                     rtol=1e-9)

    @pytest.mark.points(1)
    def test_identical_scores(self, learner, rng):
        """identical scores give t = 0, p = 1 (no evidence of a difference), without warnings"""
        a = np.round(rng.uniform(size=30), 3)
        check_paired(learner, a, a.copy(), describe(scores_a=a) + " with scores_b = scores_a", expected=(0.0, 1.0))

    @pytest.mark.points(1)
    def test_bad_inputs(self, learner, rng):
        """raises ValueError for a constant non-zero difference, unequal lengths, or a single pair"""
        a = rng.integers(0, 8, size=12) / 8.0
        assert_learner_raises(lambda: learner.compare_models(a, a + 0.25), "ValueError",
                              what="scores_b = scores_a + 0.25 exactly (zero spread, t infinite)")
        assert_learner_raises(lambda: learner.compare_models(a, a[:-1]), "ValueError", what="lengths 12 and 11")
        assert_learner_raises(lambda: learner.compare_models(a[:1], a[1:2]), "ValueError", what="a single pair")
