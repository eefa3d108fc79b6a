"""Hidden suite for exercises/level10/dependence.py."""

import numpy as np
import pytest
from scipy.stats import entropy as scipy_entropy
from sklearn.metrics import mutual_info_score

from mlgrade.checks import CheckFailed, assert_unchanged, describe
from mlgrade.reference.level10 import dependence as ref
from mlgrade.suites.level10 import assert_values, call_quietly, expect_value_error, numbers

MODULE = "dependence"
CLIP_HINT = ("I(X; Y) >= 0, but rounding leaves about -1e-17 for independent labels: clip the sum at 0 "
             "(max(value, 0.0))")


def dependent_labels(rng, n, kx, ky, noise=0.5):
    """Integer labels ``x`` in 0..kx-1 and ``y`` in 0..ky-1, with ``y`` partly a function of ``x``."""
    x = rng.integers(0, kx, size=n)
    y = np.where(rng.uniform(size=n) < noise, rng.integers(0, ky, size=n), (3 * x + 1) % ky)
    return x, y


def independent_labels(kx, ky, repeat):
    """Labels whose contingency table is exactly a product (every pair of values ``repeat`` times)."""
    x = np.repeat(np.arange(kx), ky * repeat)
    y = np.tile(np.repeat(np.arange(ky), repeat), kx)
    return x, y


def entropy_from_counts(labels, base):
    _, counts = np.unique(labels, return_counts=True)
    return scipy_entropy(counts, base=base)


def mi_mistakes(x, y):
    expected = mutual_info_score(x, y)
    return [
        (expected / np.log(2), "this is in bits: mutual_information is in nats (natural logarithm)"),
        (expected * len(x), "this is n · I: divide the counts by n to get probabilities"),
        (-expected, "your value has the wrong sign: I = Σ p(x, y) log(p(x, y) / (p(x) p(y)))"),
        (entropy_from_counts(x, None) + entropy_from_counts(y, None), "this is H(X) + H(Y): subtract H(X, Y)"),
    ]


@pytest.mark.exercise("mutual_information", banned=("sklearn", "scipy"))
class TestMutualInformation:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves x and y unchanged"""
        x, y = dependent_labels(rng, 50, 4, 3)
        inputs = describe(x=x, y=y)
        value, after = call_quietly(learner.mutual_information, x.copy(), y.copy(), inputs=inputs,
                                    checking_inputs=True)
        numbers(value, "the mutual information", (), inputs)
        assert_unchanged((x, y), after, ["x", "y"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "kx", "ky"), [(60, 3, 5), (500, 8, 6), (37, 12, 2)],
                             ids=["60-3x5", "500-8x6", "37-12x2"])
    def test_matches_reference(self, learner, rng, n, kx, ky):
        """matches the reference on dependent integer labels"""
        x, y = dependent_labels(rng, n, kx, ky)
        inputs = describe(x=x, y=y) + f" with {kx} and {ky} label values"
        value = call_quietly(learner.mutual_information, x, y, inputs=inputs)
        assert_values(value, ref.mutual_information(x, y), what="the mutual information", inputs=inputs,
                      hints=mi_mistakes(x, y))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn.metrics.mutual_info_score on string and negative-integer labels"""
        x, y = dependent_labels(rng, 200, 5, 4)
        names = np.array(["cat", "dog", "emu", "fox", "gnu"])[x]
        shifted = y * 7 - 10  # labels need not be 0..k-1
        inputs = describe(x=names, y=shifted) + " (string x, integer y from -10 to 11)"
        value = call_quietly(learner.mutual_information, names, shifted, inputs=inputs)
        assert_values(value, mutual_info_score(names, shifted), what="the mutual information", inputs=inputs,
                      hints=mi_mistakes(x, y))

    @pytest.mark.points(1)
    def test_independent(self, learner):
        """exactly independent labels give ≈ 0 and never a negative value"""
        for kx, ky, repeat in ((3, 7, 5), (6, 5, 3), (10, 3, 7), (9, 10, 1)):
            x, y = independent_labels(kx, ky, repeat)
            inputs = describe(x=x, y=y) + f", every pair of the {kx} × {ky} values equally often"
            value = float(numbers(call_quietly(learner.mutual_information, x, y, inputs=inputs),
                                  "the mutual information", (), inputs))
            if value < 0:
                raise CheckFailed(f"the mutual information is negative ({value:.3g}) for {inputs}.\nHint: "
                                  + CLIP_HINT)
            if value > 1e-12:
                raise CheckFailed(f"the mutual information should be 0 (within 1e-12) for {inputs} "
                                  f"(independent labels), but it is {value:.3g}")
        x = np.array([2, 2, 5, 5, 9])
        value = call_quietly(learner.mutual_information, x, x.copy(), inputs="x = y = [2, 2, 5, 5, 9]")
        assert_values(value, entropy_from_counts(x, None), what="I(X; X), which is H(X),",
                      inputs="x = y = [2, 2, 5, 5, 9]", rtol=1e-12)

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError when x and y differ in length"""
        expect_value_error(lambda: learner.mutual_information(np.arange(5), np.arange(6)),
                           "x of length 5 and y of length 6")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation (the contingency table without Python loops)"""
        x, y = dependent_labels(rng, 20000, 60, 50)
        speed.check(learner.mutual_information, (x, y), max_ratio=10, inputs=describe(x=x, y=y) + " with 60 × 50 "
                    "label values",
                    hint="build the contingency table in one go: codes from np.unique(x, return_inverse=True), "
                         "then np.bincount(codes_x * k_y + codes_y); a loop over samples or over pairs of "
                         "values is the usual cause")


