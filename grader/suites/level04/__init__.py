"""Linear algebra: matrix products, Gaussian elimination, QR, power iteration, rotations.

Helpers shared by this level's suites live here: learner calls whose floating-point warnings
become failed checks with a hint, and "must raise" checks that explain what came instead.
"""

from functools import partial

from mlgrade import checks
from mlgrade.checks import CheckFailed
from mlgrade.sandbox.faults import LearnerRaised

# Learner code of this level may not import these packages at all (SciPy's linalg would solve
# every exercise of the level in one call).
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd")

WARNING_HINTS = {
    "divide by zero": "a division by zero: some denominator (a norm, a pivot) is 0 for this input",
    "invalid value": "0/0, 0·inf or inf - inf made a NaN: some denominator (a norm, a pivot) is 0 for this input",
    "overflow": "an intermediate value exceeded the largest float (about 1.8e308)",
}


warning_message = partial(checks.warning_message, default_hints=WARNING_HINTS)
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def expect_raises(function, args, names, *, what, returned_hint=None, warning_hints=None, kwargs=None):
    """Fail unless ``function(*args)`` raises one of ``names``; explain what happened instead.

    ``returned_hint`` is shown when the function returned normally, ``warning_hints`` (as in
    :func:`call_quietly`) when it raised a floating-point warning.
    """
    try:
        function(*args, **(kwargs or {}))
    except LearnerRaised as raised:
        if raised.is_a(*names):
            return raised
        if raised.is_a("RuntimeWarning", "FloatingPointError"):
            raise CheckFailed(f"{what}: expected {' or '.join(names)}, but "
                              + warning_message(raised, function.name, "", warning_hints)) from None
        raise CheckFailed(f"{what}: expected {' or '.join(names)}, but your function raised "
                          f"{raised.exc_name}: {raised.exc_message}") from None
    message = f"{what}: expected {' or '.join(names)}, but your function returned normally"
    if returned_hint:
        message += f"\nHint: {returned_hint}"
    raise CheckFailed(message)
