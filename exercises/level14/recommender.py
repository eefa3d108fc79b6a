"""Level 14 — a matrix-factorisation recommender.

A ratings matrix ``R`` (users × items) is mostly unknown: ``mask[u, i]`` is True where user ``u``
rated item ``i``. Matrix factorisation explains the observed ratings with ``k`` hidden "taste"
factors per user and per item,

    R_ui ≈ p_u · q_i,   i.e.   R ≈ P Qᵀ   with P (n_users, k), Q (n_items, k),

fitted by minimising the squared error **on the observed entries only** plus an L2 penalty:

    L(P, Q) = Σ_{(u,i) observed} (R_ui - p_u · q_i)² + reg (‖P‖² + ‖Q‖²)

(``‖·‖`` is the Frobenius norm: the sum of all squared entries). The unobserved entries of ``R``
carry no information: they may hold anything (0, a placeholder, NaN) and must not change any
result. Once fitted, ``P Qᵀ`` predicts every missing rating, and the best-predicted unrated items
are recommended.

Rules for this module: use NumPy only (no SciPy, scikit-learn, PyTorch, JAX, autograd: derive the
gradient yourself). Floating-point warnings (overflow, invalid value, divide by zero) count as
errors. Never modify the arguments. Run ``mlgrade level14 recommender`` to grade this file.
"""

import numpy as np


def mf_loss_and_grad(R, mask, P, Q, reg):
    """The matrix-factorisation loss and its gradients with respect to P and Q.

    .. math::

        L = \\sum_{u,i} M_{ui} (R_{ui} - p_u \\cdot q_i)^2 + reg\\,(\\lVert P\\rVert^2 + \\lVert Q\\rVert^2)

    With the masked residual ``E = M ∘ (R - P Qᵀ)`` (zero where unobserved):

    .. math::

        \\nabla_P L = -2\\, E Q + 2\\, reg\\, P, \\qquad \\nabla_Q L = -2\\, E^T P + 2\\, reg\\, Q

    In words: each observed rating pulls ``p_u`` towards ``q_i`` in proportion to its error
    (and ``q_i`` towards ``p_u``); the penalty shrinks both. Note the factor 2 (the loss is a
    plain sum of squares, not ½ of it, and not a mean).

    Parameters
    ----------
    R : ndarray of shape (n_users, n_items)
        Ratings; only entries where ``mask`` is True are used. The others may hold any value,
        **including NaN**, and must not affect the result.
    mask : ndarray of bool, shape (n_users, n_items)
        True where the rating is observed.
    P : ndarray of shape (n_users, k)
        User factors.
    Q : ndarray of shape (n_items, k)
        Item factors.
    reg : float
        L2 penalty strength, ``>= 0``.

    Returns
    -------
    loss : float
        ``L(P, Q)``.
    grad_P : ndarray of shape (n_users, k)
    grad_Q : ndarray of shape (n_items, k)

    Raises
    ------
    ValueError
        If the shapes do not fit together, ``mask`` is not boolean, or ``reg < 0``.

    Notes
    -----
    ``mask * (R - P @ Q.T)`` is *not* safe: ``0 · NaN = NaN``. Select with
    ``np.where(mask, R - P @ Q.T, 0.0)`` instead. The whole computation is a few matrix
    products; a Python loop over the observed ratings is far too slow. Check your gradient
    against centred finite differences ``(L(P + εE_uf) - L(P - εE_uf)) / 2ε`` on a small problem.

    Examples
    --------
    >>> R = np.array([[5.0, np.nan, 1.0], [4.0, 2.0, np.nan]])
    >>> mask = ~np.isnan(R)
    >>> P = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> Q = np.array([[2.0, 1.0], [1.0, 1.0], [0.0, 1.0]])
    >>> loss, grad_P, grad_Q = mf_loss_and_grad(R, mask, P, Q, reg=0.1)
    >>> loss          # errors 3, 1 | 3, 1 -> 20, plus 0.1 · (2 + 8)
    21.0
    >>> grad_P
    array([[-11.8,  -8. ],
           [-14. ,  -7.8]])
    """
    raise NotImplementedError


