"""Hidden suite for exercises/level11/graph_matrices.py."""

from functools import partial

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csgraph

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level11 import graph_matrices as ref

MODULE = "graph_matrices"


# -- data ------------------------------------------------------------------------------------------
def random_edges(rng, n, m, *, n_loops=3, n_repeats=5):
    """``m`` random edges (u, v) on ``n`` vertices, with some self-loops and repeated (and reversed) pairs."""
    edges = rng.integers(0, n, size=(m, 2))
    loops = rng.choice(m, size=n_loops, replace=False)
    edges[loops, 1] = edges[loops, 0]
    copies = rng.choice(m, size=n_repeats, replace=False)
    repeated = edges[copies].copy()
    repeated[::2] = repeated[::2, ::-1]  # half of them reversed: the same undirected edge
    edges = np.vstack([edges, repeated, edges[loops[:1]]])  # one self-loop listed twice
    return edges[rng.permutation(len(edges))]


def symmetric_weights(rng, n, p, *, n_isolated=2, n_loops=4):
    """A symmetric non-negative (n, n) matrix with a few self-loops and ``n_isolated`` isolated vertices."""
    A = np.triu((rng.uniform(size=(n, n)) < p) * rng.uniform(0.5, 3.0, size=(n, n)), 1)
    A = A + A.T
    isolated = rng.choice(n, size=n_isolated, replace=False)
    A[isolated, :] = 0.0
    A[:, isolated] = 0.0
    loops = rng.choice(n, size=n_loops, replace=False)
    A[loops, loops] = rng.uniform(0.5, 3.0, size=n_loops)  # self-loops: ignored by the Laplacian
    return A


# -- known adjacency mistakes, computed on the judge's side --------------------------------------
def adjacency_mistakes(edges, n, directed, weights):
    u, v = edges[:, 0], edges[:, 1]
    w = np.ones(len(u)) if weights is None else np.asarray(weights, dtype=float)
    mistakes = []
    overwrite = np.zeros((n, n))
    overwrite[u, v] = w
    if not directed:
        overwrite[v, u] = w
    if weights is not None:
        mistakes.append((overwrite, "parallel edges must add up, but yours keep only one weight: A[u, v] = w and "
                                    "A[u, v] += w both let the last write win when a pair repeats; "
                                    "use np.add.at(A, (u, v), w)"))
    counted = np.zeros((n, n))
    np.add.at(counted, (u, v), w)
    if not directed:
        doubled = counted + counted.T
        mistakes.append((doubled, "a self-loop is stored once, on the diagonal: A + A.T doubles the diagonal"))
        if weights is None:
            mistakes.append((np.minimum(doubled, 1.0) + np.diag(np.diag(np.minimum(counted, 1.0))),
                             "a self-loop is stored once, on the diagonal: A + A.T doubles the diagonal"))
    if weights is None:
        mistakes.append((counted if directed else ref.adjacency_matrix(edges, n, False, np.ones(len(u))),
                         "unweighted: an entry is 1 however many times the edge is listed (duplicates collapse)"))
    if directed:
        mistakes.append((ref.adjacency_matrix(edges, n, False, weights),
                         "with directed=True only A[u, v] is set for an edge u → v; you also set A[v, u]"))
        mistakes.append((ref.adjacency_matrix(edges[:, ::-1], n, True, weights),
                         "A[u, v] is the edge u → v (row = tail, column = head); you stored it at A[v, u]"))
    return mistakes


def check_adjacency(learner, edges, n, directed, weights, expected=None):
    inputs = describe(edges=edges, n=n, directed=directed, weights=weights)
    if expected is None:
        expected = ref.adjacency_matrix(edges, n, directed, weights)
    A = learner.adjacency_matrix(edges, n, directed, weights)
    assert_close(A, expected, what="the adjacency matrix", inputs=inputs, rtol=1e-12,
                 hints=adjacency_mistakes(edges, n, directed, weights))


