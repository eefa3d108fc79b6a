"""Hidden suite for exercises/level01/bases.py."""

import numpy as np
import pytest

from mlgrade.checks import CheckFailed, assert_learner_raises
from mlgrade.reference.level01 import bases as ref
from mlgrade.sandbox.faults import LearnerRaised

MODULE = "bases"
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# -- data ------------------------------------------------------------------------------------------
def random_integers(rng, count, *, max_bits=64):
    """``count`` positive Python ints whose sizes spread from 1 to ``max_bits`` bits (exact, no float)."""
    values = []
    for bits in rng.integers(1, max_bits + 1, size=count):
        raw = int.from_bytes(rng.bytes(int(bits + 7) // 8), "little")
        values.append(max(1, raw >> (-int(bits) % 8)))  # keep exactly `bits` random bits
    return values


HUGE = [2**100, 2**100 - 1, 3**80, 10**40 + 7]  # far beyond 2**53 (floats) and 2**63 (int64)


# -- known mistakes, computed on the judge's side ------------------------------------------------
def digits_in_floats(n, b):
    """to_base with float division n / b instead of n // b (loses digits beyond 2**53)."""
    sign, n, digits = "-" if n < 0 else "", abs(n), []
    while n > 0:
        digits.append(DIGITS[int(n % b)])
        n = int(n / b)
    return sign + "".join(reversed(digits)) if digits else "0"


def to_base_hints(n, b, expected):
    sign, digits = ("-", expected[1:]) if expected.startswith("-") else ("", expected)
    return [
        (sign + digits[::-1], "your digits come out in reverse order: the first remainder n % b is the *last* "
                              "digit, so reverse the list of remainders"),
        (expected[::-1], "your digits come out in reverse order: the first remainder n % b is the *last* digit"),
        (expected.lower(), "use uppercase letters for the digits 10 to 35 (A-Z), as np.base_repr does"),
        (digits_in_floats(n, b), "n / b is float division: beyond 2**53 a float cannot hold every integer, so "
                                 "digits are lost. Use integer division: n // b and n % b (or divmod)"),
        (digits, "the minus sign is missing: convert |n| and put '-' in front when n < 0"),
        ("", "your function returned an empty string: for n = 0 the division loop never runs, so handle 0 "
             "separately (it is written '0')"),
    ]


def float_horner(s, b):
    """from_base accumulated in floats (value * b + digit with value a float), as an int."""
    value = 0.0
    for char in s.lstrip("-"):
        value = value * b + DIGITS.index(char.upper())
    return int(value) * (-1 if s.startswith("-") else 1)


def from_base_hints(s, b):
    body = s.lstrip("-")
    sign = -1 if s.startswith("-") else 1
    ascii_offsets = sum((ord(c) - ord("0")) * b**i for i, c in enumerate(reversed(body.upper())))
    return [
        (sign * ref.from_base(body[::-1], b), "you read the digits in reverse order: the leftmost digit is the "
                                              "most significant (Horner: value = value * b + digit)"),
        (sign * ascii_offsets, "'A' has the value 10, not ord('A') - ord('0') = 17: letters need their own offset "
                               "(ord(c) - ord('A') + 10)"),
        (float_horner(s, b), "this is what adding the digits in floats gives: beyond 2**53 a float cannot hold "
                             "every integer. Keep the value a Python int (they never overflow or round)"),
        (-sign * ref.from_base(body, b), "the sign is wrong: '-' in front means a negative number"),
        (ref.from_base(body, b), "the minus sign was ignored: a leading '-' means a negative number"),
    ]


WARNING_HINTS = {
    "overflow": "NumPy integers have 64 bits and overflow beyond 2**63 - 1; Python ints have no limit, so keep "
                "the value a Python int (avoid np.int64, np.power and arrays for the accumulation)",
}


def call(function, *args):
    """Call a learner function; a floating-point/overflow warning becomes a failed check with a hint."""
    try:
        return function(*args)
    except LearnerRaised as raised:
        if not raised.is_a("RuntimeWarning", "FloatingPointError", "OverflowError"):
            raise
        hint = next((text for key, text in WARNING_HINTS.items() if key in raised.exc_message.lower()), None)
        shown = ", ".join(repr(a) for a in args)
        message = f"{function.name}({shown}) raised {raised.exc_name} '{raised.exc_message}' (warnings are errors here)"
        if hint:
            message += f"\nHint: {hint}"
        raise CheckFailed(message) from None


def check_digits(actual, expected, n, b, hints=()):
    """Fail unless the learner's to_base(n, b) is exactly the string ``expected``."""
    what = f"to_base({n}, {b})"
    if not isinstance(actual, str):
        raise CheckFailed(f"{what} should return a str, but your function returned {type(actual).__name__}")
    if actual == expected:
        return
    message = f"{what} is wrong: your function returned {actual!r}"
    if len(actual) != len(expected):
        message += f" ({len(actual)} characters; the right answer has {len(expected)})"
    hint = next((text for candidate, text in hints if actual == candidate), None)
    if hint:
        message += f"\nHint: {hint}"
    raise CheckFailed(message)


def check_integer(actual, expected, s, b, hints=()):
    """Fail unless the learner's from_base(s, b) is an integer equal to ``expected``."""
    what = f"from_base({s!r}, {b})"
    if isinstance(actual, np.ndarray) and actual.ndim == 0 and actual.dtype.kind in "iu":
        actual = actual.item()
    if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, (int, np.integer)):
        message = f"{what} should return an int, but your function returned {type(actual).__name__}"
        if isinstance(actual, (float, np.floating)):
            message += ("\nHint: keep the value an integer: floats hold only 53 bits, so large numbers come out "
                        "rounded (use value * b + digit with Python ints, and // rather than /)")
        raise CheckFailed(message)
    if int(actual) == expected:
        return
    message = f"{what} is wrong: your function returned {int(actual)}"
    hint = next((text for candidate, text in hints if int(actual) == candidate), None)
    if hint:
        message += f"\nHint: {hint}"
    raise CheckFailed(message)


# -- to_base ----------------------------------------------------------------------------------------
@pytest.mark.exercise("to_base", banned=("numpy.base_repr", "numpy.binary_repr"))
class TestToBase:
    @pytest.mark.points(1)
    def test_returns_string(self, learner):
        """returns a str of digits 0-9 and A-Z"""
        for n, b in ((255, 16), (5, 2), (35, 36)):
            check_digits(call(learner.to_base, n, b), ref.to_base(n, b), n, b, to_base_hints(n, b, ref.to_base(n, b)))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("b", [7, 16], ids=["base7", "base16"])
    def test_matches_reference(self, learner, rng, b):
        """matches the reference on random positive integers"""
        for n in random_integers(rng, 25, max_bits=50):
            expected = ref.to_base(n, b)
            check_digits(call(learner.to_base, n, b), expected, n, b, to_base_hints(n, b, expected))

    @pytest.mark.points(1)
    def test_every_base_matches_numpy(self, learner, rng):
        """agrees with numpy.base_repr in every base from 2 to 36"""
        for b in range(2, 37):
            for n in random_integers(rng, 3, max_bits=62):
                expected = np.base_repr(n, b)
                check_digits(call(learner.to_base, n, b), expected, n, b, to_base_hints(n, b, expected))

    @pytest.mark.points(1)
    def test_zero(self, learner):
        """writes 0 as '0' in every base"""
        for b in (2, 10, 36):
            check_digits(call(learner.to_base, 0, b), "0", 0, b, to_base_hints(0, b, "0"))

    @pytest.mark.points(1)
    def test_negative(self, learner, rng):
        """writes negative numbers as '-' followed by the digits of |n|"""
        for n in [-1, -255] + [-n for n in random_integers(rng, 10, max_bits=40)]:
            for b in (2, 16):
                expected = ref.to_base(n, b)
                check_digits(call(learner.to_base, n, b), expected, n, b, to_base_hints(n, b, expected))

    @pytest.mark.points(1)
    def test_huge(self, learner):
        """is exact for integers beyond 2**53 and 2**63, such as 2**100"""
        for n in HUGE + [-(2**100)]:
            for b in (2, 10, 36):
                expected = ref.to_base(n, b)
                check_digits(call(learner.to_base, n, b), expected, n, b, to_base_hints(n, b, expected))

    @pytest.mark.points(1)
    def test_bad_base(self, learner):
        """raises ValueError for a base outside 2..36"""
        for b in (1, 0, 37):
            assert_learner_raises(lambda: learner.to_base(10, b), "ValueError", what=f"to_base(10, {b})")


# -- from_base ------------------------------------------------------------------------------------
INVALID = [
    ("", 10, "an empty string"),
    ("-", 10, "a sign with no digits"),
    ("102", 2, "the digit 2 in base 2"),
    ("1G", 16, "the letter G in base 16"),
    ("Z", 35, "the letter Z in base 35"),
    ("1_000", 10, "an underscore"),
    (" 42", 10, "a leading space"),
    ("4.2", 10, "a decimal point"),
    ("0x1F", 16, "a 0x prefix"),
    ("--5", 10, "two minus signs"),
]
LENIENT_HINT = ("Python's int(s, b) accepts underscores, surrounding spaces, '+' and prefixes such as '0x', which "
                "are not digits: check every character yourself (and int(s, b) is banned here anyway)")


@pytest.mark.exercise("from_base", banned=("call:int/2",))
class TestFromBase:
    @pytest.mark.points(1)
    def test_returns_int(self, learner):
        """returns an int"""
        for s, b in (("FF", 16), ("101", 2), ("Z", 36)):
            check_integer(call(learner.from_base, s, b), ref.from_base(s, b), s, b, from_base_hints(s, b))

    @pytest.mark.points(1)
    @pytest.mark.parametrize("b", [7, 16], ids=["base7", "base16"])
    def test_matches_reference(self, learner, rng, b):
        """matches the reference on random strings of digits"""
        for n in random_integers(rng, 25, max_bits=50):
            s = ref.to_base(n, b)
            check_integer(call(learner.from_base, s, b), ref.from_base(s, b), s, b, from_base_hints(s, b))

    @pytest.mark.points(1)
    def test_round_trip_with_numpy(self, learner, rng):
        """reads back numpy.base_repr in every base from 2 to 36, letters in either case"""
        for b in range(2, 37):
            for n in random_integers(rng, 2, max_bits=62):
                s = np.base_repr(n, b)
                for written in (s, s.lower()):
                    try:
                        value = call(learner.from_base, written, b)
                    except LearnerRaised as raised:
                        if written != s and raised.is_a("ValueError", "KeyError"):
                            raise CheckFailed(f"from_base({written!r}, {b}) raised {raised.exc_name}: "
                                              f"{raised.exc_message}\nHint: letters may come in either case: "
                                              "'a' and 'A' are both the digit 10") from None
                        raise
                    check_integer(value, n, written, b, from_base_hints(written, b))

    @pytest.mark.points(1)
    def test_zero_and_negative(self, learner, rng):
        """reads '0', '-0' and negative numbers such as '-FF'"""
        cases = [("0", 10), ("-0", 10), ("000", 2), ("-FF", 16), ("-1", 2)]
        cases += [(ref.to_base(-n, 7), 7) for n in random_integers(rng, 10, max_bits=40)]
        for s, b in cases:
            check_integer(call(learner.from_base, s, b), ref.from_base(s, b), s, b, from_base_hints(s, b))

    @pytest.mark.points(1)
    def test_huge(self, learner):
        """is exact for numbers beyond 2**53 and 2**63, such as 2**100"""
        for n in HUGE + [-(3**80)]:
            for b in (2, 10, 36):
                s = np.base_repr(n, b)
                check_integer(call(learner.from_base, s, b), n, s, b, from_base_hints(s, b))

    @pytest.mark.points(1)
    def test_invalid(self, learner):
        """raises ValueError for strings that are not numbers in base b, and for a base outside 2..36"""
        for s, b, what in INVALID:
            try:
                value = learner.from_base(s, b)
            except LearnerRaised as raised:
                if raised.is_a("ValueError"):
                    continue
                raise CheckFailed(f"from_base({s!r}, {b}) ({what}): expected ValueError, but your function raised "
                                  f"{raised.exc_name}: {raised.exc_message}") from None
            message = f"from_base({s!r}, {b}) ({what}) returned {value!r}: expected a ValueError"
            if any(c in s for c in "_ x") or s.startswith("+"):
                message += f"\nHint: {LENIENT_HINT}"
            elif what.startswith("the digit") or what.startswith("the letter"):
                message += f"\nHint: a digit of base {b} must be smaller than {b}: check each digit's value"
            raise CheckFailed(message)
        for b in (1, 37):
            assert_learner_raises(lambda: learner.from_base("1", b), "ValueError", what=f"from_base('1', {b})")
