"""Hidden suite for exercises/level07/bayes.py."""

import numpy as np
import pytest
from sklearn.naive_bayes import MultinomialNB

from mlgrade.checks import assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level07 import bayes as ref
from mlgrade.suites.level07 import assert_entrywise, call_quietly, numbers

MODULE = "bayes"

UNDERFLOW_HINTS = {
    "invalid value": "the product of the likelihoods underflowed to 0 for every hypothesis, and 0 / 0 is NaN: "
                     "add logarithms instead of multiplying probabilities, and normalise with the log-sum-exp trick",
    "divide by zero": "np.log(0) warns 'divide by zero' (warnings are errors here); -inf is the right log of a "
                      "zero probability, so compute it inside np.errstate(divide='ignore')",
}


def bayes_data(rng, n, k):
    prior = rng.dirichlet(np.ones(k))
    likelihood = rng.uniform(0.05, 1.0, size=(n, k))
    return prior, likelihood


def posterior_mistakes(prior, likelihood):
    """Results of known mistakes (computed in log space so that they exist even when the naive one fails)."""
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.log(likelihood).sum(axis=0)
        log_lik = np.log(likelihood).sum(axis=0)
    unnormalised = np.exp(log_joint - log_joint.max())
    return [
        (unnormalised, "the values are in the right ratios but do not sum to 1: divide by their sum "
                       "(the evidence P(x))"),
        (np.exp(log_lik - log_lik.max()) / np.exp(log_lik - log_lik.max()).sum(),
         "this is the normalised likelihood alone: multiply by the prior (add log prior) first"),
        (log_joint - np.log(np.exp(log_joint - log_joint.max()).sum()) - log_joint.max(),
         "these are log-posteriors: exponentiate at the end"),
    ]


