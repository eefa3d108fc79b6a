"""Statistics the level-8 suites hand to learner code (the ``stat`` of ``bootstrap_ci``).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference. Each statistic is vectorised like
the ones ``scipy.stats.bootstrap(..., vectorized=True)`` takes: ``stat(samples, axis=-1)``
reduces along ``axis``, so one call on a ``(n_boot, n)`` array gives all ``n_boot`` values.
"""

import numpy as np


class Statistic:
    """``stat(sample, axis=-1)``: the mean, median or standard deviation (ddof = 1) along ``axis``.

    Parameters
    ----------
    name : {"mean", "median", "std"}
    """

    FUNCTIONS = {
        "mean": lambda sample, axis: np.mean(sample, axis=axis),
        "median": lambda sample, axis: np.median(sample, axis=axis),
        "std": lambda sample, axis: np.std(sample, axis=axis, ddof=1),
    }

    def __init__(self, name):
        if name not in self.FUNCTIONS:
            raise ValueError(f"unknown statistic {name!r}")
        self.name = name

    def __call__(self, sample, axis=-1):
        return self.FUNCTIONS[self.name](np.asarray(sample, dtype=float), axis)

    def __repr__(self):
        return f"the sample {self.name}"
