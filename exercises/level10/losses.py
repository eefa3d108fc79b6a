"""Level 10 — two information-theoretic training losses.

* The **cross-entropy from logits** is the loss of every softmax classifier: the
  cross-entropy ``H(p, q)`` between the one-hot true label ``p`` and the model's
  probabilities ``q = softmax(z)``, computed straight from the scores ``z``
  (logits) so that no probability is ever rounded to 0.
* The **KL divergence between two Gaussians** has a closed form; it is the
  regulariser of a variational auto-encoder, pulling each code distribution
  ``N(μ, σ²)`` towards the prior ``N(0, 1)``.

Rules for this module: NumPy only; SciPy (``scipy.special.log_softmax``,
``logsumexp``, ``softmax``) and scikit-learn are banned. Never modify the
arguments. Floating-point warnings (overflow, divide by zero, invalid value) are
errors in the grader; underflow to 0 is fine. Run ``mlgrade level10 losses`` to
grade this file.
"""

import numpy as np


def cross_entropy_from_logits(logits, labels):
    """Mean cross-entropy (negative log-likelihood) of integer labels under softmax(logits).

    .. math:: L = \\frac{1}{n} \\sum_{i=1}^{n} \\Big( \\log \\sum_{c} e^{z_{ic}} - z_{i y_i} \\Big)
              = -\\frac{1}{n} \\sum_i \\log \\operatorname{softmax}(z_i)_{y_i}

    In words: for each sample, the surprise ``-log q`` of its true class under
    the softmax of its row of logits, averaged over samples, in nats.

    Parameters
    ----------
    logits : ndarray of shape (n_samples, n_classes)
        Unnormalised scores ``z``; they may be huge (``±1e4``).
    labels : ndarray of shape (n_samples,), integer dtype
        The true class of each sample, in ``0 .. n_classes - 1``.

    Returns
    -------
    loss : float
        The mean over samples (not the sum), ``>= 0``.

    Raises
    ------
    ValueError
        If ``logits`` is not 2-D, ``labels`` is not an integer array of length
        ``n_samples``, or a label is outside ``0 .. n_classes - 1`` (note that
        ``-1`` would silently index the last class).

    Notes
    -----
    Banned: ``scipy.special.log_softmax`` and ``logsumexp`` (the exercise is to
    build them). ``np.exp(1e4)`` overflows: subtract each row's maximum ``m``
    first, ``log Σ e^{z_c} = m + log Σ e^{z_c - m}`` (log-sum-exp), so every
    exponent is ``<= 0``. Do not compute ``np.log(softmax(z))``: a probability
    that underflows to 0 turns into ``log 0 = -inf``. Pick every sample's true
    logit at once with ``logits[np.arange(n), labels]``.

    Examples
    --------
    >>> logits = np.array([[2.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    >>> round(cross_entropy_from_logits(logits, np.array([0, 2])), 6)
    0.669079
    >>> cross_entropy_from_logits(np.array([[1e4, 0.0]]), np.array([1]))
    10000.0
    """
    raise NotImplementedError


def kl_gaussians(mu1, s1, mu2, s2):
    """KL divergence between two univariate normal distributions, entrywise.

    .. math:: KL\\big(N(μ_1, σ_1^2) \\,\\|\\, N(μ_2, σ_2^2)\\big)
              = \\log\\frac{σ_2}{σ_1} + \\frac{σ_1^2 + (μ_1 - μ_2)^2}{2 σ_2^2} - \\frac{1}{2}

    In words: how far the first Gaussian is from the second. It is 0 exactly
    when both are the same, grows with the squared distance of the means
    measured in units of ``σ_2``, and is not symmetric. It is the integral
    ``∫ p(x) log(p(x) / q(x)) dx`` worked out in closed form.

    Parameters
    ----------
    mu1, s1 : float or ndarray
        Mean and **standard deviation** (not variance) of the first Gaussian.
    mu2, s2 : float or ndarray
        Mean and standard deviation of the second Gaussian.
        The four arguments broadcast together (e.g. ``(n, d)`` against ``(d,)``).

    Returns
    -------
    kl : float or ndarray of the broadcast shape
        A float when all four arguments are scalars; ``>= 0``; ``0.0`` when
        the two distributions are equal.

    Raises
    ------
    ValueError
        If any standard deviation is not positive.

    Notes
    -----
    Banned: SciPy. Work with the ratios ``σ_1 / σ_2`` and ``(μ_1 - μ_2) / σ_2``:
    squaring first fails for tiny or huge scales (``(1e-170)² = 0`` and
    ``(1e170)² = inf``), while the ratios are ordinary numbers.

    Examples
    --------
    >>> round(kl_gaussians(0.0, 1.0, 1.0, 2.0), 6)
    0.443147
    >>> kl_gaussians(np.array([0.0, 3.0]), 2.0, np.array([0.0, 3.0]), 2.0)
    array([0., 0.])
    """
    raise NotImplementedError
