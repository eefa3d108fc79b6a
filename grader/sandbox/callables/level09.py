"""Functions the level-9 suites hand to learner code (``grad_fn`` of ``minibatch_sgd``).

This module imports only NumPy: the sandbox worker loads it by path so that these
objects cross the process boundary by reference, as plain data plus a class name.
"""

import numpy as np


class LeastSquaresGradient:
    """``grad_fn(w, X_batch, y_batch) = X_bᵀ (X_b w - y_b) / m``: the gradient of the batch's
    mean of ``½ (x·w - y)²`` over its ``m`` rows."""

    def __call__(self, w, X_batch, y_batch):
        X_batch = np.asarray(X_batch, dtype=float)
        residual = X_batch @ np.asarray(w, dtype=float) - np.asarray(y_batch, dtype=float)
        return X_batch.T @ residual / X_batch.shape[0]

    def __repr__(self):
        return "the least-squares gradient Xᵀ(Xw - y)/m"
