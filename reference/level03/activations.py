"""Reference sigmoid and softplus: the oracle and the speed baseline (vectorised, numerically careful).

Only NumPy: this module runs in its own worker, and its speed is the bar a learner's vectorised
code is compared with (a whole-array version with a few temporaries, not a hand-tuned kernel).
"""

import numpy as np


def _number_or_array(result):
    return float(result) if result.ndim == 0 else result


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    numerator = np.where(z >= 0, 1.0, e)
    e += 1.0
    numerator /= e  # 1/(1+e) for z >= 0, e/(1+e) for z < 0
    return _number_or_array(numerator)


def softplus(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
    np.log1p(e, out=e)
    e += np.maximum(z, 0.0)  # log(1 + e^z) = max(z, 0) + log1p(e^{-|z|})
    return _number_or_array(e)
