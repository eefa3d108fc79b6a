"""Benchmark rows for levels 4-8 and 13: linear models, PCA, distances, densities, tests, quadrature."""

import numpy as np
import scipy.integrate
import scipy.linalg
import scipy.special
import scipy.stats
from sklearn.decomposition import PCA
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.metrics.pairwise import cosine_similarity as sk_cosine_similarity
from sklearn.metrics.pairwise import euclidean_distances
from sklearn.neighbors import KNeighborsClassifier

from cases import Case, classification_data, regression_data, rel_diff_text
from mlgrade.reference.level04 import products
from mlgrade.reference.level05 import distances
from mlgrade.reference.level06 import integration
from mlgrade.reference.level07 import distributions
from mlgrade.reference.level08 import hypothesis_tests
from mlgrade.reference.level13 import linear_regression, logistic_regression, neural_network, pca


def least_squares():
    rows = []
    for n, d, quick in [(2000, 50, True), (20_000, 200, False)]:
        size = f"n={n}, d={d}"

        def make(rng, n=n, d=d):
            return regression_data(rng, n, d)

        rows.append(Case("least squares (normal equation)", size, "sklearn LinearRegression", make,
                         lambda D: linear_regression.normal_equation(D["X"], D["y"]),
                         lambda D: LinearRegression(fit_intercept=False).fit(D["X"], D["y"]).coef_,
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=n * d * d,
                         note="Cholesky of XᵀX; sklearn solves by SVD (lstsq)"))
        rows.append(Case("least squares (QR)", size, "scipy.linalg.lstsq", make,
                         lambda D: linear_regression.least_squares_qr(D["X"], D["y"]),
                         lambda D: scipy.linalg.lstsq(D["X"], D["y"])[0],
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=4 * n * d * d,
                         note="Householder QR; lstsq's default driver is an SVD (gelsd)"))
    return rows


def ridge():
    rows = []
    for n, d, quick in [(500, 5000, True), (20_000, 200, False)]:
        def make(rng, n=n, d=d):
            return regression_data(rng, n, d)

        rows.append(Case("ridge", f"n={n}, d={d}", "sklearn Ridge", make,
                         lambda D: linear_regression.ridge(D["X"], D["y"], 1.0),
                         lambda D: Ridge(alpha=1.0, fit_intercept=False).fit(D["X"], D["y"]).coef_,
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=min(n, d) ** 2 * max(n, d),
                         note="dual form (n x n system) when d > n"))
    return rows


def lasso_objective(w, X, y, alpha):
    r = y - X @ w
    return (r @ r) / (2 * len(y)) + alpha * np.abs(w).sum()


def lasso():
    rows = []
    for n, d, quick in [(2000, 50, True), (20_000, 200, False)]:
        def make(rng, n=n, d=d):
            data = regression_data(rng, n, d)
            data["X"] = np.asfortranarray(data["X"])  # sklearn's coordinate descent wants columns contiguous
            return data

        def gap(a, b, D):
            fa, fb = (lasso_objective(w, D["X"], D["y"], 0.05) for w in (a, b))
            return f"objective gap {(fa - fb) / fb:+.1e}, {rel_diff_text(a, b)}"

        rows.append(Case("lasso (coordinate descent)", f"n={n}, d={d}, alpha=0.05", "sklearn Lasso", make,
                         lambda D: linear_regression.lasso(D["X"], D["y"], 0.05, n_iter=10_000, tol=1e-10),
                         lambda D: Lasso(alpha=0.05, fit_intercept=False, tol=1e-12, max_iter=10_000)
                         .fit(D["X"], D["y"]).coef_,
                         gap, quick=quick, compiled=True, note="Gram form when d <= n (O(d) per coordinate); sklearn: residual form in Cython"))
    return rows


def logistic():
    rows = []
    for n, d, quick in [(2000, 20, True), (20_000, 50, False)]:
        l2 = 1.0 / n  # LogisticRegression's C = 1 / (n l2) = 1

        def make(rng, n=n, d=d):
            return classification_data(rng, n, d)

        def gap(a, b, D, l2=l2):
            fa, fb = (logistic_regression.log_loss(w, D["X"], D["y"]) + l2 / 2 * w @ w for w in (a, b))
            return f"objective gap {(fa - fb) / fb:+.1e}, {rel_diff_text(a, b)}"

        rows.append(Case("logistic regression, L2, to the optimum", f"n={n}, d={d}", "sklearn LogisticRegression",
                         make, lambda D, l2=l2: logistic_regression.lbfgs_logistic(D["X"], D["y"], l2),
                         lambda D, n=n: LogisticRegression(C=1.0, fit_intercept=False, tol=1e-10, max_iter=1000)
                         .fit(D["X"], D["y"]).coef_[0],
                         gap, quick=quick,
                         note="both L-BFGS (memory 10, the same stopping rule): NumPy two-loop recursion vs scipy's Fortran"))
    return rows


