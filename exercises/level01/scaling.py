"""Level 1 — feature scaling of a ratings matrix.

In the running example ``R`` is a ratings matrix: one row per user, one column per movie.
Before comparing movies (or feeding them to a model), each column is put on a common
scale, *column by column*:

* min-max scaling maps each column onto ``[0, 1]`` (scikit-learn's ``MinMaxScaler``);
* the z-score centres each column on 0 with standard deviation 1 (``StandardScaler``).

Two floating-point traps are the heart of this module. A *constant column* (every user
gave the movie the same rating) has range 0 and standard deviation 0, so the formulas
divide 0 by 0: such columns must come out as 0, without any warning. And the variance
must be computed in two passes (centre, then average the squares): the one-pass formula
``E[x²] - E[x]²`` subtracts two nearly equal large numbers and loses every digit when
the mean is large compared with the spread.

Rules for this module: NumPy only (scikit-learn and SciPy are not allowed; ``np.std``,
``np.var`` and their methods are banned in :func:`zscore`). Floating-point warnings
(overflow, invalid value, division by zero) count as errors. Never modify the argument.
Run ``mlgrade level01 scaling`` to grade this file.
"""

import numpy as np


def minmax_scale(R):
    """Rescale every column of ``R`` to the range [0, 1].

    .. math:: \\tilde R_{ij} = \\frac{R_{ij} - \\min_k R_{kj}}{\\max_k R_{kj} - \\min_k R_{kj}}

    In words: in each column (movie), the lowest rating becomes 0, the highest becomes 1,
    and everything in between keeps its relative position. A constant column (max = min)
    becomes all 0, as in ``MinMaxScaler``.

    Parameters
    ----------
    R : ndarray of shape (n_users, n_movies)
        Ratings, floats or integers (e.g. 1 to 5 stars); at least one row.

    Returns
    -------
    R_scaled : ndarray of float64 of shape (n_users, n_movies)
        Every column in [0, 1] (all 0 for a constant column).

    Raises
    ------
    ValueError
        If ``R`` is not 2-D or has no rows.

    Notes
    -----
    Reduce along ``axis=0`` (down each column: one minimum per movie) and let
    broadcasting apply the ``(n_movies,)`` vectors to every row. Do not loop over users
    or movies.

    For a constant column the division is ``0 / 0``: NaN, with an "invalid value"
    warning (an error here). Replace a zero range by 1 *before* dividing: ``(R - min) /
    1 = 0``. Note that ``np.where(span == 0, 0.0, (R - low) / span)`` does not help — it
    computes the division everywhere first, then picks.

    Integer input: convert to float first (``np.asarray(R, dtype=float)``); never modify
    ``R`` in place.

    Examples
    --------
    >>> minmax_scale(np.array([[1.0, 4.0, 3.0], [3.0, 2.0, 3.0], [2.0, 0.0, 3.0]]))
    array([[0. , 1. , 0. ],
           [1. , 0.5, 0. ],
           [0.5, 0. , 0. ]])
    """
    raise NotImplementedError


def zscore(R):
    """Standardise every column of ``R``: mean 0, standard deviation 1.

    .. math:: Z_{ij} = \\frac{R_{ij} - μ_j}{σ_j}, \\qquad μ_j = \\frac1n \\sum_i R_{ij}, \\qquad
              σ_j = \\sqrt{\\frac1n \\sum_i (R_{ij} - μ_j)^2}

    In words: in each column (movie), subtract the column's mean rating and divide by its
    standard deviation, so a z-score says "how many standard deviations above this
    movie's average" a rating is. ``σ`` is the *population* standard deviation (divide by
    ``n``, not ``n - 1``), as in ``StandardScaler``. A constant column becomes all 0.

    Parameters
    ----------
    R : ndarray of shape (n_users, n_movies)
        Ratings, floats or integers; at least one row.

    Returns
    -------
    Z : ndarray of float64 of shape (n_users, n_movies)
        Each column with mean 0 and standard deviation 1 (all 0 for a constant column).

    Raises
    ------
    ValueError
        If ``R`` is not 2-D or has no rows.

    Notes
    -----
    Banned: ``np.std``, ``np.var``, ``np.nanstd``, ``np.nanvar`` and the ``.std()`` /
    ``.var()`` methods — compute σ from its definition. ``np.mean`` is fine.

    Two passes: first the means, then the mean of the *centred* squares. The one-pass
    shortcut ``E[x²] - E[x]²`` is exact on paper and useless in floats when the mean is
    large: for ratings around 1e8, ``E[x²] ≈ 1e16``, where consecutive floats are 2 apart,
    so the difference is rounding noise (sometimes negative, and ``sqrt`` warns).

    Constant columns: detect them *exactly*, by ``max == min`` along the column. Testing
    ``σ == 0`` is not enough: the computed mean of seven 0.1s is
    ``0.10000000000000002``, so the computed σ is ``1.4e-17`` and ``(R - μ) / σ`` would
    turn that rounding noise into z-scores of ±1. Use a safe divisor (1) there and
    return 0, without computing ``0 / 0``.

    Examples
    --------
    >>> zscore(np.array([[1.0, 5.0], [3.0, 5.0]]))
    array([[-1.,  0.],
           [ 1.,  0.]])
    """
    raise NotImplementedError
