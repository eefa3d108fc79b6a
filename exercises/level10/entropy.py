"""Level 10 — entropy, cross-entropy and KL divergence of discrete distributions.

A discrete distribution is a vector ``p`` of ``k`` non-negative numbers that sum
to 1. Its entropy is the average surprise ``-log p_i`` of its outcomes; the
cross-entropy ``H(p, q)`` is the average surprise when the outcomes come from
``p`` but you believe ``q``; the KL divergence ``KL(p || q) = H(p, q) - H(p)``
is the extra cost of that wrong belief. With natural logarithms the unit is the
*nat*; with ``base=2`` it is the *bit*.

Every function takes one distribution (shape ``(k,)``, returns a float) or a
batch of distributions as the rows of a matrix (shape ``(n, k)``, returns an
array of ``n`` values). Work on the whole batch at once: no Python loop over
rows or entries.

Conventions (they follow the limits, and every test checks them):

* ``0 · log 0 = 0``: an outcome of probability 0 adds nothing.
* ``p_i > 0`` and ``q_i = 0``: the cross-entropy and the KL divergence are
  ``+inf`` (``np.inf``), returned without any warning.
* A row that does not sum to 1 (within ``1e-6``) or has a negative entry raises
  ``ValueError``: no silent normalisation.

Floating-point warnings are errors in the grader: ``np.log(0)`` warns "divide by
zero" even inside ``np.where``, because ``np.where`` evaluates both branches.
Compute logs only where ``p > 0`` (boolean indexing, or
``np.log(p, out=np.zeros_like(p), where=p > 0)``), or wrap a deliberate
``log(0) = -inf`` in ``with np.errstate(divide="ignore"):``.

Rules for this module: NumPy only; SciPy (``scipy.stats.entropy``,
``scipy.special.entr``/``rel_entr``/``xlogy``) and scikit-learn are banned. Never
modify the arguments. Run ``mlgrade level10 entropy`` to grade this file.
"""

import numpy as np


def entropy(p, base=None):
    """Shannon entropy of a distribution, or of each row of a batch.

    .. math:: H(p) = -\\sum_i p_i \\log p_i

    In words: the expected surprise ``-log p_i`` of an outcome drawn from ``p``.
    It is 0 for a certain outcome (one ``p_i = 1``) and largest, ``log k``, for
    the uniform distribution over ``k`` outcomes. Terms with ``p_i = 0`` are 0.

    Parameters
    ----------
    p : ndarray of shape (k,) or (n, k)
        One distribution, or ``n`` distributions as rows. Each must be
        non-negative and sum to 1 within ``1e-6``.
    base : float or None, default None
        Logarithm base: ``None`` for natural logs (nats), ``2`` for bits. The
        value in base ``b`` is the value in nats divided by ``log b``.

    Returns
    -------
    H : float or ndarray of shape (n,)
        A float for ``p`` of shape ``(k,)``, one entropy per row otherwise.

    Raises
    ------
    ValueError
        If ``p`` is not 1-D or 2-D, has a negative entry, or a row does not sum
        to 1 (within ``1e-6``); if ``base`` is not positive or equals 1.

    Notes
    -----
    Banned: ``scipy.stats.entropy`` (it would do the whole exercise, and it
    silently normalises, hiding bugs upstream). ``p * np.log(p)`` at ``p = 0``
    is ``0 · (-inf) = nan`` with a "divide by zero" warning: take logs only
    where ``p > 0``.

    Examples
    --------
    >>> entropy(np.array([0.5, 0.5]), base=2)
    1.0
    >>> entropy(np.array([1.0, 0.0, 0.0]))
    0.0
    >>> entropy(np.array([[0.5, 0.5], [0.25, 0.75]]))
    array([0.69314718, 0.56233514])
    """
    raise NotImplementedError


def cross_entropy(p, q, base=None):
    """Cross-entropy of ``q`` relative to ``p``, for one pair of distributions or each pair of rows.

    .. math:: H(p, q) = -\\sum_i p_i \\log q_i

    In words: the average surprise under your model ``q`` of outcomes that
    actually come from ``p`` — the loss a classifier minimises, with ``p`` the
    true labels and ``q`` the predicted probabilities. It is never below
    ``H(p)``, with equality exactly when ``q = p``. Terms with ``p_i = 0`` are 0
    whatever ``q_i`` is; a term with ``p_i > 0`` and ``q_i = 0`` is ``+inf``.

    Parameters
    ----------
    p : ndarray of shape (k,) or (n, k)
        The true distribution(s).
    q : ndarray of the same shape as p
        The model distribution(s).
    base : float or None, default None
        ``None`` for nats, ``2`` for bits.

    Returns
    -------
    H : float or ndarray of shape (n,)
        ``+inf`` where some ``q_i = 0 < p_i``.

    Raises
    ------
    ValueError
        If ``p`` and ``q`` differ in shape, or either is not a valid
        distribution (negative entries, rows not summing to 1 within ``1e-6``).

    Notes
    -----
    Banned: SciPy (``scipy.special.rel_entr`` and friends). The order matters:
    ``H(p, q) ≠ H(q, p)``; the logarithm is of the *model* ``q``. Return the
    ``inf`` without a warning: ``np.log(0)`` warns unless wrapped in
    ``with np.errstate(divide="ignore"):``.

    Examples
    --------
    >>> cross_entropy(np.array([0.5, 0.5]), np.array([0.25, 0.75]), base=2)
    1.207518749639422
    >>> cross_entropy(np.array([1.0, 0.0]), np.array([0.0, 1.0]))
    inf
    """
    raise NotImplementedError


def kl_divergence(p, q, base=None):
    """Kullback–Leibler divergence ``KL(p || q)``, for one pair of distributions or each pair of rows.

    .. math:: KL(p \\,\\|\\, q) = \\sum_i p_i \\log \\frac{p_i}{q_i} = H(p, q) - H(p)

    In words: how many extra nats (or bits) you pay, on average, for coding
    outcomes of ``p`` with a code designed for ``q``. It is ``>= 0`` (Gibbs'
    inequality), 0 exactly when ``p = q``, and not symmetric. Terms with
    ``p_i = 0`` are 0; a term with ``p_i > 0`` and ``q_i = 0`` is ``+inf``.

    Parameters
    ----------
    p : ndarray of shape (k,) or (n, k)
    q : ndarray of the same shape as p
    base : float or None, default None
        ``None`` for nats, ``2`` for bits.

    Returns
    -------
    D : float or ndarray of shape (n,)
        ``0.0`` when ``p == q``; ``+inf`` where some ``q_i = 0 < p_i``.

    Raises
    ------
    ValueError
        As :func:`cross_entropy`.

    Notes
    -----
    Banned: SciPy (``scipy.special.rel_entr``, ``scipy.special.kl_div``,
    ``scipy.stats.entropy(p, q)``). Computing ``H(p, q) - H(p)`` gives
    ``inf - finite = inf``, which is fine, but write the sum of
    ``p_i (log p_i - log q_i)`` directly for accuracy when ``p ≈ q``.

    Examples
    --------
    >>> kl_divergence(np.array([0.5, 0.5]), np.array([0.25, 0.75]), base=2)
    0.2075187496394219
    >>> kl_divergence(np.array([0.2, 0.8]), np.array([0.2, 0.8]))
    0.0
    """
    raise NotImplementedError
