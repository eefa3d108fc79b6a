"""Level 1 — number bases: writing an integer in base b, and reading it back.

A positional number system writes an integer as digits ``d_k … d_1 d_0`` in a base ``b``:

.. math:: n = d_k b^k + \\dots + d_1 b + d_0, \\qquad 0 \\le d_i < b

Base 10 is what we write by hand, base 2 is what the machine stores, base 16 is how
programmers read bytes (``0xFF``), and base 36 (digits 0-9 then A-Z) makes compact ids
such as short URLs. The digit symbols are ``0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ``: the
letter ``A`` is worth 10 and ``Z`` is worth 35, so bases go from 2 to 36.

Work with Python ``int``: it has unlimited precision, so ``2**100`` is exact. Floats hold
only 53 bits (every integer up to ``2**53`` and then gaps), and NumPy's int64 stops at
``2**63 - 1``: both silently give wrong digits for big numbers.

Rules for this module: plain Python (NumPy is not needed). Banned, because they are the
exercise: ``np.base_repr`` and ``np.binary_repr`` in :func:`to_base`, and ``int(s, b)``
(``int`` called with a base) in :func:`from_base`. Run ``mlgrade level01 bases`` to grade
this file.
"""


def to_base(n, b):
    """Write the integer ``n`` in base ``b``.

    Repeated division by the base peels off the digits from the right:

    .. math:: n = q b + r, \\quad 0 \\le r < b \\quad\\Longrightarrow\\quad
              r \\text{ is the last digit, and } q \\text{ holds the others}

    In words: ``n % b`` is the last digit, ``n // b`` is the number formed by the
    remaining digits; repeat until nothing is left, then read the remainders backwards.

    Parameters
    ----------
    n : int
        Any integer: zero, negative, or huge (``2**100``).
    b : int
        The base, from 2 to 36.

    Returns
    -------
    digits : str
        The digits, most significant first, with uppercase letters for the digits 10 to
        35; a ``"-"`` in front when ``n < 0``; ``"0"`` for zero. No leading zeros, no
        prefix: exactly what ``np.base_repr(n, b)`` returns.

    Raises
    ------
    ValueError
        If ``b`` is not an integer from 2 to 36.

    Notes
    -----
    Banned: ``np.base_repr`` and ``np.binary_repr`` (the point is to write it).

    Pitfalls: ``n / b`` is float division and rounds once ``n`` passes ``2**53``: use
    ``//`` and ``%`` (or ``divmod``). Zero needs care (the division loop never runs), and
    so do negative numbers: convert ``abs(n)`` and put the sign in front (Python's ``//``
    rounds towards minus infinity, so dividing a negative number never reaches 0).

    Examples
    --------
    >>> to_base(255, 16)
    'FF'
    >>> to_base(-5, 2)
    '-101'
    >>> to_base(0, 7)
    '0'
    """
    raise NotImplementedError


def from_base(s, b):
    """Read the string ``s`` of base-``b`` digits as an integer.

    Horner's rule reads the digits from left to right with one multiplication and one
    addition each, and no powers of ``b``:

    .. math:: d_k b^k + \\dots + d_1 b + d_0 = (\\dots((d_k)\\, b + d_{k-1})\\, b + \\dots)\\, b + d_0

    In words: start from 0; for each digit, multiply what you have by ``b`` and add the
    digit.

    Parameters
    ----------
    s : str
        An optional ``"-"`` followed by at least one digit. Letters may be upper or lower
        case (``"ff"`` and ``"FF"`` are the same number). Nothing else is allowed: no
        spaces, no ``"_"``, no ``"+"``, no prefix such as ``"0x"``.
    b : int
        The base, from 2 to 36.

    Returns
    -------
    value : int
        The number, as a Python ``int`` (exact however large).

    Raises
    ------
    ValueError
        If ``s`` has no digits or a character that is not a digit of base ``b`` (a digit
        must be smaller than ``b``: ``"2"`` is not a binary digit), or if ``b`` is not an
        integer from 2 to 36.

    Notes
    -----
    Banned: ``int(s, b)`` — ``int`` called with a base (the point is to write it).
    ``int(char)`` for a single decimal digit is fine, but letters need their own rule:
    ``"A"`` is 10, while ``ord("A") - ord("0")`` is 17. ``int(s, b)`` would also be
    wrong here: it accepts ``"1_000"``, ``" 42 "`` and ``"0x1F"``.

    Keep the value a Python ``int``: adding up ``digit * b**i`` in floats (or NumPy
    int64) rounds or overflows beyond ``2**53`` (or ``2**63``).

    Examples
    --------
    >>> from_base("FF", 16)
    255
    >>> from_base("-101", 2)
    -5
    >>> from_base("zz", 36)
    1295
    """
    raise NotImplementedError
