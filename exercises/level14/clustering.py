"""Level 14 — clustering: k-means (Lloyd's algorithm) and Gaussian mixtures by EM.

Both algorithms alternate two steps. **k-means** assigns every sample to its
nearest centroid, then moves each centroid to the mean of its samples; it
minimises the *inertia* ``Σ_i |x_i - c_{label_i}|²``. A **Gaussian mixture**
assigns every sample *softly* (a responsibility ``r_ij`` for each component),
then re-estimates each component's weight, mean and covariance from the
weighted samples (expectation–maximisation, EM); every EM step can only raise
the log-likelihood.

In the running example, rows of ``X`` are users described by a few taste
features: k-means finds groups of similar users, the mixture also learns how
spread out and how correlated each group is.

Rules for this module: NumPy only. scikit-learn and SciPy are banned for the
whole level (``scipy.special.logsumexp`` included: write the log-sum-exp
yourself). In :func:`gmm_e_step` and :func:`gmm_em`, ``np.linalg.inv``,
``np.linalg.pinv`` and ``np.linalg.det`` are banned: use a Cholesky factor
(``np.linalg.cholesky``) and ``np.linalg.solve``. Never modify the arguments.
Run ``mlgrade level14 clustering`` to grade this file.
"""

import numpy as np


def kmeans_assign(X, centroids):
    """Index of the nearest centroid for every sample (the k-means assignment step).

    .. math:: \\text{label}_i = \\arg\\min_j \\|x_i - c_j\\|^2, \\qquad
              \\|x - c\\|^2 = \\|x\\|^2 - 2\\, x \\cdot c + \\|c\\|^2

    In words: for every pair (sample, centroid) take the squared Euclidean
    distance and keep, per sample, the centroid with the smallest one. The
    expansion on the right turns all ``n·k`` cross terms ``x·c`` into a single
    matrix product ``X Cᵀ`` of shape (n, k).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
        Samples, one per row.
    centroids : ndarray of shape (n_clusters, n_features)
        Centroids, one per row.

    Returns
    -------
    labels : ndarray of shape (n_samples,), integer dtype
        ``labels[i]`` is the index of the centroid nearest to ``X[i]``. **Ties
        go to the lowest index** (``np.argmin`` already returns the first
        minimum).

    Raises
    ------
    ValueError
        If ``X`` or ``centroids`` is not 2-D or their numbers of features differ.

    Notes
    -----
    Do not loop over samples (too slow: graded against a vectorised
    reference). Broadcasting ``X[:, None, :] - centroids[None, :, :]`` works
    too but builds an (n, k, d) array; the expansion needs only (n, k).
    Every term matters except ``|x|²``, which is the same for all centroids of
    a row: dropping ``|c|²`` changes the answer.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [1.0, 0.0], [4.0, 0.0], [5.0, 0.0]])
    >>> kmeans_assign(X, np.array([[0.0, 0.0], [5.0, 0.0]]))
    array([0, 0, 1, 1])
    >>> kmeans_assign(np.array([[1.0, 0.0]]), np.array([[0.0, 0.0], [2.0, 0.0]]))  # a tie
    array([0])
    """
    raise NotImplementedError


