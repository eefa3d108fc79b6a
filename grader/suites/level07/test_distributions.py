"""Hidden suite for exercises/level07/distributions.py."""

import math

import numpy as np
import pytest
from scipy import special, stats

from mlgrade.checks import assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level07 import distributions as ref
from mlgrade.suites.level07 import assert_entrywise, call_quietly, numbers

MODULE = "distributions"
LOG_2PI = math.log(2 * math.pi)

LOG_HINTS = {
    "divide by zero": "log(0) happened: the density exp(-z²/2) is 0 in floating point far from the mean; "
                      "write the log-density term by term instead of taking the log of the density",
}


def logpdf_mistakes(x, mu, sigma):
    z = (x - mu) / sigma
    return [
        (-0.5 * ((x - mu) / sigma**2) ** 2 - np.log(sigma**2) - 0.5 * LOG_2PI,
         "you used σ² where σ goes: sigma is the standard deviation, not the variance"),
        (-0.5 * z**2 - 0.5 * LOG_2PI, "the -log σ term (from the 1/σ in the density) is missing"),
        (-0.5 * z**2 - np.log(sigma), "the constant -½ log(2π) is missing"),
        (-(z**2) - np.log(sigma) - 0.5 * LOG_2PI, "the exponent is -z²/2, not -z²"),
    ]