@pytest.mark.exercise("adjacency_matrix", banned=("scipy.sparse",))
class TestAdjacencyMatrix:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, n) float array and leaves edges and weights unchanged"""
        edges, weights = random_edges(rng, 11, 37), rng.uniform(0.5, 2.0, size=37 + 6)
        args = (edges.copy(), 11, False, weights.copy())
        A, after = learner.adjacency_matrix.call_checking_inputs(*args)
        A = assert_shape(A, (11, 11), "the adjacency matrix", describe(edges=edges, n=11))
        if A.dtype.kind != "f":
            raise CheckFailed(f"the adjacency matrix should hold floats (np.zeros((n, n)) is float64), "
                              f"but has dtype {A.dtype}")
        assert_unchanged(args, after, ["edges", "n", "directed", "weights"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "m", "directed", "weighted"),
                             [(13, 60, False, False), (29, 150, True, True), (41, 97, False, True)],
                             ids=["undirected-unweighted-13", "directed-weighted-29", "undirected-weighted-41"])
    def test_matches_reference(self, learner, rng, n, m, directed, weighted):
        """matches the reference on random edge lists with self-loops and repeated edges"""
        edges = random_edges(rng, n, m)
        weights = rng.uniform(0.5, 3.0, size=len(edges)) if weighted else None
        check_adjacency(learner, edges, n, directed, weights)

    @pytest.mark.points(1)
    def test_matches_networkx(self, learner, rng):
        """agrees with networkx.to_numpy_array (a weighted undirected multigraph, an unweighted digraph)"""
        n, edges = 17, random_edges(rng, 17, 70)
        weights = rng.uniform(0.5, 3.0, size=len(edges))
        multigraph = nx.MultiGraph()
        multigraph.add_nodes_from(range(n))
        multigraph.add_weighted_edges_from((int(a), int(b), float(c)) for (a, b), c in zip(edges, weights))
        check_adjacency(learner, edges, n, False, weights,
                        expected=nx.to_numpy_array(multigraph, nodelist=range(n), weight="weight"))
        digraph = nx.DiGraph()
        digraph.add_nodes_from(range(n))
        digraph.add_edges_from((int(a), int(b)) for a, b in edges)
        check_adjacency(learner, edges, n, True, None,
                        expected=nx.to_numpy_array(digraph, nodelist=range(n), weight=None))

    @pytest.mark.points(1)
    def test_self_loops_duplicates_and_no_edges(self, learner):
        """self-loops stored once on the diagonal, parallel weights summed, a graph without edges is all zero"""
        edges = np.array([[0, 1], [1, 0], [0, 1], [2, 2], [2, 2], [3, 1], [4, 4]])
        weights = np.array([1.0, 2.0, 4.0, 0.5, 0.25, 3.0, 1.5])
        for directed in (False, True):
            check_adjacency(learner, edges, 6, directed, weights)
            check_adjacency(learner, edges, 6, directed, None)
        no_edges = np.zeros((0, 2), dtype=np.int64)
        for weights in (None, np.zeros(0)):
            check_adjacency(learner, no_edges, 4, False, weights)

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for an endpoint outside 0..n-1, edges not of shape (m, 2), or weights of the wrong length"""
        edges = np.array([[0, 1], [1, 2]])
        assert_learner_raises(lambda: learner.adjacency_matrix(np.array([[0, 1], [1, 3]]), 3),
                              "ValueError", what="an edge (1, 3) with n = 3")
        assert_learner_raises(lambda: learner.adjacency_matrix(np.array([[0, 1], [-1, 2]]), 3),
                              "ValueError", what="an edge (-1, 2) with n = 3")
        assert_learner_raises(lambda: learner.adjacency_matrix(np.array([0, 1, 2]), 3),
                              "ValueError", what="edges of shape (3,)")
        assert_learner_raises(lambda: learner.adjacency_matrix(edges, 3, False, np.ones(3)),
                              "ValueError", what="2 edges and 3 weights")


