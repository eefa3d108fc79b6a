"""Hidden suite for exercises/level10/losses.py."""

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.special import log_softmax
from scipy.stats import norm

from mlgrade.checks import CheckFailed, assert_close, assert_unchanged, describe
from mlgrade.reference.level10 import losses as ref
from mlgrade.suites.level10 import assert_values, call_quietly, expect_value_error, numbers

MODULE = "losses"

SHIFT_HINT = ("np.exp of a logit of 1e4 overflows: subtract each row's maximum m first, "
              "log Σ e^{z} = m + log Σ e^{z - m}, so every exponent is <= 0")
LOG_SOFTMAX_HINT = ("log(softmax(z)) is log(0) = -inf once a probability underflows to 0: compute "
                    "log Σ e^{z} - z_y (log-sum-exp) instead of taking the log of probabilities")


def logits_problem(rng, n, C, scale=3.0):
    """Random logits ``(n, C)`` and integer labels ``(n,)``."""
    return rng.normal(size=(n, C)) * scale, rng.integers(0, C, size=n)


def oracle_loss(logits, labels):
    return -np.mean(log_softmax(logits, axis=1)[np.arange(len(labels)), labels])


def loss_mistakes(logits, labels):
    """Results of known mistakes, as (value, hint) pairs."""
    n = len(labels)
    nll = -log_softmax(logits, axis=1)[np.arange(n), labels]
    hints = [
        (nll.sum(), "this is the sum over samples; the loss is the mean (divide by n)"),
        (-nll.mean(), "this is the mean log-likelihood; the loss is its negative"),
        (nll.mean() / np.log(2), "this is in bits: use the natural logarithm"),
        (np.mean(-log_softmax(logits, axis=0)[np.arange(n), labels]),
         "the softmax is over the classes of each sample (axis=1), not over the samples (axis=0)"),
    ]
    return hints


