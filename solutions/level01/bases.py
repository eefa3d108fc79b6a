"""Positional number systems: write an integer in any base from 2 to 36, and read it back."""

import operator

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The value of every digit character, both cases: {"0": 0, ..., "Z": 35, "a": 10, ..., "z": 35}.
DIGIT_VALUES = {**{c: v for v, c in enumerate(DIGITS)}, **{c.lower(): v for v, c in enumerate(DIGITS)}}


def _check_base(b):
    """Return b as an int, or raise ValueError unless it is an integer from 2 to 36."""
    try:
        b = operator.index(b)  # ints and NumPy integers pass; 16.0 or "16" do not
    except TypeError:
        b = None
    if b is None or not 2 <= b <= 36:
        raise ValueError("the base b must be an integer from 2 to 36 (there are 36 digit symbols, 0-9 then A-Z)")
    return b


def to_base(n, b):
    """The digits of the integer n in base b, most significant first ("-" in front if n < 0)."""
    b = _check_base(b)
    n = int(n)  # accept NumPy integers; Python ints have unlimited precision, so 2**100 is exact
    if n == 0:
        return "0"  # the loop below would produce no digit at all
    sign = "-" if n < 0 else ""
    n = abs(n)  # work with |n|: Python's // rounds towards -inf, so dividing a negative n never reaches 0
    digits = []
    # n = q·b + r with 0 <= r < b: r is the last digit, and q holds the remaining ones.
    # Integer division (// and %, here divmod) is exact; n / b is a float and loses digits beyond 2**53.
    while n:
        n, r = divmod(n, b)
        digits.append(DIGITS[r])
    # The remainders come out least significant first, so reverse them.
    return sign + "".join(reversed(digits))


def from_base(s, b):
    """The integer written as the string s in base b (digits 0-9 and letters in either case, optional "-")."""
    b = _check_base(b)
    if not isinstance(s, str):
        raise ValueError(f"s must be a string of digits, got {type(s).__name__}")
    negative = s.startswith("-")
    body = s[1:] if negative else s
    if not body:
        raise ValueError(f"{s!r} has no digits: expected a string such as '-1A' (optional '-', then digits)")
    value = 0
    # Horner's rule: d_k b^k + ... + d_1 b + d_0 = (((d_k) b + d_{k-1}) b + ...) b + d_0,
    # one multiplication and one addition per digit and no powers of b. Python ints never overflow.
    for char in body:
        digit = DIGIT_VALUES.get(char)
        if digit is None or digit >= b:
            raise ValueError(f"{char!r} is not a digit in base {b} (allowed: {DIGITS[:b]}, letters in either case)")
        value = value * b + digit
    return -value if negative else value