@pytest.mark.exercise("bayes_posterior", banned=("scipy.special.logsumexp",))
class TestBayesPosterior:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a (k,) array and leaves prior and likelihood unchanged"""
        prior, likelihood = bayes_data(rng, 8, 5)
        args = (prior.copy(), likelihood.copy())
        result, after = call_quietly(learner.bayes_posterior, *args, inputs=describe(prior=prior, likelihood=likelihood),
                                     hints=UNDERFLOW_HINTS, checking_inputs=True)
        numbers(result, "the posterior", (5,), describe(prior=prior, likelihood=likelihood))
        assert_unchanged(args, after, ["prior", "likelihood"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "k"), [(1, 4), (30, 6), (120, 3)], ids=["n1-k4", "n30-k6", "n120-k3"])
    def test_matches_reference(self, learner, rng, n, k):
        """matches the reference posterior"""
        prior, likelihood = bayes_data(rng, n, k)
        inputs = describe(prior=prior, likelihood=likelihood)
        posterior = call_quietly(learner.bayes_posterior, prior, likelihood, inputs=inputs, hints=UNDERFLOW_HINTS)
        expected = ref.bayes_posterior(prior, likelihood)
        assert_entrywise(posterior, expected, what="the posterior", inputs=inputs, rtol=1e-9,
                         scale=np.abs(expected) + 1e-300, hints=posterior_mistakes(prior, likelihood))

    @pytest.mark.points(1)
    def test_many_observations(self, learner, rng):
        """500 observations, whose likelihood products underflow to 0 (Π ≈ 1e-1000)"""
        prior, _ = bayes_data(rng, 1, 4)
        likelihood = rng.uniform(0.001, 0.02, size=(500, 4))
        inputs = describe(prior=prior, likelihood=likelihood) + " with likelihoods around 0.01"
        posterior = call_quietly(learner.bayes_posterior, prior, likelihood, inputs=inputs, hints=UNDERFLOW_HINTS)
        expected = ref.bayes_posterior(prior, likelihood)
        assert_entrywise(posterior, expected, what="the posterior", inputs=inputs, rtol=1e-8,
                         scale=np.abs(expected) + 1e-300, hints=posterior_mistakes(prior, likelihood))

    @pytest.mark.points(1)
    def test_tiny_likelihoods(self, learner):
        """likelihoods of 1e-320 (subnormal floats) still give an accurate posterior"""
        prior = np.array([1e-3, 0.299, 0.7])
        likelihood = np.array([[3e-320, 1e-320, 2e-320]])
        inputs = describe(prior=prior, likelihood=likelihood) + " with likelihoods 1e-320 to 3e-320"
        posterior = call_quietly(learner.bayes_posterior, prior, likelihood, inputs=inputs, hints=UNDERFLOW_HINTS)
        expected = ref.bayes_posterior(prior, likelihood)
        with np.errstate(all="ignore"):
            naive = prior * likelihood[0] / np.sum(prior * likelihood[0])
        assert_entrywise(posterior, expected, what="the posterior", inputs=inputs, rtol=1e-10, hints=[
            (naive, "prior × likelihood of 1e-320 is a subnormal float with only a few significant bits: "
                    "work with logarithms"),
        ])

    @pytest.mark.points(1)
    def test_zero_prior(self, learner, rng):
        """a hypothesis with prior 0 (or an impossible observation) gets posterior exactly 0, with no warning"""
        prior, likelihood = bayes_data(rng, 20, 6)
        prior[[1, 4]] = 0.0
        likelihood[7, 2] = 0.0  # hypothesis 2 cannot explain observation 7
        inputs = describe(prior=prior, likelihood=likelihood) + " with zero priors and a zero likelihood"
        posterior = call_quietly(learner.bayes_posterior, prior, likelihood, inputs=inputs, hints=UNDERFLOW_HINTS)
        expected = ref.bayes_posterior(prior, likelihood)
        assert_entrywise(posterior, expected, what="the posterior", inputs=inputs, rtol=1e-9,
                         scale=np.abs(expected) + 1e-300, hints=posterior_mistakes(prior, likelihood))

    @pytest.mark.points(1)
    def test_bad_input(self, learner):
        """raises ValueError when every hypothesis is impossible, or for a negative prior"""
        prior = np.array([0.0, 0.5, 0.5])
        likelihood = np.array([[0.3, 0.0, 0.0]])
        assert_learner_raises(lambda: learner.bayes_posterior(prior, likelihood), "ValueError",
                              what="evidence P(x) = 0 (every posterior would be 0 / 0)")
        assert_learner_raises(lambda: learner.bayes_posterior(np.array([-0.5, 1.5]), np.full((2, 2), 0.5)),
                              "ValueError", what="a negative prior")


def spam_data(rng, n, V, m):
    """Word counts: spam and ham use the vocabulary with different word frequencies."""
    y = (rng.random(n) < 0.4).astype(int)
    y[:2] = [0, 1]
    rates = rng.gamma(0.5, 1.0, size=(2, V))
    X = rng.poisson(rates[y] * 0.6)
    labels = (rng.random(m) < 0.5).astype(int)
    X_new = rng.poisson(rates[labels] * 0.6)
    return X, y, X_new


def spam_mistakes(X, y, X_new, alpha):
    """P(spam) under known mistakes."""
    spam = y == 1
    counts = np.stack([X[~spam].sum(axis=0), X[spam].sum(axis=0)]).astype(float)
    V = X.shape[1]

    def posterior(log_theta, log_prior):
        log_joint = X_new @ log_theta.T + log_prior
        return 1.0 / (1.0 + np.exp(np.clip(log_joint[:, 0] - log_joint[:, 1], -700, 700)))

    priors = np.log([np.mean(~spam), np.mean(spam)])
    good = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    return [
        (posterior(good, np.log([0.5, 0.5])), "this ignores the class priors π_c (the fraction of training "
                                              "messages that are spam / ham): add log π_c"),
        (posterior(np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha), priors),
         "the denominator of θ_cw should be N_c + α V (α for each of the V words), not N_c + α"),
        (posterior(good[::-1], priors[::-1]), "this is P(ham | message): class 1 is spam"),
    ]


SMOOTHING_HINTS = {
    "divide by zero": "a word with count 0 in a class gives θ = 0 and log θ = -inf: add the pseudo-count α "
                      "to every count (Laplace smoothing), θ_cw = (N_cw + α) / (N_c + α V)",
    "invalid value": "NaN appeared: either a word with count 0 in both classes (0 · log 0, or -inf + inf; "
                     "did you smooth with α?) or exp of a very negative log joint underflowed to 0 for both "
                     "classes (0 / 0: normalise in log space)",
}


@pytest.mark.exercise("spam_posterior", banned=("sklearn",))
class TestSpamPosterior:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n_new,) array and leaves its inputs unchanged"""
        X, y, X_new = spam_data(rng, 30, 12, 7)
        args = (X.copy(), y.copy(), X_new.copy(), 1.0)
        inputs = describe(X_train=X, X_new=X_new)
        result, after = call_quietly(learner.spam_posterior, *args, inputs=inputs, hints=SMOOTHING_HINTS,
                                     checking_inputs=True)
        numbers(result, "P(spam | message)", (7,), inputs)
        assert_unchanged(args, after, ["X_train", "y_train", "X_new"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "V", "m", "alpha"), [(40, 25, 9, 1.0), (200, 60, 31, 0.3)],
                             ids=["40x25-new9", "200x60-new31-alpha0.3"])
    def test_matches_reference(self, learner, rng, n, V, m, alpha):
        """matches the reference naive-Bayes posterior"""
        X, y, X_new = spam_data(rng, n, V, m)
        X[:, -1] = 0  # one word never occurs in training
        X_new[::2, -1] = 1
        inputs = describe(X_train=X, X_new=X_new, alpha=alpha)
        p = call_quietly(learner.spam_posterior, X, y, X_new, alpha, inputs=inputs, hints=SMOOTHING_HINTS)
        expected = ref.spam_posterior(X, y, X_new, alpha)
        assert_entrywise(p, expected, what="P(spam | message)", inputs=inputs, rtol=1e-9,
                         scale=np.minimum(expected, 1 - expected) + 1e-6,
                         hints=spam_mistakes(X, y, X_new, alpha))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with scikit-learn's MultinomialNB(alpha=0.5).predict_proba"""
        X, y, X_new = spam_data(rng, 80, 30, 15)
        inputs = describe(X_train=X, X_new=X_new, alpha=0.5)
        p = call_quietly(learner.spam_posterior, X, y, X_new, 0.5, inputs=inputs, hints=SMOOTHING_HINTS)
        expected = MultinomialNB(alpha=0.5).fit(X, y).predict_proba(X_new)[:, 1]
        assert_entrywise(p, expected, what="P(spam | message)", inputs=inputs, rtol=1e-6,
                         scale=np.minimum(expected, 1 - expected) + 1e-7, hints=spam_mistakes(X, y, X_new, 0.5))

    @pytest.mark.points(1)
    def test_unseen_word(self, learner):
        """a word seen only in ham does not veto spam, thanks to smoothing"""
        X = np.array([[3, 0, 1, 0], [2, 1, 0, 0], [0, 0, 2, 4], [0, 1, 0, 3]])  # word 3 only in ham
        y = np.array([1, 1, 0, 0])
        X_new = np.array([[6, 0, 0, 1], [1, 1, 1, 1]])
        inputs = describe(X_train=X, X_new=X_new, alpha=1.0) + " where word 3 never occurs in spam"
        p = call_quietly(learner.spam_posterior, X, y, X_new, 1.0, inputs=inputs, hints=SMOOTHING_HINTS)
        expected = ref.spam_posterior(X, y, X_new, 1.0)
        assert_entrywise(p, expected, what="P(spam | message)", inputs=inputs, rtol=1e-9,
                         scale=np.minimum(expected, 1 - expected) + 1e-6, hints=[
                             (np.array([0.0, 0.0]), "P(spam) = 0 because word 3 was never seen in spam: add the "
                                                    "pseudo-count α to every count (Laplace smoothing)"),
                         ] + spam_mistakes(X, y, X_new, 1.0))

    @pytest.mark.points(1)
    def test_long_message(self, learner, rng):
        """a message of 50 000 words (log P(c, x) far below -745, where exp underflows)"""
        X, y, X_new = spam_data(rng, 60, 20, 3)
        X_new = X_new * 0 + rng.poisson(2500.0, size=X_new.shape)
        inputs = describe(X_train=X, X_new=X_new) + " with about 50 000 words per message"
        p = call_quietly(learner.spam_posterior, X, y, X_new, 1.0, inputs=inputs, hints=SMOOTHING_HINTS)
        expected = ref.spam_posterior(X, y, X_new, 1.0)
        assert_entrywise(p, expected, what="P(spam | message)", inputs=inputs, rtol=1e-6,
                         scale=np.minimum(expected, 1 - expected) + 1e-6)

    @pytest.mark.points(1)
    def test_bad_alpha(self, learner, rng):
        """raises ValueError for alpha = 0 (no smoothing) and for a single class"""
        X, y, X_new = spam_data(rng, 20, 8, 3)
        assert_learner_raises(lambda: learner.spam_posterior(X, y, X_new, 0.0), "ValueError", what="alpha = 0")
        assert_learner_raises(lambda: learner.spam_posterior(X, np.ones_like(y), X_new, 1.0), "ValueError",
                              what="y_train with spam only")