@pytest.mark.exercise("cross_entropy_from_logits", banned=("scipy", "sklearn"))
class TestCrossEntropyFromLogits:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns a float and leaves logits and labels unchanged"""
        logits, labels = logits_problem(rng, 12, 5)
        inputs = describe(logits=logits, labels=labels)
        loss, after = call_quietly(learner.cross_entropy_from_logits, logits.copy(), labels.copy(), inputs=inputs,
                                   checking_inputs=True)
        if isinstance(loss, np.ndarray) and loss.shape == (12,):
            raise CheckFailed("the loss should be a single float, but your function returned one value per "
                              "sample.\nHint: return the mean over samples")
        numbers(loss, "the loss", (), inputs)
        assert_unchanged((logits, labels), after, ["logits", "labels"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "C"), [(40, 7), (9, 30)], ids=["40x7", "9x30"])
    def test_matches_reference(self, learner, rng, n, C):
        """matches the reference on random logits"""
        logits, labels = logits_problem(rng, n, C)
        inputs = describe(logits=logits, labels=labels)
        actual = numbers(call_quietly(learner.cross_entropy_from_logits, logits, labels, inputs=inputs),
                         "the loss", (), inputs)
        assert_close(actual, ref.cross_entropy_from_logits(logits, labels), what="the cross-entropy loss",
                     inputs=inputs, rtol=1e-12, hints=loss_mistakes(logits, labels))

    @pytest.mark.points(1)
    def test_matches_scipy(self, learner, rng):
        """agrees with -mean(scipy.special.log_softmax(logits, axis=1)[i, y_i]), for int32 labels too"""
        logits, labels = logits_problem(rng, 60, 4, scale=10.0)
        for y, kind in ((labels, "int64"), (labels.astype(np.int32), "int32")):
            inputs = describe(logits=logits, labels=y) + f" ({kind} labels)"
            actual = numbers(call_quietly(learner.cross_entropy_from_logits, logits, y, inputs=inputs),
                             "the loss", (), inputs)
            assert_close(actual, oracle_loss(logits, labels), what="the cross-entropy loss", inputs=inputs,
                         rtol=1e-12)

    @pytest.mark.points(2)
    def test_huge_logits(self, learner, rng):
        """exact and without warnings for logits of ±1e4 (right and wrong by a huge margin)"""
        logits, labels = logits_problem(rng, 30, 5, scale=1.0)
        logits = logits * 1e4
        labels[:10] = np.argmax(logits[:10], axis=1)  # confident and right: loss ≈ 0
        inputs = describe(logits=logits, labels=labels) + " with logits of size 1e4"
        actual = numbers(call_quietly(learner.cross_entropy_from_logits, logits, labels, inputs=inputs,
                                      hints={"overflow": SHIFT_HINT, "divide by zero": LOG_SOFTMAX_HINT,
                                             "invalid value": SHIFT_HINT}), "the loss", (), inputs)
        assert_close(actual, oracle_loss(logits, labels), what="the cross-entropy loss", inputs=inputs,
                     rtol=1e-12, hints=loss_mistakes(logits, labels))
        one = np.array([[1e4, 0.0, -1e4]])
        for label, expected in ((0, 0.0), (1, 1e4), (2, 2e4)):
            value = call_quietly(learner.cross_entropy_from_logits, one, np.array([label]),
                                 inputs=f"logits [[1e4, 0, -1e4]], label {label}",
                                 hints={"overflow": SHIFT_HINT, "divide by zero": LOG_SOFTMAX_HINT})
            assert_values(value, expected, what=f"the loss for logits [[1e4, 0, -1e4]] and label {label}",
                          rtol=1e-12, hints=[(np.inf, LOG_SOFTMAX_HINT)])

    @pytest.mark.points(1)
    def test_bad_labels(self, learner, rng):
        """raises ValueError for a label equal to n_classes and for a label of -1"""
        logits, labels = logits_problem(rng, 6, 3)
        for bad, what in ((3, "a label 3 with 3 classes (labels are 0..2)"),
                          (-1, "a label -1 (it would silently pick the last class)")):
            y = labels.copy()
            y[2] = bad
            expect_value_error(lambda: learner.cross_entropy_from_logits(logits, y), what,
                               hint="check 0 <= labels < n_classes before indexing")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        logits, labels = logits_problem(rng, 6000, 20)
        speed.check(learner.cross_entropy_from_logits, (logits, labels), max_ratio=8,
                    inputs=describe(logits=logits, labels=labels),
                    hint="take the row maxima, the exponentials and the row sums for the whole matrix at once "
                         "(axis=1), and pick the true logits with logits[np.arange(n), labels]; a loop over "
                         "samples is the usual cause")


# -- KL between Gaussians ---------------------------------------------------------------------------
VARIANCE_HINT = "s1 and s2 are standard deviations, not variances: the formula uses s1² and s2²"


def integral_kl(mu1, s1, mu2, s2):
    """∫ p log(p / q) dx by adaptive quadrature over μ1 ± 30 σ1 (the oracle)."""
    def integrand(x):
        return norm.pdf(x, mu1, s1) * (norm.logpdf(x, mu1, s1) - norm.logpdf(x, mu2, s2))
    value, _ = quad(integrand, mu1 - 30 * s1, mu1 + 30 * s1, points=[mu1], limit=200, epsabs=1e-13, epsrel=1e-12)
    return value


def gaussian_params(rng, shape):
    return (rng.normal(size=shape) * 2, rng.uniform(0.2, 3.0, size=shape),
            rng.normal(size=shape) * 2, rng.uniform(0.2, 3.0, size=shape))


def kl_mistakes(mu1, s1, mu2, s2):
    with np.errstate(all="ignore"):
        return [
            (ref.kl_gaussians(mu2, s2, mu1, s1), "this is KL(q || p) with the Gaussians swapped: "
                                                 "the divergence is not symmetric"),
            (ref.kl_gaussians(mu1, np.sqrt(s1), mu2, np.sqrt(s2)), VARIANCE_HINT),
            (ref.kl_gaussians(mu1, s1, mu2, s2) + 0.5, "you left out the -1/2"),
            (ref.kl_gaussians(mu1, s1, mu2, s2) - 2 * np.log(s2 / s1), "the log term is log(s2 / s1), not log(s1 / s2)"),
        ]


@pytest.mark.exercise("kl_gaussians", banned=("scipy", "sklearn"))
class TestKlGaussians:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """broadcasts (7, 5) against (5,) to (7, 5), gives a float for scalars, leaves inputs unchanged"""
        mu1, s1 = rng.normal(size=(7, 5)), rng.uniform(0.5, 2.0, size=(7, 5))
        mu2, s2 = rng.normal(size=5), rng.uniform(0.5, 2.0, size=5)
        args = (mu1, s1, mu2, s2)
        inputs = describe(mu1=mu1, s1=s1, mu2=mu2, s2=s2)
        value, after = call_quietly(learner.kl_gaussians, *[a.copy() for a in args], inputs=inputs,
                                    checking_inputs=True)
        numbers(value, "KL", (7, 5), inputs)
        assert_unchanged(args, after, ["mu1", "s1", "mu2", "s2"])
        numbers(call_quietly(learner.kl_gaussians, 0.0, 1.0, 1.0, 2.0, inputs="scalars"), "KL of scalars", ())

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(11,), (6, 9)], ids=["11", "6x9"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference entrywise on random means and standard deviations"""
        args = gaussian_params(rng, shape)
        inputs = describe(mu1=args[0], s1=args[1], mu2=args[2], s2=args[3])
        actual = call_quietly(learner.kl_gaussians, *args, inputs=inputs)
        assert_values(actual, ref.kl_gaussians(*args), what="KL(N(mu1, s1²) || N(mu2, s2²))", inputs=inputs,
                      hints=kl_mistakes(*args))

    @pytest.mark.points(1)
    def test_matches_integral(self, learner, rng):
        """agrees with the numerical integral ∫ p log(p / q) dx (scipy.integrate.quad)"""
        for mu1, s1, mu2, s2 in [(0.0, 1.0, 0.0, 1.0 + rng.uniform(0.5, 1.0)), (rng.normal(), 0.3, 1.0, 2.5),
                                 (2.0, 1.7, -1.0, rng.uniform(0.4, 0.9))]:
            inputs = f"mu1 = {mu1:.3g}, s1 = {s1:.3g}, mu2 = {mu2:.3g}, s2 = {s2:.3g}"
            value = call_quietly(learner.kl_gaussians, mu1, s1, mu2, s2, inputs=inputs)
            assert_values(value, integral_kl(mu1, s1, mu2, s2), what="KL", inputs=inputs + " (vs the integral)",
                          rtol=1e-8, hints=kl_mistakes(mu1, s1, mu2, s2))

    @pytest.mark.points(1)
    def test_equal_distributions(self, learner, rng):
        """0 (to 1e-15) when both Gaussians are the same, never negative"""
        mu, s = rng.normal(size=20) * 5, rng.uniform(0.01, 100.0, size=20)
        inputs = describe(mu1=mu, s1=s) + " with mu2 = mu1, s2 = s1"
        actual = numbers(call_quietly(learner.kl_gaussians, mu, s, mu.copy(), s.copy(), inputs=inputs), "KL",
                         (20,), inputs)
        if not (np.abs(actual) <= 1e-15).all():
            raise CheckFailed(f"KL of a Gaussian with itself should be 0 for {inputs}, but an entry is "
                              f"{actual.flat[np.argmax(np.abs(actual))]:.3g}")

    @pytest.mark.points(1)
    def test_extreme_scales(self, learner):
        """accurate and without warnings for standard deviations of 1e-170 and 1e170"""
        mu1 = np.array([0.0, 1e-170, 3e170, 0.0])
        s1 = np.array([1e-170, 2e-170, 1e170, 1e170])
        mu2 = np.array([1e-170, 0.0, 0.0, 1e170])
        s2 = np.array([2e-170, 1e-170, 2e170, 3e170])
        inputs = "standard deviations between 1e-170 and 3e170 (their squares underflow or overflow)"
        actual = call_quietly(learner.kl_gaussians, mu1, s1, mu2, s2, inputs=inputs, hints={
            "overflow": "s² overflows for s = 1e170: use the ratios s1 / s2 and (mu1 - mu2) / s2",
            "divide by zero": "s² underflows to 0 for s = 1e-170: use the ratios s1 / s2 and (mu1 - mu2) / s2",
            "invalid value": "s² underflows to 0 (or overflows) for extreme s: use the ratios s1 / s2 and "
                             "(mu1 - mu2) / s2",
        })
        assert_values(actual, ref.kl_gaussians(mu1, s1, mu2, s2), what="KL", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    def test_bad_sigma(self, learner):
        """raises ValueError for a zero or negative standard deviation"""
        expect_value_error(lambda: learner.kl_gaussians(0.0, 0.0, 0.0, 1.0), "s1 = 0")
        expect_value_error(lambda: learner.kl_gaussians(np.zeros(3), np.ones(3), np.zeros(3),
                                                        np.array([1.0, -2.0, 1.0])), "s2 with a negative entry")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        args = gaussian_params(rng, (40000,))
        speed.check(learner.kl_gaussians, args, max_ratio=8, inputs=describe(mu1=args[0]),
                    hint="the formula is elementwise: apply it to whole arrays (np.log, *, /) instead of "
                         "looping over entries with math.log")
