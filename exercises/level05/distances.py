"""Level 5 — distances between points, and the nearest-neighbour classifier built on them.

A data set is a cloud of points in ``R^d``: each row of ``X`` is one point. Many ML
methods (k-nearest neighbours, k-means, kernels, t-SNE) start from the matrix of
distances between every point of one cloud and every point of another. Computing it
well is a lesson in vectorisation *and* in floating point:

* ``‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y`` turns ``n·m`` distances into one matrix product,
  but the subtraction can cancel (tiny negative results, lost digits far from the origin);
* a "distance" is a choice: L1, L2, L∞, Minkowski, cosine and Mahalanobis distances
  answer different questions about the same points.

Rules for this module: NumPy only. ``scipy.spatial`` (``cdist``, ``KDTree``, …) and
scikit-learn are banned — they are the oracles your results are compared with. Never
modify the arguments. Run ``mlgrade level05 distances`` to grade this file.
"""

import numpy as np


def pairwise_sq_dists(X, Y):
    """Squared Euclidean distance between every row of ``X`` and every row of ``Y``.

    .. math:: D_{ij} = \\lVert x_i - y_j \\rVert^2
              = \\lVert x_i \\rVert^2 + \\lVert y_j \\rVert^2 - 2\\, x_i \\cdot y_j

    In words: the squared length of the difference of two points. Expanding the square
    splits it into the squared norms of each point (one number per row) and the dot
    products of every pair, which is the single matrix product ``X Yᵀ``.

    Parameters
    ----------
    X : ndarray of shape (n, d)
        First cloud, one point per row.
    Y : ndarray of shape (m, d)
        Second cloud, same number of coordinates ``d``.

    Returns
    -------
    D : ndarray of shape (n, m)
        ``D[i, j]`` is the squared distance from ``X[i]`` to ``Y[j]``; every entry ``>= 0``.

    Raises
    ------
    ValueError
        If ``X`` and ``Y`` do not have the same number of columns.

    Notes
    -----
    Banned: ``scipy.spatial`` (``cdist(X, Y, "sqeuclidean")`` is the oracle). No Python
    loops: use the expansion above, with broadcasting to add a column of ``‖x_i‖²`` and a
    row of ``‖y_j‖²`` to ``-2 X Yᵀ``. (Broadcasting the differences into an ``(n, m, d)``
    array also avoids loops, but needs ``n·m·d`` numbers of memory and gets much slower
    than one matrix product as ``d`` grows; the expansion is the method to learn here.)

    Two floating-point traps:

    * rounding can make the expansion slightly *negative* (e.g. ``D[i, i]`` when
      ``X is Y``); a squared distance is never negative, so clamp: ``np.maximum(D, 0)``;
    * far from the origin (coordinates around ``1e8``) the three terms are huge and
      nearly cancel, losing every digit. Distances do not change when both clouds are
      shifted by the same vector, so subtract a common centre (e.g. the mean of all
      points of ``X`` and ``Y``) first.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [1.0, 1.0]])
    >>> Y = np.array([[1.0, 0.0], [3.0, 4.0], [0.0, 0.0]])
    >>> pairwise_sq_dists(X, Y)
    array([[ 1., 25.,  0.],
           [ 1., 13.,  2.]])
    """
    raise NotImplementedError