def principal_components():
    rows = []
    for n, d, k, quick in [(2000, 50, 5, True), (10_000, 300, 10, False)]:
        def make(rng, n=n, d=d):
            scales = np.linspace(3, 0.1, d)
            return {"X": rng.standard_normal((n, d)) * scales + 1.0}

        def agree(a, b, D):
            (ca, va), (cb, vb) = a, b
            misalignment = 1 - np.abs(np.sum(ca * cb, axis=1)).min()
            return f"variances {rel_diff_text(va, vb)}, 1-|cos| {misalignment:.0e}"

        size = f"n={n}, d={d}, k={k}"
        rows.append(Case("PCA by SVD", size, "sklearn PCA(svd_solver='full')", make,
                         lambda D, k=k: pca.pca_svd(D["X"], k),
                         lambda D, k=k: _sklearn_pca(D["X"], k, "full"), agree, quick=quick,
                         note="reference: QR without Q, then the SVD of the d x d R (no left vectors); sklearn: gesdd with U"))
        rows.append(Case("PCA by covariance eigh", size, "sklearn PCA(svd_solver='covariance_eigh')", make,
                         lambda D, k=k: pca.pca_eig(D["X"], k),
                         lambda D, k=k: _sklearn_pca(D["X"], k, "covariance_eigh"), agree, quick=quick,
                         flops=n * d * d))
    return rows


def _sklearn_pca(X, k, solver):
    model = PCA(n_components=k, svd_solver=solver).fit(X)
    return model.components_, model.explained_variance_


def neighbours_and_distances():
    rows = []
    for n, m, d, quick in [(1000, 500, 20, True), (5000, 2000, 50, False)]:
        def make(rng, n=n, m=m, d=d):
            return {"X": rng.standard_normal((n, d)), "Y": rng.standard_normal((m, d))}

        size = f"{n} x {m}, d={d}"
        rows.append(Case("pairwise squared distances", size, "sklearn euclidean_distances", make,
                         lambda D: distances.pairwise_sq_dists(D["X"], D["Y"]),
                         lambda D: euclidean_distances(D["X"], D["Y"], squared=True),
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=2 * n * m * d))
        rows.append(Case("pairwise squared distances", size, "scipy cdist('sqeuclidean')", make,
                         lambda D: distances.pairwise_sq_dists(D["X"], D["Y"]),
                         lambda D: scipy.spatial.distance.cdist(D["X"], D["Y"], "sqeuclidean"),
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=2 * n * m * d))
    for n_train, n_test, d, quick in [(2000, 500, 10, True), (20_000, 2000, 20, False)]:
        def make(rng, n_train=n_train, n_test=n_test, d=d):
            X = rng.standard_normal((n_train + n_test, d))
            y = (X[:, 0] + 0.5 * rng.standard_normal(len(X)) > 0).astype(int) + (X[:, 1] > 1)
            return {"X": X[:n_train], "y": y[:n_train], "T": X[n_train:]}

        rows.append(Case("k-nearest neighbours (k=5)", f"train {n_train}, test {n_test}, d={d}",
                         "sklearn KNeighborsClassifier(brute)", make,
                         lambda D: distances.knn_predict(D["X"], D["y"], D["T"], 5),
                         lambda D: KNeighborsClassifier(5, algorithm="brute").fit(D["X"], D["y"]).predict(D["T"]),
                         lambda a, b, D: f"{np.mean(a == b):.2%} same labels", quick=quick, compiled=True,
                         note="k-th smallest of 64-column chunk minima bounds the search; sklearn: a Cython heap per row"))
    for n, d, quick in [(500, 100, True), (3000, 500, False)]:
        def make(rng, n=n, d=d):
            return {"R": rng.random((n, d)) * (rng.random((n, d)) < 0.3)}

        rows.append(Case("cosine similarity", f"{n} users x {d} items", "sklearn cosine_similarity", make,
                         lambda D: products.cosine_similarity(D["R"]),
                         lambda D: sk_cosine_similarity(D["R"]),
                         lambda a, b, D: rel_diff_text(a, b), quick=quick, flops=n * n * d))
    return rows


