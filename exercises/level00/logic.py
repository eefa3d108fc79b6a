"""Level 0 — propositional logic: truth tables and logical equivalence.

A formula such as ``¬(p ∧ q)`` is a function of boolean variables. Its truth table
lists every assignment of True/False to the ``n`` variables (there are ``2ⁿ``)
with the formula's value on each. Two formulas are *equivalent* (``f ≡ g``) when
they agree on every row: De Morgan's law ``¬(p ∧ q) ≡ ¬p ∨ ¬q`` is one example.
Checking all ``2ⁿ`` rows is the brute-force proof.

Formulas arrive as vectorised Python functions: ``f(p, q)`` takes one bool array
per variable (all of the same length) and returns the bool array of the formula's
values, row by row, e.g. ``f = lambda p, q: ~(p & q)``.

The standard order of the rows is counting in binary: row ``r`` is the number
``r`` written with ``n`` bits, the *first* variable being the most significant
bit, False = 0 and True = 1. For ``n = 2``::

    p      q
    False  False     row 0 = 00
    False  True      row 1 = 01
    True   False     row 2 = 10
    True   True      row 3 = 11

Rules for this module: NumPy only; ``itertools.product`` (which enumerates the
rows for you) is banned, and so are SciPy and scikit-learn. Never modify the
arguments. Run ``mlgrade level00 logic`` to grade this file.
"""

import numpy as np


def truth_table(f, n_vars):
    """All ``2ⁿ`` assignments of ``n_vars`` boolean variables, and the value of ``f`` on each.

    .. math:: T_{r, j} = \\text{bit } (n - 1 - j) \\text{ of } r, \\qquad
              \\text{values}_r = f(T_{r, 0}, \\dots, T_{r, n-1}), \\qquad r = 0, \\dots, 2^n - 1

    In words: row ``r`` is the binary representation of ``r`` (column 0 is the
    most significant bit), so the rows count up from all False to all True; then
    ``f`` is evaluated on every row. Column ``j`` is the truth values of variable
    ``j``: pass the columns to ``f`` as separate arguments, ``f(*columns)``, and
    call it once for the whole table.

    With ``n_vars = 0`` there is exactly one assignment (the empty one), so the
    table has 1 row and 0 columns, and ``f()`` (called with no argument) returns
    a single bool: the formula is a constant.

    Parameters
    ----------
    f : callable
        ``f(x0, x1, …, x_{n-1})`` takes ``n_vars`` bool arrays of shape (2ⁿ,) and
        returns a bool array of shape (2ⁿ,); with no arguments, a single bool.
    n_vars : int
        Number of variables, ``n_vars >= 0``.

    Returns
    -------
    assignments : ndarray of bool of shape (2ⁿ, n_vars)
        Row ``r`` is the assignment numbered ``r`` in binary.
    values : ndarray of bool of shape (2ⁿ,)
        ``f`` on each row.

    Raises
    ------
    ValueError
        If ``n_vars`` is not an integer ``>= 0``.

    Notes
    -----
    Banned: ``itertools.product`` (``product([False, True], repeat=n)`` lists the
    rows in exactly this order; build them yourself). Bits with NumPy:
    ``(r >> k) & 1`` is bit ``k`` of ``r``, and it broadcasts: an array of row
    numbers of shape (2ⁿ, 1) against the bit positions of shape (n,) gives the
    whole table at once. ``np.broadcast_to`` or ``np.full`` turns the single bool
    of the ``n_vars = 0`` case into an array of shape (1,). A Python loop over the
    ``2ⁿ`` rows (or calling ``f`` once per row) is too slow for ``n_vars = 14``.

    Examples
    --------
    >>> rows, values = truth_table(lambda p, q: p & ~q, 2)
    >>> rows
    array([[False, False],
           [False,  True],
           [ True, False],
           [ True,  True]])
    >>> values
    array([False, False,  True, False])
    """
    raise NotImplementedError


def equivalent(f, g, n_vars):
    """Whether two formulas in ``n_vars`` variables are logically equivalent.

    .. math:: f ≡ g \\iff f(x) = g(x) \\text{ for every } x ∈ \\{False, True\\}^{n}

    In words: build the truth table and compare the two columns of values; the
    formulas are equivalent exactly when they agree on *all* ``2ⁿ`` rows. One
    disagreeing row (a counterexample) is enough to make them not equivalent.

    Parameters
    ----------
    f, g : callable
        Vectorised formulas, as in :func:`truth_table`: each takes ``n_vars``
        bool ndarrays of shape (2ⁿ,) and returns a bool ndarray of shape (2ⁿ,).
    n_vars : int
        Number of variables, ``n_vars >= 0``.

    Returns
    -------
    same : bool
        True if ``f`` and ``g`` agree on every assignment.

    Raises
    ------
    ValueError
        If ``n_vars`` is not an integer ``>= 0``.

    Notes
    -----
    Banned: ``itertools.product``. Reuse your :func:`truth_table`. Equivalence
    is agreement in both directions: ``f ⇒ g`` on every row is not enough. Trying
    a few random rows is not a proof: the formulas may differ on a single row
    out of 4096. With ``n_vars = 0`` there is still one row to compare.

    Examples
    --------
    >>> equivalent(lambda p, q: ~(p & q), lambda p, q: ~p | ~q, 2)   # De Morgan
    True
    >>> equivalent(lambda p, q: ~p | q, lambda p, q: ~q | p, 2)      # p → q vs q → p
    False
    """
    raise NotImplementedError