@pytest.mark.exercise("normal_logpdf", banned=("scipy.stats",))
class TestNormalLogpdf:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """keeps the shape of x and leaves x unchanged"""
        x = rng.normal(size=(3, 4))
        result, (x_after, *_) = call_quietly(learner.normal_logpdf, x.copy(), 0.5, 2.0, inputs=describe(x=x),
                                             hints=LOG_HINTS, checking_inputs=True)
        numbers(result, "normal_logpdf(x)", (3, 4), describe(x=x))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("size", "mu", "sigma"), [(7, 0.0, 1.0), (40, 3.5, 0.25), (25, -120.0, 40.0)],
                             ids=["7-standard", "40-narrow", "25-wide"])
    def test_matches_reference(self, learner, rng, size, mu, sigma):
        """matches the reference log-density"""
        x = mu + sigma * rng.normal(size=size) * 3
        inputs = describe(x=x, mu=mu, sigma=sigma)
        result = call_quietly(learner.normal_logpdf, x, mu, sigma, inputs=inputs, hints=LOG_HINTS)
        expected = ref.normal_logpdf(x, mu, sigma)
        assert_entrywise(result, expected, what="the log-density", inputs=inputs, rtol=1e-12,
                         scale=np.abs(expected) + 1.0, hints=logpdf_mistakes(x, mu, sigma))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.norm.logpdf"""
        x = rng.normal(size=50) * 5
        inputs = describe(x=x, mu=1.5, sigma=2.5)
        result = call_quietly(learner.normal_logpdf, x, 1.5, 2.5, inputs=inputs, hints=LOG_HINTS)
        expected = stats.norm.logpdf(x, 1.5, 2.5)
        assert_entrywise(result, expected, what="the log-density", inputs=inputs, rtol=1e-12,
                         scale=np.abs(expected) + 1.0, hints=logpdf_mistakes(x, 1.5, 2.5))

    @pytest.mark.points(1)
    def test_far_tail(self, learner):
        """stays finite and exact far from the mean (x = ±1e3, ±1e5 with σ = 1)"""
        x = np.array([-1e5, -1e3, -40.0, 40.0, 1e3, 1e5])
        inputs = describe(x=x) + " with x up to 1e5"
        result = call_quietly(learner.normal_logpdf, x, 0.0, 1.0, inputs=inputs, hints=LOG_HINTS)
        assert_entrywise(result, stats.norm.logpdf(x), what="the log-density", inputs=inputs, rtol=1e-13,
                         at=("x", x))

    @pytest.mark.points(1)
    def test_bad_sigma(self, learner):
        """raises ValueError for sigma = 0 and sigma < 0"""
        x = np.array([0.0, 1.0])
        for sigma in (0.0, -1.0):
            assert_learner_raises(lambda: learner.normal_logpdf(x, 0.0, sigma), "ValueError", what=f"sigma = {sigma}")


@pytest.mark.exercise("normal_cdf", banned=("scipy.stats", "scipy.special.ndtr", "scipy.special.log_ndtr"))
class TestNormalCdf:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """keeps the shape of x and leaves x unchanged"""
        x = rng.normal(size=(4, 3))
        result, (x_after, *_) = call_quietly(learner.normal_cdf, x.copy(), 0.5, 2.0, inputs=describe(x=x),
                                             checking_inputs=True)
        numbers(result, "normal_cdf(x)", (4, 3), describe(x=x))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("size", "mu", "sigma"), [(9, 0.0, 1.0), (60, 3.5, 0.25)], ids=["9-standard", "60-narrow"])
    def test_matches_reference(self, learner, rng, size, mu, sigma):
        """matches the reference CDF"""
        x = mu + sigma * rng.normal(size=size) * 2
        inputs = describe(x=x, mu=mu, sigma=sigma)
        z = (x - mu) / sigma
        result = call_quietly(learner.normal_cdf, x, mu, sigma, inputs=inputs)
        assert_entrywise(result, ref.normal_cdf(x, mu, sigma), what="the CDF", inputs=inputs, rtol=1e-12,
                         scale=1.0, hints=[
                             (0.5 * (1 + special.erf(z)), "erf takes (x - μ) / (σ √2): the √2 is missing"),
                             (0.5 * (1 + special.erf((x - mu) / (sigma**2 * math.sqrt(2)))),
                              "you divided by σ²: sigma is the standard deviation"),
                             (special.erf(z / math.sqrt(2)), "Φ(z) = ½ (1 + erf(z / √2)), not erf(z / √2)"),
                         ])

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.norm.cdf"""
        x = rng.normal(size=50) * 5
        inputs = describe(x=x, mu=1.5, sigma=2.5)
        result = call_quietly(learner.normal_cdf, x, 1.5, 2.5, inputs=inputs)
        assert_entrywise(result, stats.norm.cdf(x, 1.5, 2.5), what="the CDF", inputs=inputs, rtol=1e-12, scale=1.0)

    @pytest.mark.points(1)
    def test_extremes(self, learner):
        """exactly 0 and 1 without warnings at x = ±1e3 and ±1e5"""
        x = np.array([-1e5, -1e3, 1e3, 1e5])
        inputs = describe(x=x)
        result = call_quietly(learner.normal_cdf, x, 0.0, 1.0, inputs=inputs)
        assert_entrywise(result, np.array([0.0, 0.0, 1.0, 1.0]), what="the CDF", inputs=inputs, rtol=0.0,
                         scale=1.0, at=("x", x))

    @pytest.mark.points(1)
    def test_lower_tail(self, learner):
        """keeps full relative accuracy in the lower tail (Φ(-10) ≈ 7.6e-24, Φ(-30) ≈ 4.9e-198)"""
        x = np.array([-3.0, -5.0, -10.0, -20.0, -30.0])
        inputs = describe(x=x)
        result = call_quietly(learner.normal_cdf, x, 0.0, 1.0, inputs=inputs)
        assert_entrywise(result, stats.norm.cdf(x), what="the CDF", inputs=inputs, rtol=1e-10, at=("x", x), hints=[
            (0.5 * (1 + special.erf(x / math.sqrt(2))),
             "1 + erf(t) cancels catastrophically when erf(t) ≈ -1: use 1 + erf(t) = erfc(-t), i.e. "
             "Φ(z) = ½ erfc(-z / √2)"),
        ])

    @pytest.mark.points(1)
    def test_bad_sigma(self, learner):
        """raises ValueError for sigma = 0 and sigma < 0"""
        x = np.array([0.0, 1.0])
        for sigma in (0.0, -2.0):
            assert_learner_raises(lambda: learner.normal_cdf(x, 0.0, sigma), "ValueError", what=f"sigma = {sigma}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        x = rng.normal(size=20_000) * 3
        speed.check(learner.normal_cdf, (x, 0.5, 1.5), max_ratio=6, inputs=describe(x=x),
                    hint="math.erf works on one number at a time; scipy.special.erfc works on a whole array")


def spd_matrix(rng, d, scale=1.0):
    A = rng.normal(size=(d, d))
    return scale * (A @ A.T / d + 0.5 * np.eye(d))


def mvn_mistakes(X, mu, Sigma):
    L = np.linalg.cholesky(Sigma)
    d = X.shape[1]
    log_det = 2 * np.sum(np.log(np.diag(L)))
    Z = np.linalg.solve(L, (X - mu).T)
    maha = np.sum(Z**2, axis=0)
    wrong = np.linalg.solve(L.T, (X - mu).T)
    return [
        (-0.5 * (d * LOG_2PI + log_det / 2 + maha), "log|Σ| = 2 Σ log L_jj: the factor 2 is missing "
                                                    "(|Σ| = |L|², and |L| is the product of its diagonal)"),
        (-0.5 * (d * LOG_2PI + log_det + np.sum(wrong**2, axis=0)),
         "you solved Lᵀ z = x - μ; with Σ = L Lᵀ the Mahalanobis term is |z|² for L z = x - μ"),
        (-0.5 * (LOG_2PI + log_det + maha), "the constant is -(d/2) log(2π): multiply log(2π) by d"),
        (-(d * LOG_2PI + log_det + maha), "the whole bracket is multiplied by -½"),
    ]


@pytest.mark.exercise("mvn_logpdf", banned=("numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.det",
                                            "numpy.linalg.slogdet", "scipy"))
class TestMvnLogpdf:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n,) array and leaves X, mu and Sigma unchanged"""
        X, mu, Sigma = rng.normal(size=(20, 4)), rng.normal(size=4), spd_matrix(rng, 4)
        args = (X.copy(), mu.copy(), Sigma.copy())
        result, after = call_quietly(learner.mvn_logpdf, *args, inputs=describe(X=X, Sigma=Sigma), checking_inputs=True)
        numbers(result, "the log-densities", (20,), describe(X=X, Sigma=Sigma))
        assert_unchanged(args, after, ["X", "mu", "Sigma"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "d"), [(30, 4), (7, 12)], ids=["30x4", "7x12"])
    def test_matches_reference(self, learner, rng, n, d):
        """matches the reference log-densities"""
        Sigma, mu = spd_matrix(rng, d, 2.0), rng.normal(size=d)
        X = mu + rng.normal(size=(n, d)) @ np.linalg.cholesky(Sigma).T
        inputs = describe(X=X, mu=mu, Sigma=Sigma)
        result = call_quietly(learner.mvn_logpdf, X, mu, Sigma, inputs=inputs)
        expected = ref.mvn_logpdf(X, mu, Sigma)
        assert_entrywise(result, expected, what="the log-densities", inputs=inputs, rtol=1e-10,
                         scale=np.abs(expected) + 1.0, hints=mvn_mistakes(X, mu, Sigma))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with scipy.stats.multivariate_normal.logpdf"""
        Sigma, mu = spd_matrix(rng, 6, 0.5), rng.normal(size=6)
        X = rng.normal(size=(25, 6)) * 2
        inputs = describe(X=X, mu=mu, Sigma=Sigma)
        result = call_quietly(learner.mvn_logpdf, X, mu, Sigma, inputs=inputs)
        expected = stats.multivariate_normal.logpdf(X, mu, Sigma)
        assert_entrywise(result, expected, what="the log-densities", inputs=inputs, rtol=1e-10,
                         scale=np.abs(expected) + 1.0, hints=mvn_mistakes(X, mu, Sigma))

    @pytest.mark.points(1)
    def test_d50_tiny_variances(self, learner, rng):
        """d = 50 with variances about 1e-7, where det(Σ) ≈ 1e-350 underflows to 0"""
        Sigma, mu = spd_matrix(rng, 50, 1e-7), rng.normal(size=50) * 1e-4
        X = mu + rng.normal(size=(15, 50)) @ np.linalg.cholesky(Sigma).T
        inputs = describe(X=X, Sigma=Sigma) + " with variances around 1e-7"
        result = call_quietly(learner.mvn_logpdf, X, mu, Sigma, inputs=inputs, hints={
            "divide by zero": "det(Σ) (or the product of the diagonal of L) underflowed to 0 and log 0 = -inf: "
                              "sum the logs instead, log|Σ| = 2 Σ log L_jj",
        })
        expected = stats.multivariate_normal.logpdf(X, mu, Sigma)
        assert_entrywise(result, expected, what="the log-densities", inputs=inputs, rtol=1e-10,
                         scale=np.abs(expected) + 1.0)

    @pytest.mark.points(1)
    def test_not_positive_definite(self, learner, rng):
        """raises ValueError (LinAlgError is one) when Sigma is not positive definite"""
        Q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
        Sigma = Q @ np.diag([2.0, 1.0, 0.5, 0.1, -0.3]) @ Q.T
        Sigma = (Sigma + Sigma.T) / 2
        X, mu = rng.normal(size=(4, 5)), np.zeros(5)
        assert_learner_raises(lambda: learner.mvn_logpdf(X, mu, Sigma), "ValueError", "LinAlgError",
                              what="Sigma with a negative eigenvalue")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        Sigma, mu = spd_matrix(rng, 8), rng.normal(size=8)
        X = rng.normal(size=(4000, 8))
        speed.check(learner.mvn_logpdf, (X, mu, Sigma), max_ratio=10, inputs=describe(X=X, Sigma=Sigma),
                    hint="factor Σ once and solve L Z = (X - μ)ᵀ for all samples in one call; a loop over "
                         "samples repeats the work n times")