def matrix_factorization_gd(R, mask, P0, Q0, lr, reg, n_epochs):
    """Fit ``R ≈ P Qᵀ`` by full-batch gradient descent on :func:`mf_loss_and_grad`'s loss.

    .. math::

        P_{t+1} = P_t - lr\\, \\nabla_P L(P_t, Q_t), \\qquad
        Q_{t+1} = Q_t - lr\\, \\nabla_Q L(P_t, Q_t), \\qquad t = 0, \\dots, n\\_epochs - 1

    In words: start from ``(P0, Q0)``, and at every epoch take one step against the gradient of
    the whole loss. Both gradients are evaluated at the *same* point ``(P_t, Q_t)``: update P and
    Q simultaneously, not P first and then Q with the new P. Everything is deterministic, so the
    result is one exact trajectory.

    A user with no ratings (or an item nobody rated) has no data term: only the penalty acts,
    so its factors shrink geometrically, ``p_u ← (1 - 2·lr·reg) p_u``. That is not an error.

    Parameters
    ----------
    R : ndarray of shape (n_users, n_items)
        Ratings; entries where ``mask`` is False are ignored (may be NaN).
    mask : ndarray of bool, shape (n_users, n_items)
    P0 : ndarray of shape (n_users, k)
        Initial user factors (not modified).
    Q0 : ndarray of shape (n_items, k)
        Initial item factors (not modified).
    lr : float
        Learning rate, ``> 0``.
    reg : float
        L2 penalty, ``>= 0``.
    n_epochs : int
        Number of gradient steps, ``>= 0``.

    Returns
    -------
    P : ndarray of shape (n_users, k)
        ``P_{n_epochs}``.
    Q : ndarray of shape (n_items, k)
        ``Q_{n_epochs}``.
    losses : ndarray of shape (n_epochs + 1,)
        ``losses[t] = L(P_t, Q_t)``: the initial loss first, the final loss last.

    Raises
    ------
    ValueError
        On bad shapes, ``lr <= 0``, ``reg < 0`` or ``n_epochs < 0``.

    Notes
    -----
    Reuse :func:`mf_loss_and_grad`. Write ``P = P - lr * grad_P`` (a new array), never
    ``P0 -= ...``, which would change the caller's array. Per epoch the work is a few matrix
    products; a loop over ratings inside the epoch loop is far too slow.

    Examples
    --------
    >>> R = np.array([[5.0, np.nan, 1.0], [4.0, 2.0, np.nan]])
    >>> P0 = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> Q0 = np.array([[2.0, 1.0], [1.0, 1.0], [0.0, 1.0]])
    >>> P, Q, losses = matrix_factorization_gd(R, ~np.isnan(R), P0, Q0, lr=0.05, reg=0.1, n_epochs=3)
    >>> np.round(losses, 4)
    array([21.    ,  2.8652,  1.8249,  1.7178])
    """
    raise NotImplementedError


def recommend(mask, P, Q, user, n):
    """The ``n`` items ``user`` has not rated with the highest predicted rating.

    The predicted rating of item ``i`` is ``score_i = p_user · q_i`` (row ``user`` of ``P Qᵀ``).
    Items the user already rated (``mask[user, i]`` True) are never recommended.

    **The spec for the corner cases:**

    * order: highest score first; **ties go to the lowest item index first**;
    * a user with no ratings gets recommendations like anyone else (every item is a candidate);
    * if fewer than ``n`` items are unrated, return all of them (so the result may be shorter
      than ``n``, or empty).

    Parameters
    ----------
    mask : ndarray of bool, shape (n_users, n_items)
        True where the user rated the item.
    P : ndarray of shape (n_users, k)
    Q : ndarray of shape (n_items, k)
    user : int
        Row index of the user, ``0 <= user < n_users``.
    n : int
        How many items to recommend, ``>= 0``.

    Returns
    -------
    items : ndarray of int, shape (min(n, number of unrated items),)
        Item indices, best first.

    Raises
    ------
    ValueError
        If ``user`` is out of range or ``n < 0``.

    Notes
    -----
    ``np.argsort`` is not stable by default (equal scores come out in no particular order);
    ``np.argsort(-scores, kind="stable")`` keeps tied items in ascending index order.
    Reversing an ascending sort (``argsort(scores)[::-1]``) puts tied items in *descending*
    index order. Score all items with one matrix-vector product, not a loop.

    Examples
    --------
    >>> mask = np.array([[True, False, False, False], [False, False, False, False]])
    >>> P = np.array([[1.0], [1.0]])
    >>> Q = np.array([[3.0], [1.0], [2.0], [2.0]])
    >>> recommend(mask, P, Q, user=0, n=2)      # item 0 is rated; items 2 and 3 tie
    array([2, 3])
    >>> recommend(mask, P, Q, user=1, n=10)     # no ratings, and only 4 items
    array([0, 2, 3, 1])
    """
    raise NotImplementedError