def cdist_metric(X, Y, metric="euclidean", p=2.0, VI=None):
    """Distance between every row of ``X`` and every row of ``Y`` under a chosen metric.

    With ``u = x - y`` the difference of two points (``d`` coordinates):

    ============== =========================================== ===================================
    ``metric``     formula                                     in words
    ============== =========================================== ===================================
    "euclidean"    ``sqrt(Σ u_k²)``                            straight-line (L2) distance
    "cityblock"    ``Σ |u_k|``                                 L1: walk along the axes
    "chebyshev"    ``max_k |u_k|``                             L∞: the largest coordinate gap
    "minkowski"    ``(Σ |u_k|^p)^(1/p)``                       Lp; p = 1 is L1, p = 2 is L2
    "cosine"       ``1 - x·y / (‖x‖ ‖y‖)``                     1 minus the cosine of the angle
    "mahalanobis"  ``sqrt(uᵀ VI u)``                           L2 after whitening by a covariance
    ============== =========================================== ===================================

    Parameters
    ----------
    X : ndarray of shape (n, d)
    Y : ndarray of shape (m, d)
    metric : str, default "euclidean"
        One of the six names above (the names SciPy uses).
    p : float, default 2.0
        The order of the Minkowski distance, ``1 <= p < inf``; only used by "minkowski".
    VI : ndarray of shape (d, d) or None
        The *inverse* covariance matrix (symmetric positive definite); required by
        "mahalanobis", ignored otherwise.

    Returns
    -------
    D : ndarray of shape (n, m)
        ``D[i, j]`` is the distance from ``X[i]`` to ``Y[j]``.

    Raises
    ------
    ValueError
        If ``metric`` is not one of the six names; if ``metric == "minkowski"`` and
        ``p < 1`` (then the "distance" breaks the triangle inequality: it is not a
        metric); if "mahalanobis" gets no ``VI`` or one of the wrong shape; if ``X`` and
        ``Y`` have different numbers of columns.

    Notes
    -----
    Banned: ``scipy.spatial`` (``scipy.spatial.distance.cdist`` is the oracle).
    Broadcasting ``X[:, None, :] - Y[None, :, :]`` gives all differences as an
    ``(n, m, d)`` array; reduce it along the last axis.

    Cosine distance with a zero vector: the angle is undefined, and ``0 / 0`` would
    give NaN (and a warning, which counts as an error here). Use the convention of
    scikit-learn's ``cosine_distances``: a zero vector has cosine similarity 0 with
    everything, so its cosine distance is 1 (also to another zero vector).

    For "mahalanobis", ``VI`` is already the inverse of the covariance: multiply by it,
    do not invert it again.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [1.0, 0.0]])
    >>> Y = np.array([[3.0, 4.0]])
    >>> cdist_metric(X, Y, "euclidean")
    array([[5.        ],
           [4.47213595]])
    >>> cdist_metric(X, Y, "cityblock")
    array([[7.],
           [6.]])
    >>> cdist_metric(X, Y, "chebyshev")
    array([[4.],
           [4.]])
    >>> cdist_metric(X, Y, "cosine")
    array([[1. ],
           [0.4]])
    """
    raise NotImplementedError


def knn_predict(X_train, y_train, X_test, k):
    """Classify test points by a majority vote of their ``k`` nearest training points.

    For each test point ``x``: find the ``k`` training points closest to ``x`` in
    Euclidean distance, and predict the label that occurs most often among them. If
    several labels get the same (largest) number of votes, predict the **smallest** of
    them (this is what scikit-learn does).

    Parameters
    ----------
    X_train : ndarray of shape (n_train, d)
    y_train : ndarray of shape (n_train,)
        Integer class labels; they need not be ``0, 1, 2, …`` (e.g. ``[-1, 3, 7]``).
    X_test : ndarray of shape (n_test, d)
    k : int
        Number of neighbours, ``1 <= k <= n_train``.

    Returns
    -------
    y_pred : ndarray of shape (n_test,)
        Predicted labels, with the dtype of ``y_train``.

    Raises
    ------
    ValueError
        If ``k < 1`` or ``k > n_train`` (there are not ``k`` neighbours to vote).

    Notes
    -----
    Banned: scikit-learn (``KNeighborsClassifier(algorithm="brute")`` is the oracle) and
    ``scipy.spatial``. No loop over test points: compute all squared distances at once
    with :func:`pairwise_sq_dists` (squaring does not change which points are nearest),
    pick the ``k`` smallest in each row with ``np.argpartition`` (or ``np.argsort``),
    and count votes for all rows at once, e.g. by comparing the neighbours' labels
    with every class (``np.unique`` gives the classes sorted, so ``np.argmax`` of the
    vote counts, which returns the *first* maximum, breaks ties towards the smallest
    label).

    Examples
    --------
    >>> X_train = np.array([[0.0], [1.0], [2.0], [10.0], [11.0]])
    >>> y_train = np.array([7, 7, 3, 3, 3])
    >>> knn_predict(X_train, y_train, np.array([[0.4], [10.2]]), k=3)
    array([7, 3])
    >>> knn_predict(X_train, y_train, np.array([[1.4]]), k=2)   # one vote each: smallest label
    array([3])
    """
    raise NotImplementedError
