"""Hidden suite for exercises/level10/entropy.py."""

import numpy as np
import pytest
from scipy.special import rel_entr
from scipy.stats import entropy as scipy_entropy

from mlgrade.checks import CheckFailed, assert_unchanged, describe
from mlgrade.reference.level10 import entropy as ref
from mlgrade.suites.level10 import assert_values, call_quietly, expect_value_error, numbers

MODULE = "entropy"
# (shape, base): one distribution, a small batch in bits, a larger batch; k ≠ n everywhere.
CASES = [((9,), None), ((7, 5), 2), ((40, 12), None)]
CASE_IDS = ["9-nats", "7x5-bits", "40x12-nats"]
NOT_NORMALISED = ("a distribution whose entries do not sum to 1 is a bug upstream (counts? logits?): "
                  "check np.abs(p.sum(axis=-1) - 1) <= 1e-6 and raise ValueError instead of normalising silently")


def distributions(rng, shape, zeros=0.2):
    """Random distributions with shape ``shape`` (rows sum to 1), about ``zeros`` of the entries exactly 0."""
    p = rng.dirichlet(np.full(shape[-1], 0.8), size=shape[:-1] or None)
    p = np.where(rng.uniform(size=p.shape) < zeros, 0.0, p)
    top = np.argmax(p.reshape(-1, shape[-1]), axis=1)
    flat = p.reshape(-1, shape[-1])
    flat[np.arange(len(flat)), top] += 1e-3  # no all-zero row
    return p / p.sum(axis=-1, keepdims=True)


def pair(rng, shape):
    """``p`` with zeros and a strictly positive ``q`` of the same shape."""
    return distributions(rng, shape), distributions(rng, shape, zeros=0.0)


def unit(base):
    return "nats" if base is None else f"base {base}"


def shared_hints(expected, base):
    """Results of unit and sign mistakes, for any of the three quantities."""
    hints = [(-expected, "your values have the wrong sign: H(p) = -Σ p log p is >= 0")]
    if base is None:
        hints.append((expected / np.log(2), "these are bits: with base=None use the natural logarithm (nats)"))
    else:
        hints.append((expected * np.log(base), f"these are nats: with base={base} divide by log({base})"))
        hints.append((expected * np.log(base) ** 2, f"you multiplied by log({base}): divide by it instead"))
    return hints


def bad_input_checks(function, *extra):
    """The distribution validity checks shared by the three functions (``extra`` = further positional args)."""
    counts = np.array([3.0, 1.0, 0.0, 4.0])
    expect_value_error(lambda: function(counts, *[counts / 8 for _ in extra]), "counts [3, 1, 0, 4] given as p "
                       "(they sum to 8)", hint=NOT_NORMALISED)
    rows = np.array([[0.5, 0.5], [0.6, 0.6]])
    expect_value_error(lambda: function(rows, *[np.full((2, 2), 0.5) for _ in extra]),
                       "a batch p whose second row sums to 1.2", hint=NOT_NORMALISED)
    negative = np.array([1.5, -0.5])
    expect_value_error(lambda: function(negative, *[np.array([0.5, 0.5]) for _ in extra]),
                       "p = [1.5, -0.5] (a negative probability)")


