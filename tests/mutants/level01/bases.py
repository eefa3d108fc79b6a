"""Plausible versions of exercises/level01/bases.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "to_base__reversed_digits": ("failed", "reverse order"),
    "to_base__float_division": ("failed", "float division"),
    "to_base__no_zero_case": ("failed", "handle 0"),
    "to_base__calls_base_repr": ("forbidden", "numpy.base_repr"),
    "to_base__recursive": ("passed", None),
    "from_base__ascii_offset_for_letters": ("failed", "'A' has the value 10"),
    "from_base__float_accumulation": ("failed", "adding the digits in floats"),
    "from_base__reversed_digits": ("failed", "reverse order"),
    "from_base__no_digit_check": ("failed", "must be smaller than"),
    "from_base__calls_int": ("forbidden", "int() with 2 or more arguments"),
    "from_base__power_sum": ("passed", None),
}

_SYMBOLS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _base_ok(b):
    if not 2 <= b <= 36:
        raise ValueError("bad base")


def to_base__reversed_digits(n, b):
    _base_ok(b)
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), ""
    while n:
        out += _SYMBOLS[n % b]  # least significant first, never reversed
        n //= b
    return sign + out


def to_base__float_division(n, b):
    _base_ok(b)
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), []
    while n > 0:
        out.append(_SYMBOLS[int(n % b)])
        n = int(n / b)
    return sign + "".join(reversed(out))


def to_base__no_zero_case(n, b):
    _base_ok(b)
    sign, n, out = "-" if n < 0 else "", abs(n), []
    while n:
        n, r = divmod(n, b)
        out.append(_SYMBOLS[r])
    return sign + "".join(reversed(out))


def to_base__calls_base_repr(n, b):
    return np.base_repr(n, b)


def to_base__recursive(n, b):
    _base_ok(b)
    if n < 0:
        return "-" + to_base__recursive(-n, b)
    if n < b:
        return _SYMBOLS[n]
    return to_base__recursive(n // b, b) + _SYMBOLS[n % b]


def _checked_digits(s, b):
    _base_ok(b)
    body = s[1:] if s.startswith("-") else s
    if not body:
        raise ValueError("no digits")
    values = [_SYMBOLS.find(c.upper()) if c.isascii() and c.isalnum() else -1 for c in body]
    if any(v < 0 or v >= b for v in values):
        raise ValueError("not a digit")
    return (-1 if s.startswith("-") else 1), values


def from_base__ascii_offset_for_letters(s, b):
    _base_ok(b)
    sign = -1 if s.startswith("-") else 1
    body = s.lstrip("-")
    if not body:
        raise ValueError("no digits")
    value = 0
    for c in body.upper():
        d = ord(c) - ord("0")
        if not 0 <= d < 43:
            raise ValueError("not a digit")
        value = value * b + d
    return sign * value


def from_base__float_accumulation(s, b):
    sign, digits = _checked_digits(s, b)
    value = 0.0
    for d in digits:
        value = value * b + d
    return sign * int(value)


def from_base__reversed_digits(s, b):
    sign, digits = _checked_digits(s, b)
    value = 0
    for d in reversed(digits):
        value = value * b + d
    return sign * value


def from_base__no_digit_check(s, b):
    _base_ok(b)
    body = s[1:] if s.startswith("-") else s
    if not body:
        raise ValueError("no digits")
    value = 0
    for c in body.upper():
        if c not in _SYMBOLS:
            raise ValueError("not a digit")
        value = value * b + _SYMBOLS.index(c)
    return -value if s.startswith("-") else value


def from_base__calls_int(s, b):
    _base_ok(b)
    return int(s, b)


def from_base__power_sum(s, b):
    sign, digits = _checked_digits(s, b)
    return sign * sum(d * b**i for i, d in enumerate(reversed(digits)))
