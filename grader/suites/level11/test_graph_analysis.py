"""Hidden suite for exercises/level11/graph_analysis.py."""

from functools import partial

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level11 import graph_analysis as ref

MODULE = "graph_analysis"
CSGRAPH_BANS = ("scipy.sparse.csgraph", "scipy.sparse.csgraph.connected_components",
                "scipy.sparse.csgraph.breadth_first_order", "scipy.sparse.csgraph.depth_first_order")
EIGEN_BANS = ("numpy.linalg.eig", "numpy.linalg.eigh", "numpy.linalg.eigvals", "scipy.linalg.eig",
              "scipy.linalg.eigh", "scipy.sparse.linalg.eigs", "scipy.sparse.linalg.eigsh")


# -- data ------------------------------------------------------------------------------------------
def block_graph(rng, sizes, p, *, directed):
    """Random blocks (one per size, each kept connected by a path) with the vertices shuffled."""
    n = sum(sizes)
    A = np.zeros((n, n))
    start = 0
    for size in sizes:
        block = (rng.uniform(size=(size, size)) < p) * rng.uniform(0.5, 2.0, size=(size, size))
        path = np.diag(np.ones(size - 1), 1)
        if directed:  # the path in a random direction per edge: weakly, not strongly, connected
            flip = rng.uniform(size=size - 1) < 0.5
            path = np.diag(np.where(flip, 0.0, 1.0), 1) + np.diag(np.where(flip, 1.0, 0.0), -1)
            block = np.triu(block, 1)  # and no edge backwards, so following out-edges does not reach everything
        else:
            block = np.triu(block, 1)
            block = block + block.T
            path = path + path.T
        A[start:start + size, start:start + size] = np.maximum(block, path)
        start += size
    order = rng.permutation(n)
    return A[order][:, order]


def canonical(labels):
    """Renumber labels by order of first appearance, so that two numberings of one partition are equal."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(len(first))
    return rank[inverse.ravel()]


def check_components(result, A, inputs, expected=None):
    """Compare (n_components, labels) with the expected partition, up to the numbering of the components."""
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed("return a tuple (n_components, labels)")
    k = as_float(result[0], "n_components")
    labels = assert_shape(result[1], (len(A),), "labels", inputs)
    if labels.dtype.kind not in "iu":
        raise CheckFailed(f"labels should be an array of integers, but has dtype {labels.dtype} (for {inputs})")
    k_expected, expected = ref.connected_components(A) if expected is None else expected
    found = np.unique(labels)
    if not np.array_equal(found, np.arange(len(found))):
        raise CheckFailed(f"labels should be the numbers 0..k-1 with every number used, but yours go from "
                          f"{labels.min()} to {labels.max()} with {len(found)} distinct values (for {inputs})"
                          "\nHint: number the components 0, 1, 2, … in the order you find them "
                          "(np.unique(labels, return_inverse=True)[1] renumbers any labelling)")
    if k != len(found):
        raise CheckFailed(f"n_components = {k:g}, but your labels use {len(found)} different numbers (for {inputs})")
    same = canonical(labels) == canonical(expected)
    if same.all():
        return
    message = (f"the components are wrong for {inputs}: you found {len(found)} components, "
               f"{'too many' if len(found) > k_expected else 'too few' if len(found) < k_expected else 'the right number'}"
               f" but a different grouping")
    finer = all(len(np.unique(expected[labels == c])) == 1 for c in found)
    if finer and not np.array_equal(A != 0, (A != 0).T):
        message += ("\nHint: edge direction does not matter for components: i and j are linked when "
                    "A[i, j] != 0 or A[j, i] != 0 (symmetrise with (A != 0) | (A != 0).T)")
    elif finer:
        message += "\nHint: some components are split: keep expanding the frontier until it is empty"
    raise CheckFailed(message)


@pytest.mark.exercise("connected_components", banned=CSGRAPH_BANS)
class TestConnectedComponents:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (n_components, labels of shape (n,)) and leaves A unchanged"""
        A = block_graph(rng, [5, 4, 1], 0.5, directed=False)
        result, (A_after,) = learner.connected_components.call_checking_inputs(A.copy())
        check_components(result, A, describe(A=A))
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("sizes", "directed"), [([20, 15, 9, 8, 5], False), ([17, 12, 6, 3, 1, 1], True),
                                                      ([30, 1, 2, 1, 25, 4, 1], False)],
                             ids=["undirected-57", "directed-40", "with-isolated-64"])
    def test_matches_reference(self, learner, rng, sizes, directed):
        """matches the reference partition (any numbering of the components)"""
        A = block_graph(rng, sizes, 0.15, directed=directed)
        kind = "directed" if directed else "undirected"
        check_components(learner.connected_components(A), A, describe(A=A) + f", {kind}, {len(sizes)} components")

    @pytest.mark.points(1)
    def test_matches_csgraph(self, learner, rng):
        """agrees with scipy.sparse.csgraph.connected_components(connection="weak") as a partition"""
        A = block_graph(rng, [14, 9, 9, 2, 1], 0.2, directed=True)
        expected = csgraph.connected_components(A, directed=True, connection="weak")
        check_components(learner.connected_components(A), A, describe(A=A) + ", directed", expected=expected)

    @pytest.mark.points(1)
    def test_any_numbering(self, learner, rng):
        """the numbering may differ from the reference's: the same graph with its vertices reordered"""
        A = block_graph(rng, [6, 8, 3, 5], 0.4, directed=False)
        reverse = np.arange(len(A))[::-1]
        for B in (A, A[reverse][:, reverse]):
            check_components(learner.connected_components(B), B, describe(A=B) + ", 4 components")

    @pytest.mark.points(1)
    def test_no_edges(self, learner):
        """every vertex of a graph without edges is its own component (and one vertex alone is one)"""
        check_components(learner.connected_components(np.zeros((7, 7))), np.zeros((7, 7)),
                         "A = np.zeros((7, 7))")
        check_components(learner.connected_components(np.ones((1, 1))), np.ones((1, 1)),
                         "A = np.ones((1, 1)) (a single vertex with a self-loop)")


