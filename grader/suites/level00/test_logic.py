"""Hidden suite for exercises/level00/logic.py."""

import itertools

import numpy as np
import pytest

from mlgrade.checks import CheckFailed, as_array, assert_learner_raises
from mlgrade.reference.level00 import logic as ref
from mlgrade.sandbox.callables.level00 import Formula

MODULE = "logic"
BANNED = ("itertools.product",)
BINARY_OPS = ("and", "or", "xor", "implies", "iff")


# -- formulas -----------------------------------------------------------------------------------------
def var(k):
    return ("var", k)


def neg(a):
    return ("not", a)


def random_formula(rng, n_vars):
    """A random formula that uses every one of the ``n_vars`` variables (a constant for n_vars = 0)."""
    if n_vars == 0:
        return Formula(("const", bool(rng.integers(2))), 0)
    nodes = [neg(var(int(k))) if rng.uniform() < 0.3 else var(int(k)) for k in rng.permutation(n_vars)]
    while len(nodes) > 1:
        a, b = nodes.pop(int(rng.integers(len(nodes)))), nodes.pop(int(rng.integers(len(nodes))))
        node = (BINARY_OPS[int(rng.integers(len(BINARY_OPS)))], a, b)
        nodes.append(neg(node) if rng.uniform() < 0.2 else node)
    return Formula(nodes[0], n_vars)


def rewrite(rng, tree):
    """An equivalent formula with a different shape: De Morgan, implication and iff expansions, swaps."""
    op = tree[0]
    if op in ("var", "const"):
        return tree
    if op == "not":
        inner = tree[1]
        if inner[0] == "not" and rng.uniform() < 0.7:  # ¬¬a ≡ a
            return rewrite(rng, inner[1])
        return neg(rewrite(rng, inner))
    a, b = rewrite(rng, tree[1]), rewrite(rng, tree[2])
    if op in ("and", "or", "xor", "iff") and rng.uniform() < 0.5:  # commutativity
        a, b = b, a
    if rng.uniform() < 0.5:
        return (op, a, b)
    if op == "and":  # a ∧ b ≡ ¬(¬a ∨ ¬b)
        return neg(("or", neg(a), neg(b)))
    if op == "or":  # a ∨ b ≡ ¬(¬a ∧ ¬b)
        return neg(("and", neg(a), neg(b)))
    if op == "implies":  # a → b ≡ ¬a ∨ b
        return ("or", neg(a), b)
    if op == "iff":  # a ↔ b ≡ (a → b) ∧ (b → a)
        return ("and", ("implies", a, b), ("implies", b, a))
    return neg(("iff", a, b))  # a ⊕ b ≡ ¬(a ↔ b)


def equivalent_to(rng, f):
    return Formula(rewrite(rng, f.tree), f.n_vars)


def minterm(row):
    """The formula that is True on exactly one assignment, ``row`` (a sequence of bools)."""
    literals = [var(k) if value else neg(var(k)) for k, value in enumerate(row)]
    tree = literals[0]
    for literal in literals[1:]:
        tree = ("and", tree, literal)
    return tree


def one_row_off(rng, f):
    """A formula equal to ``f`` on every assignment but one (a random one)."""
    row = rng.integers(0, 2, size=f.n_vars).astype(bool)
    return Formula(("xor", rewrite(rng, f.tree), minterm(row)), f.n_vars)


def weaker_by_one_row(rng, f):
    """``g = f ∨ m`` for a minterm ``m`` where f is False: f ⇒ g everywhere, but g ⇏ f on that row."""
    rows, values = ref.truth_table(f, f.n_vars)
    false_rows = np.flatnonzero(~values)
    row = rows[false_rows[int(rng.integers(false_rows.size))]]
    return Formula(("or", f.tree, minterm(row)), f.n_vars)


