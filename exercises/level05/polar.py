"""Level 5 — polar coordinates in the plane.

A point of the plane can be given by its Cartesian coordinates ``(x, y)`` or by its
polar coordinates ``(r, θ)``: its distance ``r`` from the origin and the angle ``θ``
from the positive x-axis, counter-clockwise. Polar coordinates make rotations and
circular data (wind directions, phases, the two-spirals data set) easy to handle.

Both functions work on many points at once: one point per row of an ``(n, 2)`` array.

Rules for this module: NumPy only (``np.hypot``, ``np.arctan2``, ``np.cos`` and
``np.sin`` are fine, and are the oracles). No Python loops over points. Never modify
the arguments. Run ``mlgrade level05 polar`` to grade this file.
"""

import numpy as np


def to_polar(P):
    """Cartesian ``(x, y)`` to polar ``(r, θ)``, for every row.

    .. math:: r = \\sqrt{x^2 + y^2}, \\qquad θ = \\operatorname{atan2}(y, x) \\in [-π, π]

    In words: ``r`` is the length of the vector ``(x, y)``, and ``θ`` is its direction,
    measured from the positive x-axis (counter-clockwise positive, clockwise negative).
    ``atan2(y, x)`` is ``arctan(y / x)`` corrected for the quadrant: ``arctan(y / x)``
    alone cannot tell ``(1, 1)`` (θ = π/4) from ``(-1, -1)`` (θ = -3π/4).

    Parameters
    ----------
    P : ndarray of shape (n, 2)
        One point per row: column 0 is ``x``, column 1 is ``y``.

    Returns
    -------
    R : ndarray of shape (n, 2)
        Column 0 is ``r >= 0``, column 1 is ``θ`` in radians, ``-π <= θ <= π``
        (the range of ``np.arctan2``: ``π`` on the negative x-axis). The origin
        maps to ``(0, 0)``.

    Raises
    ------
    ValueError
        If ``P`` is not of shape ``(n, 2)``.

    Notes
    -----
    ``np.arctan2(y, x)`` handles every quadrant, the axes and the origin without
    dividing. ``np.sqrt(x**2 + y**2)`` overflows to ``inf`` for coordinates around
    ``1e200`` although ``r`` itself is a normal float; ``np.hypot(x, y)`` scales
    internally and does not.

    Examples
    --------
    >>> to_polar(np.array([[1.0, 1.0], [-2.0, 0.0], [0.0, -3.0], [0.0, 0.0]]))
    array([[ 1.41421356,  0.78539816],
           [ 2.        ,  3.14159265],
           [ 3.        , -1.57079633],
           [ 0.        ,  0.        ]])
    """
    raise NotImplementedError


def from_polar(R):
    """Polar ``(r, θ)`` to Cartesian ``(x, y)``, for every row.

    .. math:: x = r \\cos θ, \\qquad y = r \\sin θ

    In words: walk a distance ``r`` from the origin in the direction ``θ``. Any real
    ``θ`` is allowed (angles that differ by ``2π`` give the same point).

    Parameters
    ----------
    R : ndarray of shape (n, 2)
        Column 0 is the radius ``r >= 0``, column 1 the angle ``θ`` in radians.

    Returns
    -------
    P : ndarray of shape (n, 2)
        Column 0 is ``x``, column 1 is ``y``.

    Raises
    ------
    ValueError
        If ``R`` is not of shape ``(n, 2)``, or if some radius is negative (a distance
        cannot be negative).

    Notes
    -----
    ``np.cos`` and ``np.sin`` take radians, not degrees.

    Examples
    --------
    >>> np.round(from_polar(np.array([[2.0, 0.0], [1.0, np.pi / 2], [3.0, np.pi]])), 12)
    array([[ 2.,  0.],
           [ 0.,  1.],
           [-3.,  0.]])
    """
    raise NotImplementedError
