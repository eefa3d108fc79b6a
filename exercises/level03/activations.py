"""Level 3 — smooth activation functions: sigmoid and softplus.

A neural network is a composition of simple functions of one variable applied to
every entry of an array. Two of the most common are smooth:

* the **sigmoid** (logistic function) ``σ(z) = 1 / (1 + e^{-z})`` squashes any real
  number into (0, 1), which is why logistic regression reads it as a probability;
* the **softplus** ``softplus(z) = log(1 + e^{z})`` is a smooth version of
  ``max(z, 0)``; its derivative is the sigmoid.

Both formulas are one line on paper and a trap in floating point: ``e^{z}``
overflows (to ``inf``, with a warning) as soon as ``z > 709``, and ``1 + tiny``
rounds to exactly ``1``. The exercises ask for versions that are exact for every
``z``, from ``-1000`` to ``1000``, without a single floating-point warning.

Rules for this module: use NumPy only; SciPy is not allowed (``scipy.special.expit``
is the sigmoid itself, and the point is to build it), nor is scikit-learn. Work on
whole arrays at once: a Python loop over the entries is far too slow and is graded
as such. Never modify the argument. Run ``mlgrade level03 activations`` to grade
this file.
"""

import numpy as np


def sigmoid(z):
    """The logistic function, elementwise.

    .. math:: σ(z) = \\frac{1}{1 + e^{-z}}

    In words: large positive ``z`` gives almost 1, large negative ``z`` almost 0,
    and ``σ(0) = 1/2``. It is symmetric: ``σ(-z) = 1 - σ(z)``.

    Parameters
    ----------
    z : float or ndarray of any shape
        Real numbers (integers are fine: treat them as floats).

    Returns
    -------
    s : float or ndarray of the same shape as z
        ``σ`` of every entry, as floats. A single number in gives a single
        ``float`` out (not a 0-d array).

    Notes
    -----
    Banned: ``scipy.special.expit`` (and SciPy as a whole); it is the function
    you are writing.

    Floating point: ``np.exp(-z)`` overflows for ``z < -709`` (``e^{710}`` is
    more than the largest float), so the textbook formula warns at ``z = -1000``.
    Rewrite it so that the exponential never gets a positive argument: with
    ``e = e^{-|z|}`` (always in (0, 1]),

    * for ``z >= 0``: ``σ(z) = 1 / (1 + e)``;
    * for ``z < 0``: ``σ(z) = e^{z} / (1 + e^{z}) = e / (1 + e)``
      (multiply the fraction above and below by ``e^{z}``).

    Do not compute ``1 - σ(-z)`` for negative ``z``: ``σ(-40) ≈ 4e-18``, but
    ``1 - σ(40)`` rounds to ``1 - 1 = 0`` (catastrophic cancellation).
    ``np.where(cond, a, b)`` computes *both* ``a`` and ``b`` on every entry, so
    each branch must be safe everywhere. ``e^{-|z|}`` underflows to exactly 0 for
    ``|z| > 745``; that is the right value, and underflow is not an error (wrap
    the exponential in ``with np.errstate(under="ignore"):`` to say you expect it).
    ``np.where`` returns a 0-d array for scalar input: convert it with ``float``.

    Examples
    --------
    >>> sigmoid(0.0)
    0.5
    >>> sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    array([0. , 0.5, 1. ])
    """
    raise NotImplementedError


def softplus(z):
    """The softplus function ``log(1 + e^{z})``, elementwise.

    .. math:: \\operatorname{softplus}(z) = \\log(1 + e^{z})

    In words: a smooth ramp. For large positive ``z`` it is almost ``z``, for large
    negative ``z`` almost 0 (but positive: ``softplus(-40) ≈ 4.2e-18``), and
    ``softplus(0) = log 2``. It is the "smooth ReLU", and its derivative is ``σ(z)``.

    Parameters
    ----------
    z : float or ndarray of any shape
        Real numbers (integers are fine: treat them as floats).

    Returns
    -------
    out : float or ndarray of the same shape as z
        A single number in gives a single ``float`` out.

    Notes
    -----
    Floating point: ``e^{z}`` overflows for ``z > 709``. Take the larger of ``1``
    and ``e^{z}`` out of the logarithm:

    .. math:: \\log(1 + e^{z}) = \\max(z, 0) + \\log(1 + e^{-|z|})

    Now the exponential is at most 1. Then compute ``log(1 + t)`` with
    ``np.log1p(t)``: for ``t = e^{-40} ≈ 4e-18``, ``1 + t`` rounds to exactly 1 and
    ``np.log`` returns 0, while ``np.log1p`` keeps every digit. (``np.logaddexp(0, z)``
    computes the same thing; try to derive it yourself first.)

    Examples
    --------
    >>> softplus(0.0)
    0.6931471805599453
    >>> softplus(np.array([-1000.0, 1000.0]))
    array([   0., 1000.])
    """
    raise NotImplementedError