def gain_by_formula(y, split):
    """H(Y) - Σ (n_b / n) H(Y_b) in bits, with scipy.stats.entropy of the counts (the oracle)."""
    n = len(y)
    value = entropy_from_counts(y, 2)
    for side in (split, ~split):
        if side.any():
            value -= side.sum() / n * entropy_from_counts(y[side], 2)
    return max(value, 0.0)


def gain_mistakes(y, split):
    left, right = y[split], y[~split]
    h_left = entropy_from_counts(left, 2) if left.size else 0.0
    h_right = entropy_from_counts(right, 2) if right.size else 0.0
    parent = entropy_from_counts(y, 2)
    return [
        (parent - (h_left + h_right) / 2, "you averaged the two children equally: weight each child's entropy "
                                          "by its fraction of the samples, n_child / n"),
        (parent - h_left - h_right, "you added the children's entropies: weight each by n_child / n"),
        (gain_by_formula(y, split) * np.log(2), "this is in nats: information_gain is in bits (np.log2)"),
        (split.mean() * h_left + (1 - split.mean()) * h_right, "this is the weighted entropy of the children; "
                                                               "the gain is H(parent) minus it"),
    ]


@pytest.mark.exercise("information_gain", banned=("sklearn", "scipy"))
class TestInformationGain:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves y and split unchanged"""
        y, _ = dependent_labels(rng, 40, 3, 3)
        split = rng.uniform(size=40) < 0.4
        inputs = describe(y=y, split=split)
        value, after = call_quietly(learner.information_gain, y.copy(), split.copy(), inputs=inputs,
                                    checking_inputs=True)
        numbers(value, "the information gain", (), inputs)
        assert_unchanged((y, split), after, ["y", "split"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "k"), [(80, 3), (33, 5)], ids=["80-3classes", "33-5classes"])
    def test_matches_formula(self, learner, rng, n, k):
        """matches H(Y) - Σ (n_b / n) H(Y_b) in bits on informative splits"""
        feature, y = dependent_labels(rng, n, 4, k)
        split = feature >= 2
        inputs = describe(y=y, split=split)
        value = call_quietly(learner.information_gain, y, split, inputs=inputs)
        assert_values(value, gain_by_formula(y, split), what="the information gain", inputs=inputs,
                      hints=gain_mistakes(y, split))

    @pytest.mark.points(1)
    def test_matches_mutual_information(self, learner, rng):
        """equals the mutual information of the labels and the split (sklearn), in bits, for string labels"""
        feature, y = dependent_labels(rng, 150, 5, 4)
        labels = np.array(["setosa", "versicolor", "virginica", "other"])[y]
        split = feature % 2 == 0
        inputs = describe(y=labels, split=split) + " (string labels)"
        value = call_quietly(learner.information_gain, labels, split, inputs=inputs)
        assert_values(value, mutual_info_score(labels, split) / np.log(2), what="the information gain",
                      inputs=inputs, hints=gain_mistakes(labels, split))

    @pytest.mark.points(1)
    def test_pure_children(self, learner, rng):
        """a split into pure children gains H(Y); a pure parent gains 0; nothing warns"""
        y = rng.integers(0, 3, size=30)
        y[:3] = [0, 1, 2]
        split = y == 1
        inputs = describe(y=y, split=split) + ", split = (y == 1): both children pure or mixed"
        value = call_quietly(learner.information_gain, y, split, inputs=inputs)
        assert_values(value, gain_by_formula(y, split), what="the information gain", inputs=inputs, rtol=1e-12,
                      hints=gain_mistakes(y, split))
        two = np.array([4, 4, 4, 7, 7, 7, 7])
        perfect = two == 4
        value = call_quietly(learner.information_gain, two, perfect, inputs="y = [4, 4, 4, 7, 7, 7, 7] split by class")
        assert_values(value, entropy_from_counts(two, 2), what="the gain of a perfect split (H(Y))",
                      inputs="y = [4, 4, 4, 7, 7, 7, 7] split by class", rtol=1e-12)
        pure = np.full(12, 3)
        value = call_quietly(learner.information_gain, pure, rng.uniform(size=12) < 0.5, inputs="a pure node")
        assert_values(value, 0.0, what="the gain of splitting a pure node (one class)", rtol=1e-12)

    @pytest.mark.points(1)
    def test_empty_child_and_useless_split(self, learner):
        """0 when a child is empty, and 0 (never negative) when the split is independent of the class"""
        y = np.array([0, 1, 1, 2, 2, 2, 0, 1])
        for split, what in ((np.ones(8, dtype=bool), "a split sending every sample left"),
                            (np.zeros(8, dtype=bool), "a split sending every sample right")):
            inputs = describe(y=y) + f", {what}"
            value = call_quietly(learner.information_gain, y, split, inputs=inputs)
            assert_values(value, 0.0, what="the information gain", inputs=inputs, rtol=1e-12)
        x, labels = independent_labels(2, 5, 3)
        for split, what in ((x == 1, "half of every class on each side"),):
            inputs = describe(y=labels, split=split) + f", {what}"
            value = float(numbers(call_quietly(learner.information_gain, labels, split, inputs=inputs),
                                  "the information gain", (), inputs))
            if not 0.0 <= value <= 1e-12:
                raise CheckFailed(f"the information gain should be 0 (within 1e-12, never negative) for {inputs}, "
                                  f"but it is {value:.3g}" + ("\nHint: rounding can leave -1e-16: clip the gain "
                                                              "at 0" if value < 0 else ""))

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for a split of another length and for a split that is not boolean"""
        y = np.array([0, 1, 1, 0])
        expect_value_error(lambda: learner.information_gain(y, np.array([True, False, True])),
                           "y of length 4 and split of length 3")
        expect_value_error(lambda: learner.information_gain(y, np.array([0, 1, 1, 0])),
                           "split = [0, 1, 1, 0] (integers, not a boolean mask)",
                           hint="check split.dtype == bool: integer 0/1 would index rows, not select them")
