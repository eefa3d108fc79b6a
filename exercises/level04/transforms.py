"""Level 4 — rotations, and linear and affine maps applied to batches of points.

A linear map of the plane is fixed by where it sends the basis vectors: those images are the
columns of its matrix. A rotation keeps every length and every angle (its matrix is orthogonal,
``Rᵀ R = I``) and keeps orientation (``det R = 1``). Adding a translation gives an *affine* map,
``p ↦ L p + t``, which is linear in homogeneous coordinates: append a 1 to every point and use
the ``(d + 1) × (d + 1)`` matrix ``[[L, t], [0, 1]]``. This is how graphics pipelines and image
augmentation move whole clouds of points at once.

Points are stored as the *rows* of an array ``P`` of shape ``(n_points, d)``, as samples are in
ML; the math writes them as column vectors ``p``, so mind the transpose.

Rules for this module: NumPy only; SciPy (``scipy.spatial.transform``) and scikit-learn are not
allowed. Angles are in radians. Never modify the arguments. Run ``mlgrade level04 transforms``
to grade this file.
"""

import numpy as np


def rotation_matrix(theta):
    """Matrix of the counterclockwise rotation of the plane by ``theta`` radians.

    .. math:: R(θ) = \\begin{pmatrix} \\cos θ & -\\sin θ \\\\ \\sin θ & \\cos θ \\end{pmatrix}

    In words: the first column is where ``e₁ = (1, 0)`` goes, ``(cos θ, sin θ)``; the second is
    where ``e₂ = (0, 1)`` goes, ``(-sin θ, cos θ)``. Positive angles turn ``e₁`` towards ``e₂``.

    For an array of angles, return one matrix per angle: ``R[i]`` is the matrix of ``theta[i]``.

    Parameters
    ----------
    theta : float or ndarray of shape (...)
        Angle(s) in radians.

    Returns
    -------
    R : ndarray of shape (..., 2, 2)
        ``(2, 2)`` for a single angle, ``theta.shape + (2, 2)`` for an array. Every ``R`` is
        orthogonal (``Rᵀ R = I``: lengths and angles are preserved), has ``det R = 1``, and
        ``R(a) R(b) = R(a + b)``; ``R(2π)`` is the identity up to rounding.

    Notes
    -----
    ``np.array([[c, -s], [s, c]])`` with arrays ``c`` and ``s`` puts the angle axis *last*
    (shape ``(2, 2, n)``); build the result so that the 2×2 comes last instead, e.g. with
    ``np.stack(..., axis=-1)``. Compute ``np.cos`` and ``np.sin`` of the whole array once: a
    Python loop over the angles is too slow here.

    Examples
    --------
    >>> np.round(rotation_matrix(np.pi / 2), 12)
    array([[ 0., -1.],
           [ 1.,  0.]])
    >>> rotation_matrix(np.zeros(3)).shape
    (3, 2, 2)
    """
    raise NotImplementedError


def transform_points(M, P):
    """Apply a linear or affine map to every point (row) of ``P``.

    .. math:: p \\mapsto M p \\quad (M \\text{ is } d × d), \\qquad
              p \\mapsto L p + t \\quad \\left(M = \\begin{pmatrix} L & t \\\\ 0 & 1 \\end{pmatrix}
              \\text{ is } (d+1) × (d+1)\\right)

    In words: a ``(d, d)`` matrix is a linear map; a ``(d + 1, d + 1)`` matrix is an affine map
    in homogeneous coordinates, whose top-left ``d × d`` block ``L`` is the linear part, whose
    last column ``t = M[:d, d]`` is the translation, and whose last row is ``(0, …, 0, 1)``.

    Parameters
    ----------
    M : ndarray of shape (d, d) or (d + 1, d + 1)
    P : ndarray of shape (n_points, d)
        One point per row.

    Returns
    -------
    P_new : ndarray of shape (n_points, d)
        Row ``i`` is the image of row ``i`` of ``P`` (without the homogeneous 1).

    Raises
    ------
    ValueError
        If ``P`` is not 2-D, or ``M`` is neither ``(d, d)`` nor ``(d + 1, d + 1)``.

    Notes
    -----
    With points as rows, ``M pᵢ`` for every ``i`` is the single product ``P Mᵀ`` (transpose
    ``(M p)ᵀ = pᵀ Mᵀ``); the translation then broadcasts over the rows. Transform the whole
    batch at once: a Python loop over the points is far too slow here.

    Examples
    --------
    >>> M = np.array([[1.0, 0.0, 10.0], [0.0, 1.0, 20.0], [0.0, 0.0, 1.0]])  # shift by (10, 20)
    >>> transform_points(M, np.array([[1.0, 2.0], [3.0, 4.0]]))
    array([[11., 22.],
           [13., 24.]])
    >>> np.round(transform_points(rotation_matrix(np.pi / 2), np.array([[1.0, 0.0]])), 12)
    array([[0., 1.]])
    """
    raise NotImplementedError