class DistributionChecks:
    """Checks shared by the three functions; subclasses name the function and compute the oracle."""

    function = ""
    quantity = ""
    pairs = True

    def run(self, learner, *args, inputs, hints=None):
        return call_quietly(getattr(learner, self.function), *args, inputs=inputs, hints=hints)

    def make(self, rng, shape):
        return pair(rng, shape) if self.pairs else (distributions(rng, shape),)

    def expected(self, args, base=None):
        return getattr(ref, self.function)(*args, base=base)

    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """a batch (n, k) gives n values, one distribution (k,) gives a float; inputs unchanged"""
        args = self.make(rng, (6, 4))
        inputs = describe(p=args[0])
        values, after = call_quietly(getattr(learner, self.function), *[a.copy() for a in args], inputs=inputs,
                                     checking_inputs=True)
        numbers(values, f"{self.quantity} of a batch", (6,), inputs)
        assert_unchanged(args, after, ["p", "q"][:len(args)])
        single = tuple(a[0] for a in args)
        value = self.run(learner, *single, inputs=describe(p=single[0]))
        if isinstance(value, np.ndarray) and value.ndim > 0:
            raise CheckFailed(f"{self.quantity} of one distribution of shape (4,) should be a float, but your "
                              f"function returned an array of shape {value.shape}.\nHint: sum over the last "
                              "axis (axis=-1), so that one distribution gives one number")
        numbers(value, f"{self.quantity} of one distribution", (), describe(p=single[0]))

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("shape", "base"), CASES, ids=CASE_IDS)
    def test_matches_reference(self, learner, rng, shape, base):
        """matches the reference on random distributions with zeros (nats and bits)"""
        args = self.make(rng, shape)
        inputs = describe(p=args[0], base=base) + " with some p_i = 0"
        expected = self.expected(args, base)
        actual = self.run(learner, *args, base, inputs=inputs)
        assert_values(actual, expected, what=f"{self.quantity} in {unit(base)}", inputs=inputs,
                      hints=self.hints(args, base) + shared_hints(expected, base))

    @pytest.mark.points(1)
    def test_invalid_distributions(self, learner):
        """raises ValueError for rows that do not sum to 1 and for negative entries"""
        bad_input_checks(lambda *args: getattr(learner, self.function)(*args), *([None] if self.pairs else []))