# -- pagerank ------------------------------------------------------------------------------------------
WARNING_HINTS = {
    "invalid value": "0 / 0 for a dangling vertex (a zero row of A) gave NaN: divide its row by 1 instead "
                     "(np.where(out == 0, 1, out)) and spread its rank uniformly",
    "divide by zero": "a dangling vertex (a zero row of A) has out-degree 0: divide its row by 1 instead "
                      "(np.where(out == 0, 1, out)) and spread its rank uniformly",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def random_web(rng, n, p, *, n_dangling=3):
    """A directed weighted graph with ``n_dangling`` dangling vertices (zero rows) and some self-loops."""
    A = (rng.uniform(size=(n, n)) < p) * rng.uniform(0.5, 2.0, size=(n, n))
    A[rng.choice(n, size=n_dangling, replace=False)] = 0.0
    return A


def community_web(rng, n_groups, size, *, p_in=0.4, p_out=0.002, n_dangling=3):
    """Densely linked groups with rare links between them: power iteration needs many steps."""
    n = n_groups * size
    group = np.repeat(np.arange(n_groups), size)
    p = np.where(group[:, None] == group[None, :], p_in, p_out)
    A = (rng.uniform(size=(n, n)) < p) * rng.uniform(0.5, 2.0, size=(n, n))
    A[rng.choice(n, size=n_dangling, replace=False)] = 0.0
    return A


def solve_pagerank(P, alpha, jump=None):
    """Solve r = alpha rᵀP + jump exactly (the fixed point of the power iteration)."""
    n = len(P)
    jump = np.full(n, (1.0 - alpha) / n) if jump is None else jump
    return np.linalg.solve(np.eye(n) - alpha * P.T, jump)


def exact_pagerank(A, alpha):
    """PageRank with networkx's conventions, by a linear solve (more accurate than power iteration)."""
    n = len(A)
    out = A.sum(axis=1)
    P = A / np.where(out == 0, 1.0, out)[:, None]
    P[out == 0] = 1.0 / n  # a dangling vertex links to everyone
    return solve_pagerank(P, alpha)


def pagerank_mistakes(A, alpha):
    out, into = A.sum(axis=1), A.sum(axis=0)
    dangling = out == 0
    P = A / np.where(dangling, 1.0, out)[:, None]
    leaky = solve_pagerank(P, alpha)  # dangling vertices pass nothing on
    self_loop = P.copy()
    self_loop[dangling, dangling] = 1.0
    columns = A / np.where(into == 0, 1.0, into)[None, :]
    columns[:, into == 0] = 0.0
    DANGLING = ("dangling vertices (zero rows of A) must pass the share alpha of their rank to all n vertices "
                "evenly: add alpha · (sum of r over dangling vertices) / n to every entry")
    return [
        (leaky, DANGLING + "; your ranks leak (they sum to less than 1)"),
        (leaky / leaky.sum(), DANGLING + "; renormalising at the end is not the same"),
        (solve_pagerank(self_loop, alpha), DANGLING + "; you kept their rank on themselves"),
        (exact_pagerank(A.T, alpha), "rank flows along the edges i → j: r_new = alpha · r @ P (row i of P holds the "
                                     "out-edges of i); you used the transpose"),
        (solve_pagerank(columns, alpha), "divide each row of A by its sum (the out-degree), not each column"),
        (exact_pagerank(A, 1.0 - alpha), "alpha is the probability of following a link; the random jump gets "
                                          "1 - alpha"),
    ]


def check_pagerank(learner, A, alpha, tol, inputs, expected=None, rtol=1e-8):
    r = call_quietly(learner.pagerank, A, alpha, tol, inputs=inputs)
    expected = exact_pagerank(A, alpha) if expected is None else expected
    assert_close(r, expected, what="the PageRank vector", inputs=inputs, rtol=rtol, hints=pagerank_mistakes(A, alpha))


@pytest.mark.exercise("pagerank", banned=EIGEN_BANS)
class TestPagerank:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n,) float array that sums to 1 and leaves A unchanged"""
        A = random_web(rng, 12, 0.3)
        inputs = describe(A=A, alpha=0.85)
        r, (A_after, _, _) = call_quietly(learner.pagerank, A.copy(), 0.85, 1e-10, inputs=inputs, checking_inputs=True)
        r = assert_shape(r, (12,), "the PageRank vector", inputs)
        if abs(float(np.sum(r)) - 1.0) > 1e-8:
            raise CheckFailed(f"the PageRank vector should sum to 1, but sums to {float(np.sum(r)):.6g} (for {inputs})"
                              + ("\nHint: rank leaks through dangling vertices (zero rows of A): spread their share "
                                 "uniformly over all n vertices" if np.sum(r) < 1 else ""))
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "p", "alpha"), [(50, 0.1, 0.85), (120, 0.03, 0.85), (33, 0.2, 0.5)],
                             ids=["web-50", "sparse-120", "alpha-0.5-33"])
    def test_matches_reference(self, learner, rng, n, p, alpha):
        """matches the exact PageRank (tol = 1e-12) on random weighted digraphs with dangling vertices"""
        A = random_web(rng, n, p)
        check_pagerank(learner, A, alpha, 1e-12, describe(A=A, alpha=alpha, tol=1e-12) + ", with dangling vertices")

    @pytest.mark.points(1)
    def test_matches_networkx(self, learner, rng):
        """agrees with networkx.pagerank on a weighted digraph with self-loops (relative error 1e-6)"""
        A = random_web(rng, 40, 0.12)
        A[np.arange(0, 40, 7), np.arange(0, 40, 7)] = 1.5  # self-loops are ordinary edges
        A[14] = 0.0  # stays dangling
        ranks = nx.pagerank(nx.from_numpy_array(A, create_using=nx.DiGraph), alpha=0.85, tol=1e-13, max_iter=2000)
        expected = np.array([ranks[i] for i in range(40)])
        check_pagerank(learner, A, 0.85, 1e-12, describe(A=A, alpha=0.85), expected=expected, rtol=1e-6)

    @pytest.mark.points(1)
    def test_dangling_vertices(self, learner, rng):
        """dangling vertices (no out-edges) spread their rank uniformly: a star, and a graph that is half sinks"""
        star = np.zeros((6, 6))
        star[1:, 0] = 1.0  # everyone links to vertex 0, which links to no one
        check_pagerank(learner, star, 0.85, 1e-12, "a star of 6 vertices all linking to vertex 0 (a dangling vertex)")
        A = random_web(rng, 30, 0.2, n_dangling=15)
        check_pagerank(learner, A, 0.85, 1e-12, describe(A=A) + " with 15 dangling vertices")

    @pytest.mark.points(1)
    def test_two_components(self, learner, rng):
        """a graph of two separate parts (one a directed cycle) still has one PageRank vector, summing to 1"""
        n1, n2 = 7, 11
        A = np.zeros((n1 + n2, n1 + n2))
        A[np.arange(n1), (np.arange(n1) + 1) % n1] = 1.0  # a directed cycle: periodic without the random jump
        A[n1:, n1:] = random_web(rng, n2, 0.4, n_dangling=1)
        order = rng.permutation(n1 + n2)
        A = A[order][:, order]
        for alpha in (0.85, 0.99):
            check_pagerank(learner, A, alpha, 1e-12, describe(A=A, alpha=alpha) + " with two components")

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for alpha outside [0, 1) and for a negative weight"""
        A = np.array([[0.0, 1.0], [1.0, 0.0]])
        assert_learner_raises(lambda: learner.pagerank(A, 1.0), "ValueError", what="alpha = 1")
        assert_learner_raises(lambda: learner.pagerank(A, -0.1), "ValueError", what="alpha = -0.1")
        assert_learner_raises(lambda: learner.pagerank(np.array([[0.0, -1.0], [1.0, 0.0]])), "ValueError",
                              what="a negative weight A[0, 1] = -1")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        A = community_web(rng, 6, 30)
        speed.check(learner.pagerank, (A, 0.9, 1e-10), max_ratio=8,
                    inputs=describe(A=A, alpha=0.9, tol=1e-10) + ", six loosely linked communities",
                    hint="build P = A / out-degree once, before the loop; then each step is one vector-matrix "
                         "product alpha * (r @ P) plus the dangling and random-jump terms (no loop over vertices)")
