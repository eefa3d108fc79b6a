"""Smooth activation functions, sigmoid and softplus, computed without overflow."""

import numpy as np


def sigmoid(z):
    """The logistic function σ(z) = 1 / (1 + e^{-z}), elementwise, without overflow."""
    z_array = np.asarray(z, dtype=float)
    # e^{-z} overflows once -z > 709 (e^{710} is more than the largest float), so the textbook
    # formula warns for z = -1000. Exponentiate only -|z| <= 0, whose exponential lies in (0, 1]:
    #   z >= 0:  σ(z) = 1 / (1 + e^{-z})                      = 1 / (1 + e)
    #   z <  0:  σ(z) = e^{z} / (1 + e^{z})   (multiply by e^{z}/e^{z}) = e / (1 + e)
    # with e = e^{-|z|}. The second branch also keeps tiny values like σ(-40) ≈ 4e-18 accurate;
    # 1 - σ(40) would round to 1 - 1 = 0. For |z| > 745, e underflows to exactly 0, which is the
    # right limit (σ = 1 or 0): underflow is expected here, not an error.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z_array))
    result = np.where(z_array >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    # np.where returns a 0-d array for a scalar z: a number in gives a number out.
    return float(result) if result.ndim == 0 else result


def softplus(z):
    """softplus(z) = log(1 + e^{z}), elementwise, without overflow and without losing tiny values."""
    z_array = np.asarray(z, dtype=float)
    # log(1 + e^{z}) overflows in e^{z} for z > 709. Factor out the larger of 1 and e^{z}:
    #   log(1 + e^{z}) = max(z, 0) + log(1 + e^{-|z|})
    # (for z >= 0: log(e^{z} (e^{-z} + 1)) = z + log(1 + e^{-z}); for z < 0 it is the formula itself).
    # Now the exponential is at most 1, and log1p(t) = log(1 + t) keeps full accuracy for tiny t:
    # for z = -40, 1 + e^{-40} rounds to exactly 1 and log(1) = 0, while log1p(e^{-40}) ≈ 4.2e-18.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z_array))
    result = np.maximum(z_array, 0.0) + np.log1p(e)
    return float(result) if result.ndim == 0 else result
