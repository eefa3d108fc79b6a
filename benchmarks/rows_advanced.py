"""Benchmark rows for levels 10-12 and 14: information theory, graphs, stable numerics, clustering."""

import warnings

import networkx as nx
import numpy as np
import scipy.sparse.csgraph as csgraph
import scipy.special
import scipy.stats
from sklearn.cluster import KMeans
from sklearn.metrics import mutual_info_score
from sklearn.mixture import GaussianMixture

from cases import Case, blobs, rel_diff_text
from mlgrade.reference.level10 import dependence, entropy, losses
from mlgrade.reference.level11 import graph_analysis, graph_matrices, shortest_paths
from mlgrade.reference.level12 import stability
from mlgrade.reference.level14 import clustering


def information():
    def distributions(rng, n=100_000, c=10):
        p, q = rng.random((n, c)), rng.random((n, c))
        return {"p": p / p.sum(axis=1, keepdims=True), "q": q / q.sum(axis=1, keepdims=True)}

    def logits(rng, n=20_000, c=100):
        return {"L": rng.standard_normal((n, c)) * 5, "y": rng.integers(0, c, n)}

    def labels(rng, n=1_000_000):
        x = rng.integers(0, 50, n)
        return {"x": x, "y": (x + rng.integers(0, 40, n)) % 40}

    return [
        Case("entropy (rows)", "100000 x 10", "scipy.stats.entropy", distributions,
             lambda D: entropy.entropy(D["p"]), lambda D: scipy.stats.entropy(D["p"], axis=1),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("KL divergence (rows)", "100000 x 10", "scipy.special.rel_entr + sum", distributions,
             lambda D: entropy.kl_divergence(D["p"], D["q"]),
             lambda D: scipy.special.rel_entr(D["p"], D["q"]).sum(axis=1),
             lambda a, b, D: rel_diff_text(a, b), quick=True,
             note="NumPy's vectorised log vs rel_entr's scalar loop; the reference also validates p and q"),
        Case("cross-entropy from logits", "20000 x 100", "scipy.special.log_softmax", logits,
             lambda D: losses.cross_entropy_from_logits(D["L"], D["y"]),
             lambda D: -np.mean(scipy.special.log_softmax(D["L"], axis=1)[np.arange(len(D["y"])), D["y"]]),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("mutual information", "1e6 labels, 50 x 40 values", "sklearn mutual_info_score", labels,
             lambda D: dependence.mutual_information(D["x"], D["y"]),
             lambda D: mutual_info_score(D["x"], D["y"]),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
    ]


def random_graph(rng, n, degree, weighted=False):
    A = (rng.random((n, n)) < degree / n) * (rng.uniform(1, 10, (n, n)) if weighted else 1.0)
    np.fill_diagonal(A, 0)
    A[rng.integers(0, n, n // 20)] = 0  # some dangling vertices
    return A


def graphs():
    rows = []
    for n, quick in [(500, True), (2000, False)]:
        def unweighted(rng, n=n):
            A = random_graph(rng, n, 8)
            return {"A": A, "G": nx.from_numpy_array(A, create_using=nx.DiGraph)}

        def weighted(rng, n=n):
            return {"W": random_graph(rng, n, 8, weighted=True)}

        size = f"n={n}, ~8 edges/vertex"
        rows += [
            Case("PageRank", size, "networkx pagerank", unweighted,
                 lambda D: graph_analysis.pagerank(D["A"], 0.85, 1e-10),
                 lambda D: _networkx_pagerank(D["G"], len(D["A"])),
                 lambda a, b, D: rel_diff_text(a, b), quick=quick,
                 note="n >= 512 and sparse: power iteration over the edge list (bincount), else dense"),
            Case("BFS distances", size, "scipy csgraph.shortest_path(unweighted)", unweighted,
                 lambda D: shortest_paths.bfs_distances(D["A"], 0),
                 lambda D: _hops(csgraph.shortest_path(D["A"], unweighted=True, indices=0)),
                 lambda a, b, D: f"{np.mean(a == b):.0%} equal", quick=quick, compiled=True),
            Case("Dijkstra", size, "scipy csgraph.dijkstra", weighted,
                 lambda D: shortest_paths.dijkstra(D["W"], 0),
                 lambda D: csgraph.dijkstra(D["W"], indices=0),
                 lambda a, b, D: rel_diff_text(np.where(np.isinf(a), 0, a), np.where(np.isinf(b), 0, b)),
                 quick=quick, compiled=True, note="dense O(n²) array Dijkstra vs a compiled heap"),
            Case("connected components", size, "scipy csgraph.connected_components", unweighted,
                 lambda D: graph_analysis.connected_components(D["A"]),
                 lambda D: csgraph.connected_components(D["A"], connection="weak"),
                 lambda a, b, D: f"{a[0]} vs {b[0]} components", quick=quick, compiled=True),
            Case("graph Laplacian (normalised)", size, "scipy csgraph.laplacian", unweighted,
                 lambda D: graph_matrices.laplacian(D["A"] + D["A"].T, normed=True),
                 lambda D: csgraph.laplacian(D["A"] + D["A"].T, normed=True),
                 lambda a, b, D: rel_diff_text(a, b), quick=quick,
                 note="the reference also checks A == Aᵀ (an extra read of A, tile by tile); SciPy does not"),
        ]
    return rows


def _networkx_pagerank(G, n):
    ranks = nx.pagerank(G, alpha=0.85, tol=1e-13)
    return np.array([ranks[i] for i in range(n)])


def _hops(distances):
    return np.where(np.isinf(distances), -1, distances).astype(np.int64)


def stable_numerics():
    def scores(rng):
        return {"Z": rng.standard_normal((20_000, 100)) * 30}

    def matrix(rng):
        return {"A": rng.standard_normal((300, 200))}

    return [
        Case("logsumexp (rows)", "20000 x 100", "scipy.special.logsumexp", scores,
             lambda D: stability.logsumexp(D["Z"], axis=1), lambda D: scipy.special.logsumexp(D["Z"], axis=1),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("softmax (rows, any axis)", "20000 x 100", "scipy.special.softmax", scores,
             lambda D: stability.softmax(D["Z"], axis=1), lambda D: scipy.special.softmax(D["Z"], axis=1),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("condition number", "300 x 200", "numpy.linalg.cond", matrix,
             lambda D: stability.condition_number(D["A"]), lambda D: np.linalg.cond(D["A"]),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
    ]


def clusters():
    rows = []
    for n, d, k, quick in [(2000, 5, 4, True), (20_000, 20, 10, False)]:
        def make(rng, n=n, d=d, k=k):
            X, _ = blobs(rng, n, d, k, spread=2.0)
            init = X[rng.choice(n, k, replace=False)]
            return {"X": X, "init": init}

        def agree(a, b, D):
            return f"centroids {rel_diff_text(a[0], b[0])}, inertia {(a[2] - b[2]) / b[2]:+.0e}"

        rows.append(Case("k-means (Lloyd, 50 iterations max)", f"n={n}, d={d}, k={k}",
                         "sklearn KMeans(lloyd, n_init=1)", make,
                         lambda D: clustering.kmeans(D["X"], D["init"], n_iter=50),
                         lambda D, k=k: _sklearn_kmeans(D["X"], D["init"], k),
                         agree, quick=quick, compiled=True, flops=2 * n * d * k * 50,
                         note="two skinny (k = 10) matrix products per iteration; sklearn fuses distances, argmin and sums in cache-sized chunks in Cython"))
    for n, d, k, quick in [(2000, 3, 3, True), (10_000, 10, 5, False)]:
        def make(rng, n=n, d=d, k=k):
            X, centres = blobs(rng, n, d, k, spread=1.5)
            return {"X": X, "w": np.full(k, 1.0 / k), "m": centres + 0.5, "C": np.repeat(np.eye(d)[None], k, 0)}

        def agree(a, b, D):
            return f"means {rel_diff_text(a[1], b[1])}, covariances {rel_diff_text(a[2], b[2])}"

        rows.append(Case("Gaussian mixture by EM (20 iterations)", f"n={n}, d={d}, k={k}",
                         "sklearn GaussianMixture(full)", make,
                         lambda D: clustering.gmm_em(D["X"], D["w"], D["m"], D["C"], n_iter=20),
                         lambda D, k=k: _sklearn_gmm(D, k), agree, quick=quick,
                         note="one triangular solve per component (Cholesky factor), no inverse"))
    return rows


def _sklearn_kmeans(X, init, k):
    model = KMeans(k, init=init, n_init=1, algorithm="lloyd", max_iter=50, tol=0.0).fit(X)
    return model.cluster_centers_, model.labels_, model.inertia_


def _sklearn_gmm(D, k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tol=0 never "converges"
        model = GaussianMixture(k, covariance_type="full", tol=0.0, max_iter=20, reg_covar=1e-6,
                                weights_init=D["w"], means_init=D["m"], precisions_init=np.linalg.inv(D["C"]),
                                init_params="random", random_state=0).fit(D["X"])
    return model.weights_, model.means_, model.covariances_


ROWS = [information, graphs, stable_numerics, clusters]