# -- laplacian ---------------------------------------------------------------------------------------
WARNING_HINTS = {
    "divide by zero": "an isolated vertex has degree 0: divide by 1 instead of sqrt(0) for it (its row of A is "
                      "zero anyway) and set its diagonal entry to 0",
    "invalid value": "0 / 0 for an isolated vertex (degree 0) gave NaN: divide by 1 instead for degree-0 vertices",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def laplacian_mistakes(A, normed):
    A0 = A - np.diag(np.diag(A))
    d0, d = A0.sum(axis=1), A.sum(axis=1)
    expected = ref.laplacian(A, normed)
    mistakes = [(-expected, "L = D - A has the degrees on the diagonal and -A off it; yours has the opposite sign")]
    if not normed:
        mistakes.append((np.diag(d) - A0, "self-loops are ignored: leave the diagonal of A out of the degrees too"))
        return mistakes
    with np.errstate(all="ignore"):
        s = np.sqrt(np.where(d > 0, d, 1.0))
        mistakes.append((np.diag((d > 0).astype(float)) - A / s[:, None] / s[None, :],
                         "self-loops are ignored: zero the diagonal of A before computing degrees and L_sym"))
        s0 = np.where(d0 > 0, d0, 1.0)
        mistakes.append((np.diag((d0 > 0).astype(float)) - A0 / s0[:, None],
                         "this is the random-walk Laplacian I - D⁻¹A; the symmetric one divides entry (i, j) "
                         "by sqrt(d_i d_j)"))
        mistakes.append((expected + np.diag((d0 == 0).astype(float)),
                         "an isolated vertex (degree 0) has an all-zero row and column in L_sym, "
                         "diagonal included (the csgraph convention)"))
    return mistakes


def check_laplacian(learner, A, normed, expected, inputs):
    L = call_quietly(learner.laplacian, A, normed, inputs=inputs)
    assert_close(L, expected, what="L_sym" if normed else "the Laplacian L", inputs=inputs, rtol=1e-12,
                 hints=laplacian_mistakes(A, normed))
    return L


@pytest.mark.exercise("laplacian", banned=("scipy.sparse.csgraph", "scipy.sparse.csgraph.laplacian"))
class TestLaplacian:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, n) float array and leaves A unchanged (also its self-loops)"""
        A = symmetric_weights(rng, 12, 0.4)
        for normed in (False, True):
            L, (A_after, _) = call_quietly(learner.laplacian, A.copy(), normed, inputs=describe(A=A, normed=normed),
                                           checking_inputs=True)
            assert_shape(L, (12, 12), "L", describe(A=A, normed=normed))
            assert_unchanged((A,), (A_after,), ["A"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "normed"), [(40, False), (33, True)], ids=["plain-40", "normed-33"])
    def test_matches_reference(self, learner, rng, n, normed):
        """matches the reference on weighted graphs with self-loops and isolated vertices"""
        A = symmetric_weights(rng, n, 0.2)
        inputs = describe(A=A, normed=normed) + ", with self-loops and isolated vertices"
        check_laplacian(learner, A, normed, ref.laplacian(A, normed), inputs)

    @pytest.mark.points(1)
    def test_matches_csgraph(self, learner, rng):
        """agrees with scipy.sparse.csgraph.laplacian, plain and normed"""
        A = symmetric_weights(rng, 27, 0.3)
        for normed in (False, True):
            check_laplacian(learner, A, normed, csgraph.laplacian(A, normed=normed),
                            describe(A=A, normed=normed))

    @pytest.mark.points(1)
    def test_zero_eigenvalues_count_components(self, learner, rng):
        """the number of zero eigenvalues of L and of L_sym is the number of connected components"""
        sizes = [9, 6, 4, 1]  # three blocks and an isolated vertex: four components
        A = np.zeros((20, 20))
        start = 0
        for size in sizes:
            block = symmetric_weights(rng, size, 0.9, n_isolated=0, n_loops=0) if size > 1 else np.zeros((1, 1))
            path = np.diag(np.ones(size - 1), 1)  # a path keeps each block connected
            A[start:start + size, start:start + size] = block + path + path.T
            start += size
        order = rng.permutation(20)
        A = A[order][:, order]
        expected = csgraph.connected_components(A)[0]
        for normed in (False, True):
            inputs = describe(A=A, normed=normed) + f" with {expected} components"
            L = assert_shape(call_quietly(learner.laplacian, A, normed, inputs=inputs), A.shape, "L", inputs)
            if not np.isfinite(L).all() or not np.allclose(L, L.T):
                raise CheckFailed(f"L should be a finite symmetric matrix (for {inputs})")
            zeros = int(np.sum(np.abs(np.linalg.eigvalsh(L)) < 1e-9))
            if zeros != expected:
                raise CheckFailed(f"L has {zeros} zero eigenvalues for {inputs}; a Laplacian has exactly one "
                                  "per connected component")

    @pytest.mark.points(1)
    def test_isolated_vertex(self, learner):
        """an isolated vertex gives a zero row and column (normed too) without a division by zero"""
        A = np.array([[0.0, 2.0, 0.0, 1.0], [2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]])
        for normed in (False, True):
            inputs = describe(A=A, normed=normed) + " where vertex 2 is isolated"
            check_laplacian(learner, A, normed, ref.laplacian(A, normed), inputs)

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError for a non-symmetric or non-square A"""
        A = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
        assert_learner_raises(lambda: learner.laplacian(A), "ValueError", what="a non-symmetric A (a directed cycle)")
        assert_learner_raises(lambda: learner.laplacian(np.ones((2, 3))), "ValueError", what="A of shape (2, 3)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        A = symmetric_weights(rng, 300, 0.1)
        speed.check(learner.laplacian, (A, False), max_ratio=10, inputs=describe(A=A, normed=False),
                    hint="build L with whole-array operations: -A off the diagonal, the degrees A.sum(axis=1) "
                         "on it (no loop over entries)")
