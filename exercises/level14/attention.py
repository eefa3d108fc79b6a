"""Level 14 — attention and positional encodings.

A Transformer layer is mostly matrix products plus two ideas you build here:

* **scaled dot-product attention**: every query ``q_i`` looks at every key ``k_j``, turns the
  similarities ``q_i · k_j / √d`` into weights with a softmax, and returns the weighted average of
  the values ``v_j``;
* **sinusoidal positional encodings**: attention ignores the order of its inputs, so each position
  ``pos`` gets a fixed vector of sines and cosines of different frequencies added to its embedding.

Rules for this module: use NumPy only. PyTorch, JAX, TensorFlow, SciPy and scikit-learn are not
allowed (``scipy.special.softmax`` and ``torch.nn.functional.scaled_dot_product_attention`` would
do the work for you). Floating-point warnings (overflow, invalid value, divide by zero) count as
errors: an ``exp`` that overflows fails the check. Never modify the arguments. Run
``mlgrade level14 attention`` to grade this file.
"""

import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Scaled dot-product attention, batched over any leading axes.

    .. math::

        S = \\frac{Q K^T}{\\sqrt{d}}, \\qquad
        A_{ij} = \\frac{e^{S_{ij}}}{\\sum_{j'} e^{S_{ij'}}}, \\qquad
        \\text{output} = A V

    In words: the score of query ``i`` for key ``j`` is their dot product divided by ``√d``
    (``d`` = the size of a query/key vector); a softmax along each row turns the scores into
    weights that are positive and sum to 1; each output row is the weighted average of the rows
    of ``V``. The division by ``√d`` keeps scores of order 1 when ``d`` is large (a dot product of
    two random unit-variance vectors has variance ``d``), so the softmax does not saturate.

    Masking: where ``mask[..., i, j]`` is False, query ``i`` may not attend to key ``j``; treat
    its score as ``-∞`` so that its weight is exactly 0 (``e^{-∞} = 0``).

    **Fully masked row (the spec):** if a query may attend to no key at all, its row of weights
    is all zeros and its output row is all zeros — no NaN, no warning.

    Parameters
    ----------
    Q : ndarray of shape (..., n_q, d)
        Queries, one per row. Leading axes (batch, heads, ...) are the same for Q, K and V.
    K : ndarray of shape (..., n_k, d)
        Keys, one per row.
    V : ndarray of shape (..., n_k, d_v)
        Values, one row per key.
    mask : ndarray of bool, broadcastable to shape (..., n_q, n_k), or None
        True where the query may attend to the key. None means every key is allowed.
        E.g. a causal mask is ``np.tril(np.ones((n, n), dtype=bool))``.

    Returns
    -------
    output : ndarray of shape (..., n_q, d_v)
        ``A V``.
    weights : ndarray of shape (..., n_q, n_k)
        The attention weights ``A``: every row sums to 1, except fully masked rows (all 0).

    Raises
    ------
    ValueError
        If the shapes do not fit: ``Q`` and ``K`` must have the same last axis ``d``, and ``K``
        and ``V`` the same number of rows ``n_k``.

    Notes
    -----
    Banned: PyTorch/JAX/TensorFlow and SciPy (``scipy.special.softmax``). A softmax of scores
    like 1e4 overflows if you exponentiate them directly: subtract each row's maximum first
    (the softmax does not change). With a mask, a fully masked row has maximum ``-∞``, and
    ``-∞ - (-∞)`` is NaN: handle that row on purpose. Use ``np.matmul`` (or ``@``) and
    ``np.swapaxes(K, -1, -2)`` so that leading batch axes are handled in one call; a Python loop
    over queries is far too slow.

    Examples
    --------
    >>> Q = np.array([[1.0, 0.0], [0.0, 0.0]])
    >>> K = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> V = np.array([[1.0, 2.0], [3.0, 4.0]])
    >>> output, weights = scaled_dot_product_attention(Q, K, V)
    >>> np.round(weights, 4)
    array([[0.6698, 0.3302],
           [0.5   , 0.5   ]])
    >>> np.round(output, 4)
    array([[1.6605, 2.6605],
           [2.    , 3.    ]])
    >>> mask = np.array([[True, False], [False, False]])   # row 1 may attend to nothing
    >>> output, weights = scaled_dot_product_attention(Q, K, V, mask)
    >>> weights
    array([[1., 0.],
           [0., 0.]])
    >>> output
    array([[1., 2.],
           [0., 0.]])
    """
    raise NotImplementedError


def sinusoidal_positional_encoding(max_len, d):
    """The sinusoidal positional encodings of "Attention is all you need" (Vaswani et al., 2017).

    .. math::

        PE[pos, 2i] = \\sin\\left(\\frac{pos}{10000^{2i/d}}\\right), \\qquad
        PE[pos, 2i + 1] = \\cos\\left(\\frac{pos}{10000^{2i/d}}\\right)

    In words: columns come in pairs ``(2i, 2i + 1)`` that share one frequency
    ``ω_i = 10000^{-2i/d}``; the even column is ``sin(pos · ω_i)`` and the odd one
    ``cos(pos · ω_i)``. The frequencies fall geometrically from 1 (columns 0 and 1) towards
    1/10000, so each position gets a distinct pattern and ``PE[pos + k]`` is a rotation of
    ``PE[pos]``. Position 0 is ``[0, 1, 0, 1, ...]`` (sin 0 = 0, cos 0 = 1).

    **Odd d (the spec):** the last column ``d - 1`` is even, so it is a sine column,
    ``sin(pos · 10000^{-(d-1)/d})``; it has no cosine partner.

    Parameters
    ----------
    max_len : int
        Number of positions, ``>= 1``; positions are ``0, 1, ..., max_len - 1``.
    d : int
        Size of each encoding vector, ``>= 1`` (may be odd).

    Returns
    -------
    PE : ndarray of shape (max_len, d)
        Row ``pos`` is the encoding of position ``pos``.

    Raises
    ------
    ValueError
        If ``max_len < 1`` or ``d < 1``.

    Notes
    -----
    The exponent uses the *even column index* ``2i`` of the pair, for both columns of the pair
    (not the column index ``j`` itself). Build the whole table at once: an outer product of the
    positions ``(max_len, 1)`` and the frequencies ``(1, ⌈d/2⌉)`` by broadcasting, then
    ``np.sin``/``np.cos`` written into ``PE[:, 0::2]`` and ``PE[:, 1::2]``. A loop over positions
    is too slow.

    Examples
    --------
    >>> np.round(sinusoidal_positional_encoding(3, 4), 4)
    array([[ 0.    ,  1.    ,  0.    ,  1.    ],
           [ 0.8415,  0.5403,  0.01  ,  1.    ],
           [ 0.9093, -0.4161,  0.02  ,  0.9998]])
    >>> PE = sinusoidal_positional_encoding(3, 5)           # odd d: the last column is a sine
    >>> PE[0]
    array([0., 1., 0., 1., 0.])
    >>> np.round(PE[:, 4], 6)                               # sin(pos · 10000^(-4/5))
    array([0.      , 0.000631, 0.001262])
    """
    raise NotImplementedError
