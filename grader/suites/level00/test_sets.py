"""Hidden suite for exercises/level00/sets.py."""

import numpy as np
import pytest
from sklearn.metrics import jaccard_score

from mlgrade.checks import (
    CheckFailed,
    as_array,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level00 import sets as ref
from mlgrade.sandbox.faults import LearnerRaised

MODULE = "sets"
OUTPUTS = ("union", "intersection", "difference", "symmetric_difference")
SYMBOLS = {"union": "A ∪ B", "intersection": "A ∩ B", "difference": "A ∖ B", "symmetric_difference": "A Δ B"}
ORDER = "the tuple's order is (union, intersection, difference, symmetric_difference)"


# -- set_ops ------------------------------------------------------------------------------------------
def watched(rng, n, n_movies):
    """``n`` movie ids out of ``n_movies``, with repeats (rewatches), in viewing (unsorted) order."""
    return rng.integers(0, n_movies, size=n).astype(np.int64)


def python_set_ops(a, b):
    """The oracle: Python's set algebra on the values, each result sorted into an array of the inputs' dtype."""
    A, B = set(a.tolist()), set(b.tolist())
    dtype = np.result_type(a, b)
    return tuple(np.array(sorted(result), dtype=dtype) for result in (A | B, A & B, A - B, A ^ B))


def unpack(result, inputs):
    """The learner's 4-tuple, or a failed check saying what shape of result was expected."""
    if not isinstance(result, (tuple, list)) or len(result) != 4:
        kind = f"a {type(result).__name__}" + (f" of length {len(result)}" if isinstance(result, (tuple, list)) else "")
        raise CheckFailed(f"set_ops should return a tuple of 4 arrays (union, intersection, difference, "
                          f"symmetric_difference), but returned {kind} (for {inputs})")
    return result


def check_set(actual, expected, name, *, inputs, others, a, b):
    """Fail unless ``actual`` equals the sorted, duplicate-free ``expected``; hints for known mistakes."""
    what = f"the {name.replace('_', ' ')} {SYMBOLS[name]}"
    actual = as_array(actual, what)
    if actual.ndim != 1:
        raise CheckFailed(f"{what} should be a 1-D array but has shape {actual.shape} (for {inputs})")
    if actual.shape == expected.shape and np.array_equal(actual, expected):
        if actual.size and expected.dtype.kind in "iu" and actual.dtype.kind not in "iu":
            raise CheckFailed(f"{what} holds the right values as {actual.dtype}, but the inputs are integers "
                              f"(movie ids) and should stay integers (for {inputs}).\nHint: np.unique, "
                              "np.concatenate and masks keep the dtype; np.array([]) is a float array")
        return actual
    if actual.size != expected.size:
        detail = f"it has {actual.size} elements but should have {expected.size}"
    else:
        detail = f"{int(np.sum(actual != expected))} of its {expected.size} elements are wrong"
    message = f"{what} is wrong for {inputs}: {detail}"
    candidates = [(others[other], f"this is {SYMBOLS[other]}, the {other.replace('_', ' ')}; {ORDER}")
                  for other in OUTPUTS if other != name]
    if name == "difference":
        candidates.insert(0, (np.setdiff1d(b, a), "this is B ∖ A (in b but not in a); the difference is A ∖ B, "
                                                  "the elements of a that are not in b"))
    for candidate, hint in candidates:
        if candidate.shape == actual.shape and np.array_equal(candidate, actual):
            return_hint = hint
            break
    else:
        if np.unique(actual).size < actual.size:
            return_hint = "it contains duplicates: a set holds each element once (np.unique removes repeats)"
        elif np.array_equal(np.sort(actual), expected):
            return_hint = "the right elements in the wrong order: return them sorted increasingly"
        else:
            return_hint = None
    raise CheckFailed(message + (f"\nHint: {return_hint}" if return_hint else ""))


def check_set_ops(result, a, b, expected, inputs):
    result = unpack(result, inputs)
    others = dict(zip(OUTPUTS, expected))
    for actual, want, name in zip(result, expected, OUTPUTS):
        check_set(actual, np.asarray(want), name, inputs=inputs, others=others, a=a, b=b)


SET_OPS_BANNED = ("numpy.union1d", "numpy.intersect1d", "numpy.setdiff1d", "numpy.setxor1d", "numpy.isin",
                  "numpy.in1d")


@pytest.mark.exercise("set_ops", banned=SET_OPS_BANNED)
class TestSetOps:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns 4 sorted 1-D integer arrays for integer ids and leaves a and b unchanged"""
        a, b = watched(rng, 30, 40), watched(rng, 22, 40)
        inputs = describe(a=a, b=b) + " (integer movie ids)"
        result, after = learner.set_ops.call_checking_inputs(a.copy(), b.copy())
        check_set_ops(result, a, b, ref.set_ops(a, b), inputs)
        assert_unchanged((a, b), after, ["a", "b"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "m", "n_movies"), [(40, 25, 60), (7, 90, 50)], ids=["40-vs-25", "7-vs-90"])
    def test_matches_reference(self, learner, rng, n, m, n_movies):
        """matches the reference on movie ids with repeats, in any order"""
        a, b = watched(rng, n, n_movies), watched(rng, m, n_movies)
        check_set_ops(learner.set_ops(a, b), a, b, ref.set_ops(a, b), describe(a=a, b=b) + " (movie ids)")

    @pytest.mark.points(1)
    def test_matches_python_sets(self, learner, rng):
        """agrees with Python's set operators (|, &, -, ^) on float ratings"""
        a = rng.integers(1, 11, size=35) / 2.0  # ratings 0.5 … 5.0 in half stars
        b = rng.integers(4, 15, size=18) / 2.0
        check_set_ops(learner.set_ops(a, b), a, b, python_set_ops(a, b),
                      describe(a=a, b=b) + " (half-star ratings)")

    @pytest.mark.points(1)
    def test_duplicates_and_order(self, learner):
        """removes repeated values and sorts, whatever the input order"""
        a = np.array([5, 3, 5, 1, 3, 9, 9, 9], dtype=np.int64)
        b = np.array([9, 3, 3, 7, 3], dtype=np.int64)
        check_set_ops(learner.set_ops(a, b), a, b, python_set_ops(a, b),
                      "a = [5, 3, 5, 1, 3, 9, 9, 9], b = [9, 3, 3, 7, 3]")

    @pytest.mark.points(1)
    def test_empty_disjoint_identical(self, learner):
        """empty inputs, disjoint sets and identical sets"""
        empty = np.array([], dtype=np.int64)
        x = np.array([4, 2, 4, 8], dtype=np.int64)
        cases = [
            (empty, x, "a = [] (empty), b = [4, 2, 4, 8]"),
            (x, empty, "a = [4, 2, 4, 8], b = [] (empty)"),
            (empty, empty, "a = [], b = [] (both empty)"),
            (x, np.array([1, 3, 1], dtype=np.int64), "a = [4, 2, 4, 8], b = [1, 3, 1] (disjoint)"),
            (x, np.array([8, 2, 4], dtype=np.int64), "a = [4, 2, 4, 8], b = [8, 2, 4] (the same set)"),
        ]
        for a, b, text in cases:
            check_set_ops(learner.set_ops(a, b), a, b, python_set_ops(a, b), text)

    @pytest.mark.points(1)
    def test_not_1d(self, learner):
        """raises ValueError when an input is not 1-D"""
        assert_learner_raises(lambda: learner.set_ops(np.arange(6).reshape(2, 3), np.arange(3)), "ValueError",
                              what="a of shape (2, 3)")
        assert_learner_raises(lambda: learner.set_ops(np.arange(3), np.int64(4)), "ValueError",
                              what="b = 4 (a number, not an array)")


# -- jaccard ------------------------------------------------------------------------------------------
EMPTY_UNION_HINT = ("when neither user liked anything, |U ∪ V| = 0 and the fraction is 0/0: return 0.0 in that "
                    "case, before dividing")


def liked(rng, n, density):
    """Two users' liked-movie vectors: bool of shape (n,), correlated tastes."""
    shared = rng.uniform(size=n) < density
    u = np.where(rng.uniform(size=n) < 0.7, shared, rng.uniform(size=n) < density)
    v = np.where(rng.uniform(size=n) < 0.7, shared, rng.uniform(size=n) < density)
    return u, v


def similarity(value, what):
    """The learner's J as a NumPy float, with a pointed message for booleans and arrays."""
    if isinstance(value, (bool, np.bool_)):
        raise CheckFailed(f"{what} should be a float, but your function returned the boolean {value}.\nHint: "
                          "np.dot or @ of two boolean vectors is a boolean, not a count; count with "
                          "np.sum(u & v)")
    if isinstance(value, np.ndarray) and value.size > 1:
        raise CheckFailed(f"{what} should be a single float, but your function returned an array of shape "
                          f"{value.shape}.\nHint: count the True entries (np.sum or np.count_nonzero) and divide "
                          "the counts")
    return np.float64(as_float(value, what))


def call_jaccard(learner, u, v, inputs):
    try:
        return learner.jaccard(u, v)
    except LearnerRaised as raised:
        if not raised.is_a("RuntimeWarning", "FloatingPointError", "ZeroDivisionError"):
            raise
        message = f"jaccard raised {raised.exc_name} '{raised.exc_message}' for {inputs}"
        if raised.is_a("RuntimeWarning", "FloatingPointError"):
            message += " (floating-point warnings are errors here)"
        if raised.where:
            message += "\n    at " + "\n    at ".join(raised.where)
        if not np.any(u) and not np.any(v):
            message += f"\nHint: {EMPTY_UNION_HINT}"
        raise CheckFailed(message) from None


def jaccard_hints(u, v):
    """Values of the usual mistakes, as (value, hint) pairs."""
    u, v = np.asarray(u, dtype=bool), np.asarray(v, dtype=bool)
    both, either = int(np.sum(u & v)), int(np.sum(u | v))
    n_u, n_v, n = int(u.sum()), int(v.sum()), u.size
    J = both / either if either else 0.0
    hints = [
        (1.0 - J, "this is the Jaccard distance 1 - J; return the similarity J = |U ∩ V| / |U ∪ V|"),
        (np.mean(u == v), "you counted the movies neither user liked as agreement; Jaccard ignores them: "
                          "divide |U ∩ V| by |U ∪ V|"),
    ]
    if n_u + n_v:
        hints += [
            (2 * both / (n_u + n_v), "this is the Dice coefficient 2|U ∩ V| / (|U| + |V|); Jaccard is "
                                     "|U ∩ V| / |U ∪ V|"),
            (both / (n_u + n_v), "|U| + |V| counts the movies both liked twice: |U ∪ V| = |U| + |V| - |U ∩ V|"),
        ]
    hints.append((both / n, "you divided by the number of movies; divide by |U ∪ V|, the movies at least one "
                            "user liked"))
    if n_u:
        hints.append((both / n_u, "you divided by |U|; divide by |U ∪ V|"))
    if n_v:
        hints.append((both / n_v, "you divided by |V|; divide by |U ∪ V|"))
    if either:
        hints.append((1.0 / either, "np.dot or @ of two boolean vectors is True, not a count: count the "
                                    "intersection with np.sum(u & v)"))
    if 0 < J < 1:
        hints.append((0.0, "integer division (//) rounds the fraction down to 0: use /"))
    return hints


@pytest.mark.exercise("jaccard", banned=("sklearn", "scipy"))
class TestJaccard:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a single float and leaves u and v unchanged"""
        u, v = liked(rng, 25, 0.4)
        value, after = learner.jaccard.call_checking_inputs(u.copy(), v.copy())
        similarity(value, "the Jaccard similarity")
        assert_unchanged((u, v), after, ["u", "v"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "density"), [(20, 0.3), (500, 0.05), (20_000, 0.01)],
                             ids=["20-movies", "500-movies", "20000-movies"])
    def test_matches_reference(self, learner, rng, n, density):
        """matches the reference on liked-movie vectors"""
        u, v = liked(rng, n, density)
        inputs = describe(u=u, v=v) + f" (bool, {int(u.sum())} and {int(v.sum())} likes)"
        value = similarity(call_jaccard(learner, u, v, inputs), "the Jaccard similarity")
        assert_close(value, ref.jaccard(u, v), what="the Jaccard similarity", inputs=inputs, rtol=1e-14,
                     hints=jaccard_hints(u, v))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn.metrics.jaccard_score, for bool and for 0/1 integer vectors"""
        u, v = liked(rng, 80, 0.25)
        expected = jaccard_score(u, v)
        for x, y, kind in ((u, v, "bool"), (u.astype(np.int64), v.astype(np.int64), "0/1 integers")):
            inputs = describe(u=x, v=y) + f" ({kind})"
            value = similarity(call_jaccard(learner, x, y, inputs), "the Jaccard similarity")
            assert_close(value, expected, what="the Jaccard similarity", inputs=inputs, rtol=1e-14,
                         hints=jaccard_hints(u, v))

    @pytest.mark.points(1)
    def test_edge_cases(self, learner):
        """both empty gives 0.0 without a warning; one empty 0.0; identical 1.0; disjoint 0.0"""
        nothing = np.zeros(6, dtype=bool)
        some = np.array([True, False, True, True, False, False])
        other = np.array([False, True, False, False, False, True])
        cases = [
            (nothing, nothing, 0.0, "u and v all False (nobody liked anything)"),
            (some, nothing, 0.0, "v all False"),
            (some, some.copy(), 1.0, "u equal to v"),
            (some, other, 0.0, "u and v disjoint"),
        ]
        for u, v, expected, text in cases:
            inputs = f"{text}, of shape (6,)"
            value = similarity(call_jaccard(learner, u, v, inputs), "the Jaccard similarity")
            empty = not u.any() and not v.any()
            if empty and np.isnan(value):
                raise CheckFailed(f"the Jaccard similarity is NaN for {inputs}.\nHint: {EMPTY_UNION_HINT}")
            hints = [(1.0, EMPTY_UNION_HINT)] if empty else []
            assert_close(value, expected, what="the Jaccard similarity", inputs=inputs, rtol=1e-15,
                         hints=hints + jaccard_hints(u, v))

    @pytest.mark.points(1)
    def test_shape_mismatch(self, learner):
        """raises ValueError when u and v have different lengths"""
        assert_learner_raises(lambda: learner.jaccard(np.ones(5, dtype=bool), np.ones(4, dtype=bool)),
                              "ValueError", what="u of shape (5,), v of shape (4,)")
