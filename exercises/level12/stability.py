"""Level 12 — numerical stability: log-sum-exp, softmax and the condition number.

Floating-point numbers hold about 16 significant digits and stop at ~1.8e308:
``np.exp(710.0)`` is already ``inf`` and ``np.exp(-746.0)`` is ``0``. Formulas that
are fine on paper break on such numbers, so numerical code rewrites them into
equivalent forms that keep every intermediate in range:

* ``log Σ exp(a_i)`` = ``m + log Σ exp(a_i - m)`` with ``m = max a_i`` (every
  exponent is ≤ 0, and the largest term is exactly 1);
* ``softmax(z)`` = ``softmax(z - max z)`` (the shift cancels in the ratio);
* how many digits a linear system can lose is measured by the condition number
  ``κ(A) = σ_max / σ_min``, read off the singular values.

Rules for this module: use NumPy only (``np.linalg.svd`` is fine). SciPy and
scikit-learn are banned for the whole level (``scipy.special.logsumexp`` and
``scipy.special.softmax`` are what you are writing); ``np.logaddexp`` is banned in
``logsumexp`` and ``np.linalg.cond`` in ``condition_number``. Floating-point
warnings (overflow, invalid value, divide by zero) count as errors in the grader;
underflow to 0 is allowed. Never modify the arguments. Run ``mlgrade level12
stability`` to grade this file.
"""

import numpy as np


def logsumexp(a, axis=None):
    """The logarithm of the sum of exponentials, ``log Σ_i exp(a_i)``, computed stably.

    .. math:: \\operatorname{LSE}(a) = \\log \\sum_i e^{a_i} = m + \\log \\sum_i e^{a_i - m},
              \\qquad m = \\max_i a_i

    In words: pull the largest exponent out of the sum. After the shift every
    exponent is ≤ 0, so ``exp`` cannot overflow, and the largest term is exactly
    ``e^0 = 1``, so the sum cannot underflow to 0 and the ``log`` stays finite.
    With ``axis`` the sum runs along that axis only, once for every slice, each
    slice with its *own* maximum.

    Parameters
    ----------
    a : ndarray of any shape
        Finite numbers or ``-inf`` (``e^{-inf} = 0``, a term that contributes nothing).
    axis : int or None, default=None
        The axis to sum over (negative values count from the end); ``None`` sums
        over all entries.

    Returns
    -------
    lse : float or ndarray
        A float when ``axis`` is None; otherwise an array of the shape of ``a``
        with ``axis`` removed (like ``a.sum(axis=axis)``).

    Raises
    ------
    ValueError
        If ``a`` is empty (the log of an empty sum is not a number).

    Notes
    -----
    Banned: SciPy (``scipy.special.logsumexp`` is the oracle) and ``np.logaddexp``
    (it hides the trick you are here to learn).

    * ``log(sum(exp(a)))`` overflows for ``a = [1000, 1000]``: the answer is
      ``1000 + log 2``, but ``exp(1000)`` is ``inf``.
    * Subtract the maximum of each slice (``keepdims=True`` keeps it
      broadcastable), not of the whole array: in a batch whose rows have very
      different scales, a row far below the global maximum underflows to
      ``log(0)``.
    * If every entry of a slice is ``-inf`` the answer is ``-inf``, but the
      maximum is ``-inf`` and ``-inf - (-inf)`` is NaN: shift such slices by 0
      instead, and let ``log(0) = -inf`` happen without a warning
      (``np.errstate(divide="ignore")``).
    * Vectorise: one ``max``, one ``exp``, one ``sum`` along the axis; a Python
      loop over the rows is far too slow.

    Examples
    --------
    >>> logsumexp(np.array([1000.0, 1000.0]))
    1000.6931471805599
    >>> logsumexp(np.array([[0.0, 0.0], [1.0, -np.inf]]), axis=1)
    array([0.69314718, 1.        ])
    >>> logsumexp(np.array([-np.inf, -np.inf]))
    -inf
    """
    raise NotImplementedError