BINOMIAL_HINTS = {
    "invalid value encountered in divide": "a factorial or binomial coefficient overflowed to inf (2000! has 5736 "
                                           "digits), and inf / inf is NaN: work with log-gamma, log C(n, k) = "
                                           "gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)",
    "invalid value": "0 · log 0 gave NaN: for p = 0 or 1, k log p is 0 · (-inf) at k = 0; use the convention "
                     "0 log 0 = 0 (scipy.special.xlogy(k, p) and xlog1py(n - k, -p))",
    "divide by zero": "log(0) happened: for p = 0 or 1 use scipy.special.xlogy(k, p) and xlog1py(n - k, -p), "
                      "which treat 0 log 0 as 0 without warnings",
    "overflow": "a factorial or binomial coefficient overflowed (2000! has 5736 digits): work with log-gamma, "
                "log C(n, k) = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)",
}


def binomial_mistakes(k, n, p):
    kk = np.clip(k, 0, n).astype(float)
    inside = (k >= 0) & (k <= n)
    log_rest = special.xlogy(kk, p) + special.xlog1py(n - kk, -p)
    with np.errstate(all="ignore"):
        off = np.where(inside, np.exp(special.gammaln(n) - special.gammaln(kk) - special.gammaln(n - kk) + log_rest), 0)
    return [
        (off,
         "Γ(m + 1) = m!, so log m! is gammaln(m + 1), not gammaln(m)"),
        (np.where(inside, np.exp(special.xlogy(n - kk, p) + special.xlog1py(kk, -p)
                                 + special.gammaln(n + 1) - special.gammaln(kk + 1) - special.gammaln(n - kk + 1)), 0.0),
         "p is the probability of success: it goes with k, and 1 - p with n - k"),
    ]


