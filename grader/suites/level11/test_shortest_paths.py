"""Hidden suite for exercises/level11/shortest_paths.py."""

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph

from mlgrade.checks import (
    CheckFailed,
    as_array,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
    matches,
    relative_error,
)
from mlgrade.reference.level11 import shortest_paths as ref

MODULE = "shortest_paths"
CSGRAPH_BANS = ("scipy.sparse.csgraph", "scipy.sparse.csgraph.shortest_path", "scipy.sparse.csgraph.dijkstra",
                "scipy.sparse.csgraph.breadth_first_order", "scipy.sparse.csgraph.breadth_first_tree")


# -- data ------------------------------------------------------------------------------------------
def random_digraph(rng, n, p, *, low=0.5, high=3.0, n_sinks=2, n_unreachable=3):
    """A directed graph with edge lengths in [low, high): a few sinks (no out-edges) and a few vertices
    with no in-edges (unreachable from everywhere else)."""
    W = (rng.uniform(size=(n, n)) < p) * rng.uniform(low, high, size=(n, n))
    np.fill_diagonal(W, 0.0)
    chosen = rng.choice(n, size=n_sinks + n_unreachable, replace=False)
    W[chosen[:n_sinks], :] = 0.0
    W[:, chosen[n_sinks:]] = 0.0
    return W


def two_parts(rng, n1, n2, p=0.3):
    """Two random digraphs side by side, joined by one edge from the first to the second: from a vertex of
    the second part, the first part is unreachable."""
    W = np.zeros((n1 + n2, n1 + n2))
    W[:n1, :n1] = random_digraph(rng, n1, p, n_sinks=0, n_unreachable=0)
    W[n1:, n1:] = random_digraph(rng, n2, p, n_sinks=0, n_unreachable=0)
    W[0, n1] = 1.0
    order = rng.permutation(n1 + n2)
    return W[order][:, order], int(np.flatnonzero(order >= n1)[0])  # and a source in the second part


def a_source(rng, W):
    """A vertex with at least one out-edge."""
    return int(rng.choice(np.flatnonzero((W != 0).any(axis=1))))


# -- comparisons -------------------------------------------------------------------------------------
def check_hops(dist, W, source, inputs):
    """Compare BFS hop counts exactly; the expected values are never shown."""
    expected = ref.bfs_distances(W, source)
    dist = assert_shape(dist, expected.shape, "dist", inputs)
    if dist.dtype.kind not in "iu":
        extra = " (inf cannot be stored in an int array: unreachable vertices get -1)" if np.isinf(dist).any() else ""
        raise CheckFailed(f"dist should be an array of integers, but has dtype {dist.dtype}{extra} (for {inputs})")
    wrong = dist != expected
    if not wrong.any():
        return
    message = f"dist is wrong at {int(wrong.sum())} of {len(dist)} vertices for {inputs}"
    unreachable = expected < 0
    hints = [
        (ref.bfs_distances(W.T, source), "A[u, v] != 0 is an edge u → v: expand a frontier through its rows "
                                         "A[frontier], not its columns (you followed the edges backwards)"),
        (np.where(unreachable, -1, expected + 1), "the source is at distance 0, its out-neighbours at 1"),
    ]
    hint = next((text for candidate, text in hints if np.array_equal(dist, candidate)), None)
    if hint is None and not wrong[~unreachable].any():
        hint = "every vertex that cannot be reached from the source must get -1"
    if hint is None and (dist[~unreachable] >= expected[~unreachable]).all():
        hint = ("some distances are too long: a vertex gets its distance when it is first reached, and all "
                "vertices of a frontier must be expanded before the next level")
    raise CheckFailed(message + (f"\nHint: {hint}" if hint else ""))


