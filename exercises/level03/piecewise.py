"""Level 3 — piecewise functions: ReLU, leaky ReLU and the Huber function.

A piecewise function splits its domain into pieces and uses a different formula
on each. To write one as code, you need conditions that *partition* the domain:
every input must fall into exactly one piece, including the breakpoints where two
pieces meet. A gap (``r < δ`` for one piece and ``r > δ`` for the other) leaves
the breakpoint with no value; an overlap (``<=`` and ``>=``) gives it two.

In NumPy, a piecewise function works on whole arrays at once:

* ``np.where(cond, a, b)`` takes ``a`` where ``cond`` is true and ``b`` elsewhere
  (but computes all of ``a`` and all of ``b`` first, on every entry);
* ``np.piecewise(x, [cond_1, cond_2, ...], [f_1, f_2, ...])`` evaluates each
  ``f_i`` only on the entries where ``cond_i`` holds;
* a boolean mask, ``out[mask] = formula(x[mask])``, does the same by hand.

Rules for this module: use NumPy only (``np.where``, ``np.piecewise``,
``np.maximum`` and masks are all fine); SciPy and scikit-learn are not allowed.
Never modify the argument: ``z[z < 0] = 0`` changes the caller's array. Run
``mlgrade level03 piecewise`` to grade this file.
"""

import numpy as np


def relu(z):
    """The rectified linear unit, elementwise.

    .. math::

        \\operatorname{relu}(z) = \\begin{cases} z & z > 0 \\\\ 0 & z \\le 0 \\end{cases}
                                = \\max(z, 0)

    In words: keep the positive entries, replace the others by 0. It is the most
    common activation of hidden layers in neural networks.

    Parameters
    ----------
    z : ndarray of any shape

    Returns
    -------
    out : ndarray of the same shape as z

    Notes
    -----
    At the breakpoint ``z = 0`` both pieces give 0, so the function is continuous;
    it must be exact there and everywhere else (no rounding is needed at all).
    The identity ``max(z, 0) = (z + |z|) / 2`` looks tempting but overflows for
    ``z`` near the largest float (``z + |z|`` is twice it): keep the two pieces.

    Examples
    --------
    >>> relu(np.array([-2.0, 0.0, 3.5]))
    array([0. , 0. , 3.5])
    """
    raise NotImplementedError


def leaky_relu(z, alpha=0.01):
    """The leaky ReLU: slope 1 for positive inputs, slope ``alpha`` for the others.

    .. math::

        \\operatorname{leaky}(z) = \\begin{cases} z & z > 0 \\\\ α z & z \\le 0 \\end{cases}

    In words: like ReLU, but negative inputs are scaled down by ``alpha`` instead of
    being zeroed, so their gradient is not exactly 0 (no "dead" units).

    Parameters
    ----------
    z : ndarray of any shape
    alpha : float, default 0.01
        The slope of the negative piece. Usually small and positive, but any real
        number is allowed (``alpha = 0`` gives ReLU, ``alpha = 1`` the identity).

    Returns
    -------
    out : ndarray of the same shape as z

    Notes
    -----
    ``np.maximum(z, alpha * z)`` equals the leaky ReLU only when ``alpha <= 1``:
    write the two pieces, which are right for every ``alpha``.

    Examples
    --------
    >>> leaky_relu(np.array([-2.0, 0.0, 3.0]), alpha=0.1)
    array([-0.2,  0. ,  3. ])
    """
    raise NotImplementedError


def huber(r, delta=1.0):
    """The Huber function of residuals, elementwise: quadratic near 0, linear far away.

    .. math::

        H_δ(r) = \\begin{cases} \\tfrac12 r^2 & |r| \\le δ \\\\
                                δ \\left(|r| - \\tfrac12 δ\\right) & |r| > δ \\end{cases}

    In words: small residuals cost their square (like least squares), large ones
    only grow linearly, so a few outliers cannot dominate a fit (robust regression).
    The linear piece is chosen so that the two pieces meet at ``|r| = δ`` with the
    same value ``½δ²`` and the same slope ``±δ``: ``H_δ`` is smooth.

    Parameters
    ----------
    r : ndarray of any shape
        Residuals (prediction minus target).
    delta : float, default 1.0
        Where the quadratic piece ends; must be positive.

    Returns
    -------
    out : ndarray of the same shape as r
        ``H_δ`` of every entry (not summed or averaged).

    Raises
    ------
    ValueError
        If ``delta <= 0``.

    Notes
    -----
    Floating point: for an outlier ``r = 1e200``, ``½ r²`` overflows to ``inf``
    (with a warning) even though ``H_δ(r) = δ(|r| - ½δ)`` is a perfectly ordinary
    number. ``np.where`` computes both pieces on every entry, so it overflows
    there; evaluate the quadratic piece only where ``|r| <= δ`` (``np.piecewise``
    or a boolean mask do that).

    Examples
    --------
    >>> huber(np.array([-3.0, -1.0, 0.5, 2.0]), delta=1.0)
    array([2.5  , 0.5  , 0.125, 1.5  ])
    """
    raise NotImplementedError
