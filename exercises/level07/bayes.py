"""Level 7 — probability: Bayes' rule in log space, and a naive-Bayes spam filter.

Bayes' rule turns a prior belief ``P(h)`` over hypotheses and the likelihood
``P(x | h)`` of what was observed into a posterior::

    P(h | x) = P(h) P(x | h) / P(x),      P(x) = Σ_h P(h) P(x | h).

With many independent observations the likelihood is a product of many numbers
below 1, which underflows to 0 long before the answer is in doubt (0.01²⁰⁰ =
1e-400 is below the smallest float, 5e-324). So the whole computation happens in
log space: add logarithms, and leave log space only at the end, with the
log-sum-exp trick (subtract the largest log before exponentiating).

Rules for this module: NumPy (and the standard library) only. scikit-learn is
banned at this level; ``scipy.special.logsumexp`` is banned (write the trick
yourself). Never modify the arguments. Floating-point warnings (overflow, divide
by zero, invalid value) count as errors. Run ``mlgrade level07 bayes`` to grade
this file.
"""

import numpy as np


def bayes_posterior(prior, likelihood):
    """Posterior over ``k`` hypotheses after ``n`` independent observations, in log space.

    .. math:: P(h_j \\mid x_1, …, x_n) = \\frac{P(h_j) \\prod_i P(x_i \\mid h_j)}
              {\\sum_l P(h_l) \\prod_i P(x_i \\mid h_l)}

    In words: multiply each hypothesis's prior by the likelihood of every
    observation under it, then rescale so the results sum to 1. Do it with logs::

        log_joint[j] = log prior[j] + Σ_i log likelihood[i, j]
        posterior    = exp(log_joint - m) / Σ exp(log_joint - m),   m = max_j log_joint[j]

    Subtracting ``m`` changes nothing mathematically (it cancels in the ratio) but
    makes the largest term exactly ``exp(0) = 1``: nothing overflows, and the sum
    cannot underflow to 0.

    Parameters
    ----------
    prior : ndarray of shape (k,)
        ``P(h_j)``, non-negative. Zeros are allowed (an impossible hypothesis). It
        need not be normalised: the posterior is normalised anyway.
    likelihood : ndarray of shape (n, k)
        ``likelihood[i, j] = P(x_i | h_j)``, non-negative; values may be tiny
        (1e-320) or 0.

    Returns
    -------
    posterior : ndarray of shape (k,)
        Non-negative, sums to 1. A hypothesis with zero prior, or under which some
        observation has likelihood 0, gets posterior exactly 0.

    Raises
    ------
    ValueError
        If the shapes do not match, a probability is negative, or every hypothesis
        has probability 0 (the evidence ``P(x)`` is 0, so the posterior is undefined).

    Notes
    -----
    Banned: ``scipy.special.logsumexp`` (the trick is the lesson). ``np.log(0)``
    is ``-inf`` (the right value here) but also warns "divide by zero", and
    warnings are errors here: compute it inside ``with np.errstate(divide="ignore"):``.
    ``exp(-inf) = 0`` needs no special case.

    Examples
    --------
    >>> bayes_posterior(np.array([0.5, 0.5]), np.array([[0.2, 0.6]]))
    array([0.25, 0.75])
    >>> bayes_posterior(np.array([0.0, 1.0, 1.0]), np.full((300, 3), 0.01) * [1.0, 1.0, 2.0])
    array([0.00000000e+00, 4.90909347e-91, 1.00000000e+00])
    """
    raise NotImplementedError


def spam_posterior(X_train, y_train, X_new, alpha=1.0):
    """``P(spam | message)`` for new messages, by multinomial naive Bayes with Laplace smoothing.

    A message is a vector of word counts over a vocabulary of ``V`` words. Naive
    Bayes assumes the words of a message are independent given its class ``c``
    (ham = 0, spam = 1), so

    .. math:: \\log P(c, x) = \\log π_c + \\sum_w x_w \\log θ_{cw} + \\text{const}

    where ``π_c`` is the fraction of training messages in class ``c`` and
    ``θ_cw`` the probability that a word drawn from class ``c`` is ``w``, estimated
    with add-``α`` (Laplace) smoothing::

        θ_cw = (N_cw + α) / (N_c + α V)

    ``N_cw`` is the total count of word ``w`` in the training messages of class
    ``c`` and ``N_c = Σ_w N_cw``. Then ``P(spam | x)`` is
    ``exp(log P(1, x)) / (exp(log P(0, x)) + exp(log P(1, x)))``, computed stably.

    Parameters
    ----------
    X_train : ndarray of shape (n_messages, n_words)
        Word counts of the training messages (non-negative integers).
    y_train : ndarray of shape (n_messages,)
        1 for spam, 0 for ham. Both classes must occur.
    X_new : ndarray of shape (n_new, n_words)
        Word counts of the messages to classify.
    alpha : float, default 1.0
        The smoothing pseudo-count, ``> 0``.

    Returns
    -------
    p_spam : ndarray of shape (n_new,)
        ``P(spam | message)`` for each new message, in [0, 1].

    Raises
    ------
    ValueError
        If ``alpha <= 0``, only one class occurs in ``y_train``, or the shapes do
        not agree.

    Notes
    -----
    Banned: scikit-learn (``MultinomialNB`` is what you are building). Without
    smoothing, a word never seen in spam gets ``θ = 0`` and a single occurrence of
    it makes ``P(spam | x) = 0`` whatever else the message says. A long message
    has ``log P(c, x)`` far below -745, so ``exp`` of it is 0 for both classes:
    normalise in log space. One matrix product scores every message at once.

    Examples
    --------
    >>> X = np.array([[2, 0, 1], [0, 3, 0]]); y = np.array([1, 0])
    >>> spam_posterior(X, y, np.array([[1, 0, 0], [0, 1, 0]]))
    array([0.75, 0.2 ])
    """
    raise NotImplementedError