def check_lengths(dist, expected, W, source, inputs, rtol=1e-12):
    """Compare shortest-path lengths: the same unreachable (inf) vertices, finite values within rtol."""
    dist = assert_shape(dist, expected.shape, "dist", inputs)
    dist = as_array(dist, "dist").astype(float)
    unreachable = np.isinf(expected)
    hops = ref.bfs_distances(W, source).astype(float)
    hints = [
        (ref.dijkstra(W.T, source), "W[u, v] is the edge u → v: relax the row W[u], not the column W[:, u]"),
        (np.where(unreachable, np.inf, hops), "these are hop counts: add up the edge lengths W[u, v] along "
                                              "the path"),
        (np.zeros_like(expected), "W[u, v] = 0 means no edge, not an edge of length 0: replace the zeros by "
                                  "inf before relaxing"),
    ]
    for candidate, hint in hints:
        if np.array_equal(np.isinf(dist), np.isinf(candidate)) and matches(dist[np.isfinite(candidate)],
                                                                          candidate[np.isfinite(candidate)], 1e-9):
            if not (np.array_equal(np.isinf(dist), unreachable) and matches(dist[~unreachable],
                                                                            expected[~unreachable], rtol)):
                raise CheckFailed(f"dist is wrong for {inputs}\nHint: {hint}")
    if np.isnan(dist).any():
        raise CheckFailed(f"dist contains NaN for {inputs}")
    if not np.array_equal(np.isinf(dist), unreachable):
        message = f"dist is wrong for {inputs}: "
        if unreachable.any() and not np.isinf(dist[unreachable]).any():
            raise CheckFailed(message + "no vertex is unreachable in your answer\nHint: a vertex that cannot be "
                                        "reached from the source has distance inf (np.inf), not a large number "
                                        "or -1")
        raise CheckFailed(message + f"{int(np.sum(np.isinf(dist) != unreachable))} vertices are unreachable "
                                    "in one answer and reachable in the other")
    error = relative_error(dist[~unreachable], expected[~unreachable])
    if error > rtol:
        raise CheckFailed(f"dist is off for {inputs}: relative error {error:.2g} (allowed {rtol:.0e})")