@pytest.mark.exercise("entropy", banned=("scipy", "sklearn"))
class TestEntropy(DistributionChecks):
    function = "entropy"
    quantity = "the entropy"
    pairs = False

    def hints(self, args, base):
        p = args[0]
        return [(ref.entropy(p.T.copy() / p.T.sum(axis=-1, keepdims=True), base) if p.ndim == 2 else None,
                 "you summed over the wrong axis: each row is one distribution")]

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.entropy along the rows, in bits and in base 10"""
        p = distributions(rng, (30, 8))
        for base in (2, 10):
            inputs = describe(p=p, base=base)
            assert_values(self.run(learner, p, base, inputs=inputs), scipy_entropy(p, base=base, axis=1),
                          what=f"the entropy in base {base}", inputs=inputs)

    @pytest.mark.points(1)
    def test_zero_probabilities(self, learner):
        """0 · log 0 = 0: zeros add nothing, a certain outcome has entropy 0, and nothing warns"""
        p = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 0.5, 0.0, 0.5], [0.25, 0.25, 0.25, 0.25], [0.0, 0.0, 0.0, 1.0]])
        inputs = describe(p=p) + " with one-hot rows and zeros"
        assert_values(self.run(learner, p, inputs=inputs), ref.entropy(p), what="the entropy", inputs=inputs,
                      rtol=1e-12)
        value = self.run(learner, np.array([0.0, 1.0]), 2, inputs="p = [0, 1], base = 2")
        assert_values(value, 0.0, what="the entropy of p = [0, 1]", rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        p = distributions(rng, (40000, 4))
        speed.check(learner.entropy, (p,), max_ratio=8, inputs=describe(p=p),
                    hint="compute -p log p for the whole matrix at once and sum along axis=-1; a loop over "
                         "rows (or entries) is the usual cause")


class PairChecks(DistributionChecks):
    """Checks of the two functions of (p, q)."""

    oracle = None

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with the value built from scipy.special.rel_entr"""
        p, q = pair(rng, (25, 6))
        inputs = describe(p=p, q=q)
        assert_values(self.run(learner, p, q, inputs=inputs), type(self).oracle(p, q), what=self.quantity,
                      inputs=inputs)

    @pytest.mark.points(1)
    def test_zero_in_q(self, learner, rng):
        """+inf without a warning where q_i = 0 < p_i; 0 · log(0 / 0) = 0 where both are 0"""
        p = np.array([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5], [0.0, 0.4, 0.6], [0.1, 0.0, 0.9]])
        q = np.array([[0.0, 0.5, 0.5], [0.2, 0.3, 0.5], [0.0, 0.5, 0.5], [0.0, 0.5, 0.5]])
        inputs = describe(p=p, q=q) + " with q_i = 0 in some rows"
        actual = self.run(learner, p, q, inputs=inputs, hints={
            "divide by zero": "log(0) (or p / 0) warns 'divide by zero': the +inf is right here, so compute it "
                              "inside `with np.errstate(divide=\"ignore\"):`, and only for entries with p > 0",
        })
        assert_values(actual, self.expected((p, q)), what=self.quantity, inputs=inputs, rtol=1e-12, hints=[
            (type(self).oracle(p, np.clip(q, 1e-12, None)), "clipping q (or adding ε) hides an impossible event: "
                                                            "the answer is +inf where q_i = 0 < p_i"),
        ])
        one = self.run(learner, np.array([1.0, 0.0]), np.array([0.0, 1.0]), inputs="p = [1, 0], q = [0, 1]")
        if not np.isposinf(np.asarray(one, dtype=float)).all():
            raise CheckFailed(f"{self.quantity} of p = [1, 0] and q = [0, 1] should be +inf (np.inf), but your "
                              f"function returned {one!r}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        p, q = pair(rng, (40000, 4))
        speed.check(getattr(learner, self.function), (p, q), max_ratio=8, inputs=describe(p=p, q=q),
                    hint="compute the terms for the whole matrix at once (boolean masks instead of if) and sum "
                         "along axis=-1; a loop over rows (or entries) is the usual cause")


def scipy_cross_entropy(p, q):
    return scipy_entropy(p, axis=-1) + rel_entr(p, q).sum(axis=-1)


def scipy_kl(p, q):
    return rel_entr(p, q).sum(axis=-1)


@pytest.mark.exercise("cross_entropy", banned=("scipy", "sklearn"))
class TestCrossEntropy(PairChecks):
    function = "cross_entropy"
    quantity = "the cross-entropy H(p, q)"
    oracle = staticmethod(scipy_cross_entropy)

    def hints(self, args, base):
        p, q = args
        return [
            (ref.cross_entropy(q, p, base),
             "this is H(q, p): the logarithm is of the model q, H(p, q) = -Σ p log q"),
            (ref.entropy(p, base), "this is the entropy H(p): the logarithm is of q, not of p"),
            (ref.kl_divergence(p, q, base), "this is KL(p || q) = H(p, q) - H(p): leave H(p) in"),
        ]


@pytest.mark.exercise("kl_divergence", banned=("scipy", "sklearn"))
class TestKlDivergence(PairChecks):
    function = "kl_divergence"
    quantity = "KL(p || q)"
    oracle = staticmethod(scipy_kl)

    def hints(self, args, base):
        p, q = args
        return [
            (ref.kl_divergence(q, p, base), "this is KL(q || p): the divergence is not symmetric, KL(p || q) = Σ p log(p / q)"),
            (ref.cross_entropy(p, q, base), "this is the cross-entropy H(p, q): subtract H(p)"),
        ]

    @pytest.mark.points(1)
    def test_equal_distributions(self, learner, rng):
        """0 for p = q, never negative (Gibbs' inequality)"""
        p = distributions(rng, (12, 7))
        inputs = describe(p=p, q=p) + ", q equal to p"
        actual = numbers(self.run(learner, p, p.copy(), inputs=inputs), "KL(p || p)", (12,), inputs)
        if not (np.abs(actual) <= 1e-14).all():
            raise CheckFailed(f"KL(p || p) should be 0 for {inputs}, but an entry is {actual.flat[np.argmax(np.abs(actual))]:.3g}")