def kmeans(X, init, n_iter=100, tol=0.0):
    """k-means by Lloyd's algorithm, starting from the given centroids.

    Repeat at most ``n_iter`` times:

    1. assignment: ``labels = kmeans_assign(X, centroids)``;
    2. update: move every centroid to the mean of the samples assigned to it,
       ``c_j = (1 / |S_j|) Σ_{i ∈ S_j} x_i``;
    3. stop early if the total squared shift ``Σ_j |c_j^new - c_j^old|² <= tol``.

    Then assign once more, so that the returned labels and inertia belong to
    the returned centroids, and compute the inertia
    ``Σ_i |x_i - c_{label_i}|²`` (a **sum**, not a mean).

    With ``tol = 0`` this is exactly scikit-learn's
    ``KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", max_iter=n_iter, tol=0)``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    init : ndarray of shape (n_clusters, n_features)
        Initial centroids. Not modified.
    n_iter : int, default 100
        Largest number of (assignment, update) rounds, ``>= 1``.
    tol : float, default 0.0
        Stop when the total squared centroid shift of a round is ``<= tol``.

    Returns
    -------
    centroids : ndarray of shape (n_clusters, n_features)
        Final centroids, in the order of ``init``.
    labels : ndarray of shape (n_samples,), integer dtype
        Nearest final centroid of each sample (ties to the lowest index).
    inertia : float
        Sum of squared distances of the samples to their centroid.

    Raises
    ------
    ValueError
        If the shapes do not match or ``n_iter < 1``.

    Notes
    -----
    **Empty clusters.** A centroid that gets no sample has no mean (0 / 0,
    a NaN and a warning). Here it **stays where it was** for that round
    (scikit-learn instead moves it to a far-away sample).

    The update must not loop over samples: per-cluster sums are
    ``one_hot.T @ X`` (or ``np.bincount`` with weights, or one boolean mask per
    cluster). Banned: scikit-learn.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [1.0, 0.0], [4.0, 0.0], [5.0, 0.0]])
    >>> centroids, labels, inertia = kmeans(X, np.array([[0.0, 0.0], [1.0, 0.0]]))
    >>> centroids, labels, inertia
    (array([[0.5, 0. ],
           [4.5, 0. ]]), array([0, 0, 1, 1]), 1.0)
    >>> kmeans(X, np.array([[0.0, 0.0], [1.0, 0.0], [100.0, 0.0]]))[0][2]  # empty: stays
    array([100.,   0.])
    """
    raise NotImplementedError


def gmm_e_step(X, weights, means, covariances):
    """E-step of a Gaussian mixture, in log space: log-responsibilities and log-likelihood.

    For component ``j`` with weight ``π_j``, mean ``μ_j`` and covariance
    ``Σ_j = L_j L_jᵀ`` (Cholesky),

    .. math:: \\log π_j \\mathcal N(x | μ_j, Σ_j) = \\log π_j - \\tfrac12 \\left(
              d \\log 2π + \\log|Σ_j| + \\|L_j^{-1}(x - μ_j)\\|^2 \\right),
              \\qquad \\log|Σ_j| = 2 \\sum_m \\log (L_j)_{mm}

    .. math:: \\log p(x_i) = \\operatorname{logsumexp}_j \\log π_j \\mathcal N(x_i | j),
              \\qquad \\log r_{ij} = \\log π_j \\mathcal N(x_i | j) - \\log p(x_i)

    In words: score every sample under every component in logs, normalise each
    row with the log-sum-exp trick (subtract the row maximum ``m_i`` before
    exponentiating: ``logsumexp(a) = m + log Σ exp(a - m)``), and report the
    average log-likelihood ``(1/n) Σ_i log p(x_i)``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    weights : ndarray of shape (n_components,)
        Mixing weights ``π``, positive, summing to 1.
    means : ndarray of shape (n_components, n_features)
    covariances : ndarray of shape (n_components, n_features, n_features)
        Symmetric positive definite.

    Returns
    -------
    log_resp : ndarray of shape (n_samples, n_components)
        ``log r_ij``; every row of ``exp(log_resp)`` sums to 1.
    log_likelihood : float
        The **mean** over samples of ``log p(x_i)`` (scikit-learn's convention).

    Raises
    ------
    ValueError
        If the shapes do not match, a weight is not positive, or a covariance is
        not positive definite (``np.linalg.LinAlgError`` from
        ``np.linalg.cholesky`` is a ``ValueError``, so letting it through is fine).

    Notes
    -----
    Why logs: in 20 dimensions a sample a few standard deviations from every
    component has densities like ``e^-800``, which underflow to 0; normalising
    them gives 0 / 0. Work with log-densities throughout and exponentiate only
    after subtracting the row maximum.

    Banned: ``np.linalg.inv``, ``np.linalg.pinv``, ``np.linalg.det`` (``det``
    underflows in high dimension, ``inv`` is slower and less accurate than a
    triangular solve with the Cholesky factor), and ``scipy`` (so no
    ``scipy.special.logsumexp``). A loop over the ``k`` components is fine; a
    loop over samples is too slow.

    Examples
    --------
    >>> X = np.array([[0.0], [2.0]])
    >>> log_resp, ll = gmm_e_step(X, np.array([0.5, 0.5]), np.array([[0.0], [2.0]]),
    ...                           np.array([[[1.0]], [[1.0]]]))
    >>> np.round(np.exp(log_resp), 4), round(ll, 4)
    (array([[0.8808, 0.1192],
           [0.1192, 0.8808]]), -1.4852)
    """
    raise NotImplementedError