@pytest.mark.exercise("bfs_distances", banned=CSGRAPH_BANS)
class TestBfsDistances:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n,) integer array with dist[source] = 0 and leaves A unchanged"""
        A = random_digraph(rng, 15, 0.2)
        source = a_source(rng, A)
        dist, (A_after, _) = learner.bfs_distances.call_checking_inputs(A.copy(), source)
        inputs = describe(A=A, source=source)
        dist = assert_shape(dist, (15,), "dist", inputs)
        if dist.dtype.kind not in "iu":
            raise CheckFailed(f"dist should be an array of integers (hop counts, -1 if unreachable), "
                              f"but has dtype {dist.dtype}")
        if dist[source] != 0:
            raise CheckFailed(f"dist[source] should be 0, got {dist[source]} (for {inputs})")
        assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "p", "as_bool"), [(60, 0.04, False), (47, 0.15, True), (83, 0.02, False)],
                             ids=["sparse-60", "dense-47-bool", "very-sparse-83"])
    def test_matches_reference(self, learner, rng, n, p, as_bool):
        """matches the reference on random directed graphs (with sinks and unreachable vertices; one boolean A)"""
        A = random_digraph(rng, n, p)
        A = A != 0 if as_bool else A
        source = a_source(rng, A)
        inputs = describe(A=A, source=source) + f", edge probability {p}" + (", dtype bool" if as_bool else "")
        check_hops(learner.bfs_distances(A, source), A, source, inputs)

    @pytest.mark.points(1)
    def test_matches_networkx(self, learner, rng):
        """agrees with networkx.single_source_shortest_path_length on a directed graph"""
        A = random_digraph(rng, 38, 0.06)
        source = a_source(rng, A)
        lengths = nx.single_source_shortest_path_length(nx.from_numpy_array(A, create_using=nx.DiGraph), source)
        expected = np.full(len(A), -1)
        expected[list(lengths)] = list(lengths.values())
        dist = learner.bfs_distances(A, source)
        check_hops(dist, A, source, describe(A=A, source=source))
        if not np.array_equal(dist, expected):  # the reference and networkx agree; kept as a second witness
            raise CheckFailed(f"dist disagrees with networkx for {describe(A=A, source=source)}")

    @pytest.mark.points(1)
    def test_unreachable(self, learner, rng):
        """vertices that cannot be reached get -1 (from a vertex of a part with no way back)"""
        A, source = two_parts(rng, 12, 9)
        check_hops(learner.bfs_distances(A, source), A, source,
                   describe(A=A, source=source) + " where 12 vertices are unreachable")
        isolated = np.zeros((4, 4))
        check_hops(learner.bfs_distances(isolated, 2), isolated, 2, "A = np.zeros((4, 4)), source = 2")

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for a source that is not a vertex, or a non-square A"""
        A = np.ones((3, 3))
        assert_learner_raises(lambda: learner.bfs_distances(A, 3), "ValueError", what="source = 3 with 3 vertices")
        assert_learner_raises(lambda: learner.bfs_distances(A, -1), "ValueError", what="source = -1")
        assert_learner_raises(lambda: learner.bfs_distances(np.ones((2, 3)), 0), "ValueError",
                              what="A of shape (2, 3)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        A = random_digraph(rng, 600, 0.5) != 0  # boolean: a float matrix would time the transfer, not the search
        source = a_source(rng, A)
        speed.check(learner.bfs_distances, (A, source), max_ratio=8, inputs=describe(A=A) + " of dtype bool, 50% dense",
                    hint="expand a whole frontier at once, e.g. reached = (A[frontier] != 0).any(axis=0); popping "
                         "one vertex at a time or looping over edges in Python is the usual cause")


@pytest.mark.exercise("dijkstra", banned=CSGRAPH_BANS)
class TestDijkstra:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n,) float array with dist[source] = 0 and leaves W unchanged"""
        W = random_digraph(rng, 14, 0.25)
        source = a_source(rng, W)
        dist, (W_after, _) = learner.dijkstra.call_checking_inputs(W.copy(), source)
        inputs = describe(W=W, source=source)
        dist = assert_shape(dist, (14,), "dist", inputs)
        if dist.dtype.kind != "f":
            raise CheckFailed(f"dist should hold floats (inf for unreachable vertices), but has dtype {dist.dtype}")
        if dist[source] != 0:
            raise CheckFailed(f"dist[source] should be 0, got {dist[source]} (for {inputs})")
        assert_unchanged((W,), (W_after,), ["W"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "p"), [(50, 0.08), (37, 0.4), (64, 0.03)],
                             ids=["sparse-50", "dense-37", "very-sparse-64"])
    def test_matches_reference(self, learner, rng, n, p):
        """matches the reference on random directed graphs with positive edge lengths"""
        W = random_digraph(rng, n, p)
        source = a_source(rng, W)
        inputs = describe(W=W, source=source) + f", edge probability {p}"
        check_lengths(learner.dijkstra(W, source), ref.dijkstra(W, source), W, source, inputs)

    @pytest.mark.points(1)
    def test_matches_csgraph(self, learner, rng):
        """agrees with scipy.sparse.csgraph.shortest_path (Dijkstra) on lengths over four orders of magnitude"""
        W = random_digraph(rng, 45, 0.12) * 10.0 ** rng.uniform(-2, 2, size=(45, 45))
        source = a_source(rng, W)
        expected = csgraph.shortest_path(W, method="D", directed=True, indices=source)
        check_lengths(learner.dijkstra(W, source), expected, W, source, describe(W=W, source=source))

    @pytest.mark.points(1)
    def test_unreachable(self, learner, rng):
        """vertices that cannot be reached get inf"""
        W, source = two_parts(rng, 10, 13)
        check_lengths(learner.dijkstra(W, source), ref.dijkstra(W, source), W, source,
                      describe(W=W, source=source) + " where 10 vertices are unreachable")

    @pytest.mark.points(1)
    def test_negative_weight(self, learner, rng):
        """raises ValueError for a negative edge length (and for a source that is not a vertex)"""
        W = random_digraph(rng, 8, 0.5, n_sinks=0, n_unreachable=0)
        W[3, 5] = -0.5
        assert_learner_raises(lambda: learner.dijkstra(W, 0), "ValueError",
                              what="W with a negative edge length W[3, 5] = -0.5")
        assert_learner_raises(lambda: learner.dijkstra(np.ones((3, 3)), 3), "ValueError",
                              what="source = 3 with 3 vertices")