def show(formula, limit=80):
    """A formula as learners read it, shortened when long (12-variable formulas run to hundreds of characters)."""
    text = str(formula)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pair(f, g):
    return f"f = {show(f)}, g = {show(g)}"


# -- truth_table --------------------------------------------------------------------------------------
def unpack_table(result, inputs):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise CheckFailed(f"truth_table should return a tuple (assignments, values), but returned "
                          f"a {type(result).__name__} (for {inputs})")
    return as_array(result[0], "the assignments"), as_array(result[1], "the values")


def check_table(result, f, n_vars, inputs, *, expected=None):
    """Fail unless ``result`` is the truth table of ``f`` in binary-counting order; hints for known mistakes."""
    rows, values = unpack_table(result, inputs)
    want_rows, want_values = expected if expected is not None else ref.truth_table(f, n_vars)
    n_rows = 2**n_vars
    if rows.shape != (n_rows, n_vars):
        hint = ""
        if rows.shape == (n_vars, n_rows) and n_vars > 0:
            hint = "\nHint: that is the transpose: one row per assignment, one column per variable"
        elif n_vars == 0:
            hint = ("\nHint: with no variables there is exactly one assignment (the empty one): 2⁰ = 1 row "
                    "and 0 columns, np.zeros((1, 0), dtype=bool)")
        elif rows.shape[0] == n_rows - 1:
            hint = "\nHint: one row is missing: there are 2ⁿ assignments, numbered 0 … 2ⁿ - 1"
        raise CheckFailed(f"the assignments should have shape {(n_rows, n_vars)} (2ⁿ rows, n columns) but have "
                          f"shape {rows.shape} (for {inputs}){hint}")
    if not np.array_equal(rows, want_rows):
        wrong = int(np.sum(np.any(rows != want_rows, axis=1)))
        message = f"the assignments are wrong for {inputs}: {wrong} of the {n_rows} rows differ"
        candidates = [
            (want_rows[::-1], "your rows count down from all True; row r is r in binary, so row 0 is all "
                              "False"),
            (want_rows[:, ::-1], "your columns are in reverse order: column 0 (the first variable) is the most "
                                 "significant bit, like the leftmost digit of a number"),
            (~want_rows, "your True and False are swapped: False is the bit 0, True the bit 1"),
        ]
        hint = next((text for candidate, text in candidates if np.array_equal(rows, candidate)), None)
        if hint is None and np.array_equal(np.unique(rows, axis=0), want_rows):
            hint = "you have every assignment, but not in the standard order (row r is r in binary)"
        raise CheckFailed(message + (f"\nHint: {hint}" if hint else ""))
    if values.shape != (n_rows,):
        hint = ""
        if values.shape == () or values.size == 1 and n_rows > 1:
            hint = "\nHint: call f once on the whole columns, f(*assignments.T), to get one value per row"
        elif n_vars == 0:
            hint = ("\nHint: with no variables f() returns a single bool; make it an array of shape (1,) "
                    "(np.broadcast_to or np.full)")
        raise CheckFailed(f"the values should have shape {(n_rows,)} but have shape {values.shape} "
                          f"(for {inputs}){hint}")
    if not np.array_equal(values, want_values):
        wrong = int(np.sum(values != want_values))
        message = f"the values are wrong for {inputs}: {wrong} of the {n_rows} rows differ"
        if np.array_equal(values, ~want_values):
            message += "\nHint: every value is negated"
        elif np.array_equal(values, want_values[::-1]):
            message += "\nHint: the values are in reverse row order"
        raise CheckFailed(message)
    return rows, values


