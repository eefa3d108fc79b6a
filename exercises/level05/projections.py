"""Level 5 — angles between vectors and orthogonal projections onto a subspace.

The dot product carries the geometry of ``R^d``: ``u·v = ‖u‖ ‖v‖ cos θ`` gives the
angle between two vectors, and "the closest point of a subspace" (least squares,
PCA, the normal equation) is an orthogonal projection, described by a matrix ``P``
with ``P² = P`` (projecting twice changes nothing) and ``Pᵀ = P`` (the residual is
perpendicular to the subspace).

Rules for this module: NumPy only. ``np.linalg.pinv``, ``np.linalg.lstsq`` and
``scipy.linalg`` are banned in :func:`projection_matrix` (each hides the projection
inside one call); ``np.linalg.solve``, ``np.linalg.inv`` and ``np.linalg.qr`` are fine.
Never modify the arguments. Run ``mlgrade level05 projections`` to grade this file.
"""

import numpy as np


def angle(u, v):
    """The angle between two non-zero vectors, in radians.

    .. math:: θ = \\arccos \\frac{u \\cdot v}{\\lVert u \\rVert \\, \\lVert v \\rVert} \\in [0, π]

    In words: divide the dot product by both lengths to get the cosine of the angle,
    then invert the cosine. ``0`` means same direction, ``π/2`` perpendicular, ``π``
    opposite directions.

    Parameters
    ----------
    u : ndarray of shape (d,)
    v : ndarray of shape (d,)

    Returns
    -------
    theta : float
        The angle in radians, ``0 <= theta <= π``.

    Raises
    ------
    ValueError
        If ``u`` or ``v`` is the zero vector (its direction, hence the angle, is
        undefined) or if they have different lengths.

    Notes
    -----
    Three numerical traps:

    * rounding can make the computed cosine ``1.0000000000000002`` for parallel vectors,
      and ``np.arccos`` of a number outside ``[-1, 1]`` is NaN (with a warning, which
      counts as an error here): clip the cosine to ``[-1, 1]`` first;
    * ``‖u‖²`` overflows to ``inf`` for entries around ``1e160`` and underflows to ``0``
      for entries around ``1e-170``, although the angle is perfectly defined. The angle
      does not depend on the lengths: divide each vector by its largest absolute entry
      before anything else;
    * test for the zero vector *before* dividing (``0 / 0`` is NaN, not an error).

    Examples
    --------
    >>> angle(np.array([1.0, 0.0]), np.array([0.0, 2.0]))   # π/2
    1.5707963267948966
    >>> angle(np.array([1.0, 1.0]), np.array([3.0, 0.0]))   # π/4
    0.7853981633974484
    >>> angle(np.array([1.0, 2.0, 3.0]), np.array([-2.0, -4.0, -6.0]))   # π
    3.141592653589793
    """
    raise NotImplementedError


def projection_matrix(B):
    """The matrix of the orthogonal projection onto the span of the columns of ``B``.

    .. math:: P = B (B^T B)^{-1} B^T

    In words: ``P x`` is the point of the subspace spanned by the columns of ``B`` closest
    to ``x``. Writing it as ``B c``, the residual ``x - B c`` must be perpendicular to
    every column, ``Bᵀ (x - B c) = 0``, so ``c = (BᵀB)⁻¹ Bᵀ x`` (the normal equation)
    and ``P x = B (BᵀB)⁻¹ Bᵀ x``. With a QR factorisation ``B = Q R`` (``Q`` with
    orthonormal columns spanning the same subspace) this is simply ``P = Q Qᵀ``.

    Parameters
    ----------
    B : ndarray of shape (d, k)
        ``k <= d`` linearly independent columns (not necessarily orthonormal).

    Returns
    -------
    P : ndarray of shape (d, d)
        Symmetric (``Pᵀ = P``) and idempotent (``P² = P``), with ``P B = B``.

    Raises
    ------
    ValueError
        If ``B`` is not 2-D or has more columns than rows (``k > d`` columns in ``R^d``
        cannot be independent).

    Notes
    -----
    Banned: ``np.linalg.pinv``, ``np.linalg.lstsq`` and ``scipy.linalg`` (``P = B B⁺``
    in one call). ``B Bᵀ`` is the projection only when the columns are orthonormal;
    here they are not. Prefer ``np.linalg.solve(BᵀB, Bᵀ)`` (or QR) to forming an inverse.

    Examples
    --------
    >>> B = np.array([[1.0], [1.0]])          # the line y = x in the plane
    >>> projection_matrix(B)
    array([[0.5, 0.5],
           [0.5, 0.5]])
    >>> projection_matrix(np.array([[2.0, 0.0], [0.0, 3.0], [0.0, 0.0]]))   # the xy-plane in R^3
    array([[1., 0., 0.],
           [0., 1., 0.],
           [0., 0., 0.]])
    """
    raise NotImplementedError
