"""Seeded test data shaped like the course's running example (users × movies).

Every generator takes a ``numpy.random.Generator`` so a suite's data is fixed by
the run seed and the test id.
"""

import numpy as np


def ratings_like(rng, n_users, n_movies, *, rank=3, offset=3.0):
    """Ratings-like data: a low-rank "taste" structure plus noise, around ``offset``.

    The covariance has well-separated eigenvalues (so principal axes are unique)
    and a full-rank noise floor.

    Returns
    -------
    R : ndarray of shape (n_users, n_movies)
    """
    rank = min(rank, n_movies)
    tastes = rng.normal(size=(n_users, rank)) * (3.0 ** -np.arange(rank))[None, :] * 2.0
    movies = np.linalg.qr(rng.normal(size=(n_movies, rank)))[0].T
    noise_scales = np.linspace(0.3, 0.05, n_movies)
    return offset + tastes @ movies + rng.normal(size=(n_users, n_movies)) * noise_scales


def regression_data(rng, n, d, *, noise=0.1):
    """``X`` standard normal, ``y = X w + noise``; returns ``X, y, w``."""
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d)
    return X, X @ w + noise * rng.normal(size=n), w


def ill_conditioned(rng, n, d, condition):
    """A matrix of shape (n, d) with singular values spread log-uniformly over ``condition``."""
    U = np.linalg.qr(rng.normal(size=(n, d)))[0]
    V = np.linalg.qr(rng.normal(size=(d, d)))[0]
    return (U * np.logspace(0, -np.log10(condition), d)) @ V.T


def two_moons(rng, n, *, noise=0.1):
    """Two interleaving half circles (not linearly separable); returns ``X (n, 2), y (n,)`` ints."""
    half = n // 2
    t_outer = rng.uniform(0, np.pi, n - half)
    t_inner = rng.uniform(0, np.pi, half)
    outer = np.column_stack([np.cos(t_outer), np.sin(t_outer)])
    inner = np.column_stack([1 - np.cos(t_inner), 0.5 - np.sin(t_inner)])
    X = np.vstack([outer, inner]) + noise * rng.normal(size=(n, 2))
    y = np.concatenate([np.zeros(n - half, dtype=np.int64), np.ones(half, dtype=np.int64)])
    order = rng.permutation(n)
    return X[order], y[order]


def spiral(rng, n_per_class, n_classes=3, *, noise=0.2):
    """Interleaved spiral arms, one per class; returns ``X (n, 2), y (n,)`` ints."""
    radius = np.tile(np.linspace(0.0, 1.0, n_per_class), n_classes)
    labels = np.repeat(np.arange(n_classes), n_per_class)
    theta = labels * 4.0 + radius * 4.0 + noise * rng.normal(size=radius.size)
    X = np.column_stack([radius * np.sin(theta), radius * np.cos(theta)])
    order = rng.permutation(radius.size)
    return X[order], labels[order].astype(np.int64)