@pytest.mark.exercise("truth_table", banned=BANNED)
class TestTruthTable:
    @pytest.mark.points(1)
    def test_shape_and_dtype(self, learner, rng):
        """returns (assignments of shape (2ⁿ, n), values of shape (2ⁿ,)), both bool"""
        f = random_formula(rng, 3)
        inputs = f"f = {show(f)}, n_vars = 3"
        rows, values = check_table(learner.truth_table(f, 3), f, 3, inputs)
        for name, array in (("assignments", rows), ("values", values)):
            if array.dtype != bool:
                raise CheckFailed(f"the {name} should have dtype bool but have dtype {array.dtype} (for {inputs})."
                                  "\nHint: convert 0/1 bits with .astype(bool)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n_vars", [2, 5], ids=["2-vars", "5-vars"])
    def test_matches_reference(self, learner, rng, n_vars):
        """matches the reference on random formulas"""
        f = random_formula(rng, n_vars)
        check_table(learner.truth_table(f, n_vars), f, n_vars, f"f = {show(f)}, n_vars = {n_vars}")

    @pytest.mark.points(1)
    def test_matches_itertools(self, learner, rng):
        """agrees with itertools.product([False, True], repeat=12) for 12 variables (4096 rows)"""
        f = random_formula(rng, 12)
        rows = np.array(list(itertools.product([False, True], repeat=12)))
        values = np.asarray(f(*rows.T), dtype=bool)
        check_table(learner.truth_table(f, 12), f, 12, f"f = {show(f)}, n_vars = 12", expected=(rows, values))

    @pytest.mark.points(1)
    def test_no_variables(self, learner):
        """n_vars = 0: one row with no columns, and the constant value of f()"""
        for constant in (True, False):
            f = Formula(("const", constant), 0)
            check_table(learner.truth_table(f, 0), f, 0, f"the constant formula f() = {constant}, n_vars = 0")

    @pytest.mark.points(1)
    def test_bad_n_vars(self, learner):
        """raises ValueError for a negative or non-integer n_vars"""
        f = Formula(var(0), 1)
        assert_learner_raises(lambda: learner.truth_table(f, -1), "ValueError", what="n_vars = -1")
        assert_learner_raises(lambda: learner.truth_table(f, 1.5), "ValueError", what="n_vars = 1.5")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        f = random_formula(rng, 14)
        speed.check(learner.truth_table, (f, 14), max_ratio=8, inputs="a random formula with n_vars = 14",
                    hint="build all 2ⁿ rows at once with broadcasting, ((r[:, None] >> shifts) & 1), and call f "
                         "once on the columns; a Python loop over the rows is the usual cause")


# -- equivalent ---------------------------------------------------------------------------------------
P, Q, R = var(0), var(1), var(2)
LAWS = [  # (name, f, g): four laws that hold, three look-alikes that do not
    ("De Morgan", neg(("and", P, Q)), ("or", neg(P), neg(Q))),
    ("De Morgan", neg(("or", P, Q)), ("and", neg(P), neg(Q))),
    ("contrapositive", ("implies", P, Q), ("implies", neg(Q), neg(P))),
    ("distributivity", ("and", P, ("or", Q, R)), ("or", ("and", P, Q), ("and", P, R))),
    ("the converse", ("implies", P, Q), ("implies", Q, P)),
    ("a wrong De Morgan", neg(("and", P, Q)), ("and", neg(P), neg(Q))),
    ("p → q vs p ∧ q", ("implies", P, Q), ("and", P, Q)),
]


def as_bool(value, what):
    if isinstance(value, np.ndarray) and value.shape == () and value.dtype == bool:
        value = value.item()
    if not isinstance(value, (bool, np.bool_)):
        kind = f"an array of shape {value.shape}" if isinstance(value, np.ndarray) else type(value).__name__
        raise CheckFailed(f"{what} should be a single bool, but your function returned {kind}.\nHint: "
                          "np.all(...) of the comparison gives one bool for the whole table")
    return bool(value)


