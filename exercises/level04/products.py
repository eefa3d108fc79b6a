"""Level 4 — matrix products, and cosine similarity between users.

A matrix product is a table of dot products: entry ``(i, j)`` of ``A B`` pairs row ``i`` of ``A``
with column ``j`` of ``B``. Here you build it yourself, first in words (three loops), then with
broadcasting (no loops over entries). Then you use products for the course's running example:
in a ratings matrix ``R`` (one row per user, one column per movie) the cosine of the angle between
two users' rows measures how alike their tastes are, whatever their rating scale.

Rules for this module: NumPy only; scikit-learn and SciPy are not allowed. ``matmul`` may not
use any built-in matrix product (``@``, ``np.dot``, ``.dot``, ``np.matmul``, ``np.einsum``,
``np.tensordot``, ``np.inner``, ``np.vdot``); ``cosine_similarity`` may use ``@``. Never modify
the arguments. Run ``mlgrade level04 products`` to grade this file.
"""

import numpy as np


def matmul(A, B):
    """Matrix product ``A B``, built from dot products with broadcasting.

    .. math:: C_{ij} = \\sum_{t=0}^{k-1} A_{it} B_{tj}

    In words: entry ``(i, j)`` is the dot product of row ``i`` of ``A`` with column ``j`` of
    ``B``, so the inner dimensions must agree: ``(n, k) · (k, m) -> (n, m)``.

    Like ``A @ B``, leading axes are *stacks* of matrices and broadcast: ``A`` of shape
    ``(s, n, k)`` times ``B`` of shape ``(k, m)`` multiplies each of the ``s`` matrices by ``B``.

    Parameters
    ----------
    A : ndarray of shape (..., n, k)
    B : ndarray of shape (..., k, m)
        Leading (stack) axes of ``A`` and ``B`` must broadcast against each other.

    Returns
    -------
    C : ndarray of shape (..., n, m)
        With ``k = 0`` every entry is an empty sum, so ``C`` is all zeros.

    Raises
    ------
    ValueError
        If ``A`` or ``B`` has fewer than 2 dimensions, or ``A.shape[-1] != B.shape[-2]``.

    Notes
    -----
    Banned: ``@``, ``np.dot`` and ``.dot``, ``np.matmul``, ``np.einsum``, ``np.tensordot``,
    ``np.inner``, ``np.vdot``, ``np.linalg.multi_dot`` — the point is to build the product.

    Start with the three loops if it helps, then remove them: ``A[:, :, None]`` has shape
    ``(n, k, 1)`` and ``B[None, :, :]`` has shape ``(1, k, m)``; their product holds every
    ``A[i, t] * B[t, j]`` in an ``(n, k, m)`` array, and summing over ``t`` (``axis=1``) gives
    ``C``. Index from the end (``A[..., :, :, None]``, ``axis=-2``) and stacks work too. A loop
    over rows or entries of ``C`` is far too slow here; a loop over the (short) inner index ``t``
    is fine.

    Examples
    --------
    >>> matmul(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[5.0], [6.0]]))
    array([[17.],
           [39.]])
    >>> matmul(np.ones((2, 0)), np.ones((0, 3)))
    array([[0., 0., 0.],
           [0., 0., 0.]])
    """
    raise NotImplementedError


def cosine_similarity(R):
    """Cosine similarity between every pair of users (rows) of a ratings matrix.

    .. math:: S_{ij} = \\cos(r_i, r_j) = \\frac{r_i \\cdot r_j}{\\lVert r_i \\rVert \\, \\lVert r_j \\rVert}

    In words: the cosine of the angle between two users' rating vectors. It is 1 for users whose
    ratings are proportional (same taste, even if one rates everything twice as high), 0 for
    users with nothing in common, and it ignores how many movies each one rated in total.

    A user with no ratings (a zero row) has no direction: their similarity is defined as ``0``
    with everyone, themselves included (scikit-learn's convention), never NaN.

    Parameters
    ----------
    R : ndarray of shape (n_users, n_items)
        Ratings, one row per user; 0 means "not rated". Integer arrays must work too.

    Returns
    -------
    S : ndarray of shape (n_users, n_users)
        Symmetric, entries in ``[-1, 1]``, ``S[i, i] = 1`` for every user with a rating.

    Raises
    ------
    ValueError
        If ``R`` is not 2-D.

    Notes
    -----
    Banned: scikit-learn (``sklearn.metrics.pairwise.cosine_similarity``) and SciPy.

    Normalise first: with ``U = R / ‖rows‖`` every cosine is a plain dot product, and all
    ``n²`` of them are one matrix product ``U Uᵀ``. Dividing by a norm of 0 gives 0/0 = NaN
    (and a warning, which counts as an error here): divide those rows by 1 instead.

    Examples
    --------
    >>> R = np.array([[5.0, 0.0], [10.0, 0.0], [0.0, 3.0], [0.0, 0.0]])
    >>> cosine_similarity(R)
    array([[1., 1., 0., 0.],
           [1., 1., 0., 0.],
           [0., 0., 1., 0.],
           [0., 0., 0., 0.]])
    """
    raise NotImplementedError