def softmax(z, axis=-1):
    """The softmax of ``z`` along ``axis``, computed stably.

    .. math:: \\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}
              = \\frac{e^{z_i - m}}{\\sum_j e^{z_j - m}}, \\qquad m = \\max_j z_j

    In words: exponentiate and normalise each slice along ``axis`` so that it is
    a probability vector (entries in [0, 1] summing to 1). Subtracting a constant
    from a slice does not change its softmax (``e^{-m}`` cancels in the ratio),
    so subtract the slice's maximum: every exponent is then ≤ 0 and the
    denominator is at least 1.

    Parameters
    ----------
    z : ndarray of any shape
        Logits: finite numbers or ``-inf`` (a masked entry, probability 0). Every
        slice along ``axis`` has at least one finite entry.
    axis : int or None, default=-1
        The axis along which the entries sum to 1 (``-1``: each row of a batch of
        logits). ``None`` normalises the whole array at once (SciPy's default).

    Returns
    -------
    p : ndarray of the same shape as z
        Probabilities; every slice along ``axis`` sums to 1.

    Notes
    -----
    Banned: SciPy (``scipy.special.softmax`` is the oracle).

    * ``np.exp(z) / np.exp(z).sum()`` overflows for logits near 1000 (inf / inf
      is NaN).
    * Subtract each slice's own maximum (``keepdims=True``), not the maximum of the
      whole batch: in a batch mixing logits near +1000 and near −1000, the rows
      far below the global maximum become 0 / 0.
    * Vectorise: a Python loop over the rows is far too slow.

    Examples
    --------
    >>> softmax(np.array([[1000.0, 1000.0], [0.0, np.log(3.0)]]))
    array([[0.5 , 0.5 ],
           [0.25, 0.75]])
    """
    raise NotImplementedError


def condition_number(A):
    """The 2-norm condition number ``κ(A) = σ_max / σ_min`` from the singular values of ``A``.

    .. math:: κ(A) = \\|A\\|_2 \\, \\|A^{+}\\|_2 = \\frac{σ_{\\max}(A)}{σ_{\\min}(A)}

    In words: ``A`` stretches some unit vector by ``σ_max`` and squashes another
    by ``σ_min``; their ratio bounds how much a relative error in ``b`` can be
    amplified in the solution of ``A x = b``. Roughly, solving loses
    ``log10 κ(A)`` of the ~16 digits of a float. For a rectangular ``A`` the
    singular values are the ``min(m, n)`` values returned by the SVD.

    Parameters
    ----------
    A : ndarray of shape (m, n)
        Any real matrix (square or rectangular, m, n >= 1).

    Returns
    -------
    kappa : float
        ``σ_max / σ_min`` (always >= 1); ``np.inf`` when the smallest singular
        value is exactly 0 (a singular matrix, including the zero matrix).

    Raises
    ------
    ValueError
        If ``A`` is not a non-empty 2-D array.

    Notes
    -----
    Banned: ``np.linalg.cond`` (the oracle) and SciPy. Use
    ``np.linalg.svd(A, compute_uv=False)``, which returns the singular values in
    descending order.

    * Dividing by ``σ_min = 0`` raises a divide-by-zero warning (0 / 0 for the
      zero matrix is invalid): test for 0 and return ``np.inf``.
    * Do not go through ``Aᵀ A`` (``κ(AᵀA) = κ(A)²``): for the 12×12 Hilbert
      matrix, ``κ ≈ 1.7e16``, its eigenvalues are pure rounding noise.
    * Eigenvalues are not singular values unless ``A`` is symmetric positive
      semi-definite; ``np.linalg.norm(A)`` is the Frobenius norm, not ``‖A‖₂``.

    Examples
    --------
    >>> condition_number(np.array([[3.0, 0.0], [0.0, 0.5]]))
    6.0
    >>> condition_number(np.array([[1.0, 0.0], [2.0, 0.0]]))
    inf
    """
    raise NotImplementedError