@pytest.mark.exercise("binomial_pmf", banned=("math.comb", "math.factorial", "scipy.special.comb",
                                              "scipy.special.binom", "scipy.special.factorial", "scipy.stats"))
class TestBinomialPmf:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner):
        """returns an (m,) array and leaves k unchanged"""
        k = np.array([0, 3, 5, 10])
        result, (k_after, *_) = call_quietly(learner.binomial_pmf, k.copy(), 10, 0.3, inputs=describe(k=k, n=10, p=0.3),
                                             hints=BINOMIAL_HINTS, checking_inputs=True)
        numbers(result, "the pmf", (4,), describe(k=k, n=10, p=0.3))
        assert_unchanged((k,), (k_after,), ["k"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "p"), [(12, 0.3), (137, 0.71)], ids=["n12-p0.3", "n137-p0.71"])
    def test_matches_reference(self, learner, n, p):
        """matches the reference pmf for every k from -1 to n + 1"""
        k = np.arange(-1, n + 2)
        inputs = describe(k=k, n=n, p=p)
        result = call_quietly(learner.binomial_pmf, k, n, p, inputs=inputs, hints=BINOMIAL_HINTS)
        expected = ref.binomial_pmf(k, n, p)
        assert_entrywise(result, expected, what="the pmf", inputs=inputs, rtol=1e-10, scale=expected + 1e-300,
                         at=("k", k), hints=binomial_mistakes(k, n, p))

    @pytest.mark.points(1)
    def test_n2000_matches_scipy(self, learner):
        """n = 2000 (factorials overflow) agrees with scipy.stats.binom.pmf"""
        n, p = 2000, 0.37
        k = np.arange(0, n + 1)
        inputs = describe(k=k, n=n, p=p)
        result = call_quietly(learner.binomial_pmf, k, n, p, inputs=inputs, hints=BINOMIAL_HINTS)
        expected = stats.binom.pmf(k, n, p)
        assert_entrywise(result, expected, what="the pmf", inputs=inputs, rtol=1e-9, scale=expected + 1e-290,
                         at=("k", k), hints=binomial_mistakes(k, n, p))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("p", [0.0, 1.0], ids=["p0", "p1"])
    def test_degenerate_p(self, learner, p):
        """p = 0 or 1: all the mass on k = 0 or k = n, no warnings"""
        n = 2000
        k = np.array([0, 1, 1000, 1999, 2000])
        inputs = describe(k=k, n=n, p=p)
        result = call_quietly(learner.binomial_pmf, k, n, p, inputs=inputs, hints=BINOMIAL_HINTS)
        assert_entrywise(result, stats.binom.pmf(k, n, p), what="the pmf", inputs=inputs, rtol=1e-10,
                         scale=1.0, at=("k", k))

    @pytest.mark.points(1)
    def test_bad_p(self, learner):
        """raises ValueError for p outside [0, 1]"""
        k = np.arange(4)
        for p in (-0.1, 1.5):
            assert_learner_raises(lambda: learner.binomial_pmf(k, 3, p), "ValueError", what=f"p = {p}")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed):
        """as fast as a vectorised implementation"""
        n = 20_000
        k = np.arange(0, n + 1)
        speed.check(learner.binomial_pmf, (k, n, 0.4), max_ratio=8, inputs=describe(k=k, n=n),
                    hint="math.lgamma works on one number at a time; scipy.special.gammaln works on a whole array")
