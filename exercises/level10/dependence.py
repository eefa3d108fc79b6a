"""Level 10 — how much one variable tells about another: mutual information and information gain.

Both are computed from a **contingency table**: ``counts[i, j]`` is the number
of samples whose first label is the ``i``-th distinct value and whose second
label is the ``j``-th. Dividing by ``n`` gives the empirical joint distribution
``p(x, y)``; its row and column sums are the marginals ``p(x)`` and ``p(y)``.

Labels may be of any kind NumPy can sort (integers, strings, booleans). Build
the table without Python loops: ``np.unique(x, return_inverse=True)`` turns
labels into codes ``0 .. k-1``, and ``np.bincount`` (or ``np.add.at``) counts
all samples at once.

Rules for this module: NumPy only; scikit-learn (``mutual_info_score``,
``DecisionTreeClassifier``) and SciPy are banned. Never modify the arguments.
Floating-point warnings are errors in the grader (``np.log(0)`` warns). Run
``mlgrade level10 dependence`` to grade this file.
"""

import numpy as np


def mutual_information(x, y):
    """Mutual information of two labelings of the same samples, in nats.

    .. math:: I(X; Y) = \\sum_{x, y} p(x, y) \\log \\frac{p(x, y)}{p(x)\\, p(y)}
              = H(X) + H(Y) - H(X, Y)

    In words: how many nats knowing ``x`` saves, on average, in describing
    ``y`` (and vice versa). It is 0 for independent labels and ``H(X)`` when
    ``y`` is a relabelling of ``x``. Empty cells (``p(x, y) = 0``) add 0.

    Parameters
    ----------
    x : ndarray of shape (n_samples,)
        Labels of any sortable dtype (integer codes, strings, ...).
    y : ndarray of shape (n_samples,)
        A second labelling of the same samples.

    Returns
    -------
    mi : float
        ``>= 0`` always: rounding can make the sum ``-1e-17`` for independent
        labels, so clip it at 0.

    Raises
    ------
    ValueError
        If ``x`` and ``y`` are not 1-D, are empty, or differ in length.

    Notes
    -----
    Banned: scikit-learn (``sklearn.metrics.mutual_info_score`` is the answer).
    A Python loop over samples, or over pairs of label values, is far too slow
    for large ``n``: count with ``np.bincount(codes_x * k_y + codes_y)``.

    Examples
    --------
    >>> x = np.array([0, 0, 1, 1])
    >>> round(mutual_information(x, np.array(["a", "a", "b", "b"])), 6)   # log 2
    0.693147
    >>> mutual_information(x, np.array([0, 1, 0, 1]))
    0.0
    """
    raise NotImplementedError


def information_gain(y, split):
    """Information gain of a binary decision-tree split, in bits.

    .. math:: IG = H(Y) - \\frac{n_L}{n} H(Y_L) - \\frac{n_R}{n} H(Y_R)

    with ``H`` the entropy in **bits** (``log2``) of the class proportions,
    ``Y_L`` the labels of the samples sent left (``split`` True) and ``Y_R``
    those sent right. In words: how much the split reduces the uncertainty
    about the class, each child weighted by the fraction of samples it gets.
    This is the criterion of ID3 / C4.5 and of scikit-learn's
    ``criterion="entropy"``.

    A pure child (a single class) has entropy 0. An empty child (the split
    sends every sample the same way) contributes 0, and the gain is 0.

    Parameters
    ----------
    y : ndarray of shape (n_samples,)
        Class labels of any sortable dtype.
    split : ndarray of shape (n_samples,), dtype bool
        True for the samples that go to the left child.

    Returns
    -------
    gain : float
        ``>= 0`` (clip rounding noise at 0), at most ``H(Y)``.

    Raises
    ------
    ValueError
        If the arrays are not 1-D, are empty or differ in length, or ``split``
        is not boolean.

    Notes
    -----
    Banned: scikit-learn. Take ``log2`` only of non-zero proportions (a pure
    node has zero proportions for the other classes).

    Examples
    --------
    >>> y = np.array([0, 0, 1, 1])
    >>> information_gain(y, np.array([True, True, False, False]))
    1.0
    >>> information_gain(y, np.array([True, False, True, False]))
    0.0
    """
    raise NotImplementedError