def densities_and_tests():
    rows = []
    n = 1_000_000

    def points(rng):
        return {"x": rng.standard_normal(n) * 3}

    rows.append(Case("normal log-density", "1e6 points", "scipy.stats.norm.logpdf", points,
                     lambda D: distributions.normal_logpdf(D["x"], 0.5, 2.0),
                     lambda D: scipy.stats.norm.logpdf(D["x"], 0.5, 2.0),
                     lambda a, b, D: rel_diff_text(a, b), quick=True))
    rows.append(Case("normal CDF", "1e6 points", "scipy.stats.norm.cdf", points,
                     lambda D: distributions.normal_cdf(D["x"], 0.5, 2.0),
                     lambda D: scipy.stats.norm.cdf(D["x"], 0.5, 2.0),
                     lambda a, b, D: rel_diff_text(a, b), quick=True))

    def mvn_data(rng, n=20_000, d=20):
        A = rng.standard_normal((d, d))
        return {"X": rng.standard_normal((n, d)), "mu": rng.standard_normal(d), "S": A @ A.T + d * np.eye(d)}

    rows.append(Case("multivariate normal log-density", "n=20000, d=20", "scipy multivariate_normal.logpdf",
                     mvn_data, lambda D: distributions.mvn_logpdf(D["X"], D["mu"], D["S"]),
                     lambda D: scipy.stats.multivariate_normal.logpdf(D["X"], D["mu"], D["S"]),
                     lambda a, b, D: rel_diff_text(a, b), quick=True))
    rows.append(Case("binomial pmf", "n=1000, all k", "scipy.stats.binom.pmf",
                     lambda rng: {"k": np.arange(1001)},
                     lambda D: distributions.binomial_pmf(D["k"], 1000, 0.3),
                     lambda D: scipy.stats.binom.pmf(D["k"], 1000, 0.3),
                     lambda a, b, D: rel_diff_text(a, b), quick=True))
    rows.append(Case("Welch t-test", "2 x 1e5 samples", "scipy.stats.ttest_ind",
                     lambda rng: {"a": rng.standard_normal(100_000), "b": rng.standard_normal(100_000) * 2 + 0.01},
                     lambda D: hypothesis_tests.ttest_ind(D["a"], D["b"], equal_var=False),
                     lambda D: tuple(scipy.stats.ttest_ind(D["a"], D["b"], equal_var=False)),
                     lambda a, b, D: rel_diff_text(a, b), quick=True))
    rows.append(Case("chi-square independence", "50 x 40 table", "scipy.stats.chi2_contingency",
                     lambda rng: {"T": rng.integers(5, 100, (50, 40))},
                     lambda D: hypothesis_tests.chi2_independence(D["T"])[:2],
                     lambda D: tuple(scipy.stats.chi2_contingency(D["T"], correction=False))[:2],
                     lambda a, b, D: rel_diff_text(a, b), quick=True))
    return rows


def quadrature_and_softmax():
    def samples(rng):
        x = np.sort(rng.uniform(0, 10, 1_000_001))
        return {"x": x, "y": np.sin(x) * np.exp(-x / 5)}

    rows = [
        Case("trapezoid rule", "1e6 samples", "scipy.integrate.trapezoid", samples,
             lambda D: integration.trapezoid(D["y"], D["x"]),
             lambda D: scipy.integrate.trapezoid(D["y"], D["x"]),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("Simpson's rule", "1e6 samples", "scipy.integrate.simpson", samples,
             lambda D: integration.simpson(D["y"], D["x"]),
             lambda D: scipy.integrate.simpson(D["y"], x=D["x"]),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
        Case("softmax (rows)", "20000 x 100", "scipy.special.softmax",
             lambda rng: {"Z": rng.standard_normal((20_000, 100)) * 10},
             lambda D: neural_network.softmax(D["Z"]),
             lambda D: scipy.special.softmax(D["Z"], axis=1),
             lambda a, b, D: rel_diff_text(a, b), quick=True),
    ]
    return rows


ROWS = [least_squares, ridge, lasso, logistic, principal_components, neighbours_and_distances,
        densities_and_tests, quadrature_and_softmax]
