"""Reference number bases: the oracle (NumPy's base_repr and a validated int(s, b))."""

import operator
import re

import numpy as np


def _check_base(b):
    try:
        b = operator.index(b)
    except TypeError:
        b = None
    if b is None or not 2 <= b <= 36:
        raise ValueError("the base b must be an integer from 2 to 36")
    return b


def to_base(n, b):
    return np.base_repr(operator.index(n), _check_base(b))


_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def from_base(s, b):
    b = _check_base(b)
    if not isinstance(s, str):
        raise ValueError("s must be a string")
    # int(s, b) alone is too lenient: it accepts spaces, underscores, "+" and prefixes such as "0x".
    allowed = _DIGITS[:b] + _DIGITS[10:b].lower()
    if not re.fullmatch(f"-?[{re.escape(allowed)}]+", s):
        raise ValueError(f"{s!r} is not a number in base {b}")
    return int(s, b)