def gmm_em(X, weights, means, covariances, n_iter=100, reg_covar=1e-6):
    """Fit a Gaussian mixture with full covariances by EM, from the given start.

    Each of the ``n_iter`` iterations does:

    1. E-step with the current parameters: ``log_resp, ll = gmm_e_step(...)``;
       record ``log_likelihoods[t] = ll`` (so entry 0 is the log-likelihood of
       the *initial* parameters, and entry ``t`` that of the parameters after
       ``t`` updates);
    2. M-step with ``r = exp(log_resp)``:

       .. math:: N_j = \\sum_i r_{ij}, \\quad π_j = N_j / n, \\quad
                 μ_j = \\frac{1}{N_j} \\sum_i r_{ij} x_i, \\quad
                 Σ_j = \\frac{1}{N_j} \\sum_i r_{ij} (x_i - μ_j)(x_i - μ_j)^T + \\text{reg\\_covar} \\cdot I

       using the *new* mean ``μ_j`` in ``Σ_j``.

    No early stopping. This is scikit-learn's ``GaussianMixture(covariance_type="full",
    weights_init=weights, means_init=means, precisions_init=inv(covariances),
    max_iter=n_iter, tol=0, reg_covar=reg_covar)``; its ``lower_bound_`` is
    ``log_likelihoods[-1]``. Component ``j`` of the result continues component
    ``j`` of the start (the order is kept).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    weights : ndarray of shape (n_components,)
    means : ndarray of shape (n_components, n_features)
    covariances : ndarray of shape (n_components, n_features, n_features)
        The starting parameters. Not modified.
    n_iter : int, default 100
        Number of EM iterations, ``>= 1``.
    reg_covar : float, default 1e-6
        Added to the diagonal of every covariance in the M-step, so that it
        stays positive definite.

    Returns
    -------
    weights : ndarray of shape (n_components,)
    means : ndarray of shape (n_components, n_features)
    covariances : ndarray of shape (n_components, n_features, n_features)
        The parameters after ``n_iter`` M-steps.
    log_likelihoods : ndarray of shape (n_iter,)
        Mean log-likelihood before each M-step. EM never decreases it.

    Raises
    ------
    ValueError
        If the shapes do not match or ``n_iter < 1``.

    Notes
    -----
    Reuse :func:`gmm_e_step`; work in log space (the grader uses 20-dimensional
    data where densities underflow). You may add ``10 * np.finfo(float).eps``
    to ``N_j`` as scikit-learn does, so an empty component does not divide by 0.
    Banned: scikit-learn, SciPy, ``np.linalg.inv``, ``np.linalg.pinv``,
    ``np.linalg.det``.

    Examples
    --------
    >>> X = np.array([[0.0], [0.2], [3.0], [3.2]])
    >>> w, mu, cov, ll = gmm_em(X, np.array([0.5, 0.5]), np.array([[0.0], [1.0]]),
    ...                         np.array([[[1.0]], [[1.0]]]), n_iter=20)
    >>> np.round(w, 3), np.round(mu.ravel(), 3), np.round(cov.ravel(), 4)
    (array([0.5, 0.5]), array([0.1, 3.1]), array([0.01, 0.01]))
    >>> bool(np.all(np.diff(ll) >= 0))
    True
    """
    raise NotImplementedError