def check_equivalent(learner, f, g, n_vars, *, hint=None):
    """Fail unless ``equivalent(f, g, n_vars)`` gives the right answer."""
    inputs = f"{pair(f, g)}, n_vars = {n_vars}"
    answer = as_bool(learner.equivalent(f, g, n_vars), "equivalent(f, g, n_vars)")
    f_values = ref.truth_table(f, n_vars)[1]
    g_values = ref.truth_table(g, n_vars)[1]
    n_rows, differ = 2**n_vars, int(np.sum(f_values != g_values))
    if answer == (differ == 0):
        return
    hints = [hint] if hint else []
    if differ == 0:
        message = (f"equivalent returned False for {inputs}, but f and g agree on all {n_rows} assignments, "
                   "so they are equivalent")
    else:
        message = (f"equivalent returned True for {inputs}, but f and g differ on {differ} of the {n_rows} "
                   "assignments, so they are not equivalent")
        if np.all(~f_values | g_values):
            hints.append("f ⇒ g holds on every row but g ⇒ f does not: equivalence means equal values on every "
                         "row (both directions)")
        if differ <= 2 and n_rows >= 64:
            hints.append(f"they differ on only {differ} of the {n_rows} rows: check every row, not a sample")
    raise CheckFailed(message + "".join(f"\nHint: {text}" for text in hints))


@pytest.mark.exercise("equivalent", banned=BANNED)
class TestEquivalent:
    @pytest.mark.points(1)
    def test_returns_bool(self, learner):
        """returns a single bool (De Morgan's law: True)"""
        f, g = Formula(LAWS[0][1], 2), Formula(LAWS[0][2], 2)
        check_equivalent(learner, f, g, 2)

    @pytest.mark.points(1)
    def test_laws(self, learner):
        """De Morgan, contrapositive and distributivity hold; the converse and a wrong De Morgan do not"""
        for _, f_tree, g_tree in LAWS:
            n_vars = 1 + max(k for _, k in _leaves(f_tree) + _leaves(g_tree))
            check_equivalent(learner, Formula(f_tree, n_vars), Formula(g_tree, n_vars), n_vars)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("n_vars", [3, 7], ids=["3-vars", "7-vars"])
    def test_matches_reference(self, learner, rng, n_vars):
        """random formulas: a rewritten equivalent form, and one that differs on a single row"""
        f = random_formula(rng, n_vars)
        check_equivalent(learner, f, equivalent_to(rng, f), n_vars)
        check_equivalent(learner, f, one_row_off(rng, f), n_vars)

    @pytest.mark.points(1)
    def test_one_row_in_4096(self, learner, rng):
        """12 variables: f ⇒ g everywhere and g ⇒ f on all rows but one, so not equivalent"""
        f = random_formula(rng, 12)
        check_equivalent(learner, f, equivalent_to(rng, f), 12)
        g = weaker_by_one_row(rng, f)
        check_equivalent(learner, f, g, 12)
        check_equivalent(learner, g, f, 12)

    @pytest.mark.points(1)
    def test_no_variables(self, learner):
        """n_vars = 0: compares the constants f() and g()"""
        true, false = Formula(("const", True), 0), Formula(("const", False), 0)
        for f, g in ((true, true), (false, false), (true, false), (false, true)):
            check_equivalent(learner, f, g, 0, hint="with no variables there is still one assignment (the empty "
                                                    "one): compare f() with g()")

    @pytest.mark.points(1)
    def test_bad_n_vars(self, learner):
        """raises ValueError for a negative n_vars"""
        f = Formula(var(0), 1)
        assert_learner_raises(lambda: learner.equivalent(f, f, -2), "ValueError", what="n_vars = -2")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        f = random_formula(rng, 14)
        speed.check(learner.equivalent, (f, equivalent_to(rng, f), 14), max_ratio=8,
                    inputs="two random formulas with n_vars = 14",
                    hint="evaluate f and g once each on the whole truth table and compare the value arrays; "
                         "a Python loop over the rows is the usual cause")


def _leaves(tree):
    if tree[0] == "var":
        return [tree]
    if tree[0] == "const":
        return []
    return [leaf for child in tree[1:] for leaf in _leaves(child)]
