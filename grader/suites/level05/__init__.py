"""Analytic geometry: distances, angles, projections, polar coordinates and nearest neighbours.

Helpers shared by this level's suites live here: "must raise" checks that explain what came
instead, and the hints shown when learner code raises a floating-point warning.
"""

from functools import partial

from mlgrade import checks
from mlgrade.checks import CheckFailed
from mlgrade.sandbox.faults import LearnerRaised

# Learner code of this level may not import these packages at all. SciPy is not banned as a
# whole: the exercises ban the parts that would solve them (scipy.spatial, scipy.linalg) one by one.
BANNED_IMPORTS = ("sklearn", "torch", "jax", "tensorflow", "autograd")

WARNING_HINTS = {
    "divide by zero": "a division by zero: some denominator (a norm, a coordinate) is 0 for this input",
    "invalid value": "0/0, inf/inf or arccos of a number outside [-1, 1] made a NaN for this input",
    "overflow": "an intermediate value exceeded the largest float (about 1.8e308)",
}

warning_message = partial(checks.warning_message, default_hints=WARNING_HINTS)
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def expect_raises(function, args, names, *, what, returned_hint=None, warning_hints=None):
    """Fail unless ``function(*args)`` raises one of ``names``; explain what happened instead.

    ``returned_hint`` is shown when the function returned normally, ``warning_hints`` (as in
    :func:`call_quietly`) when it raised a floating-point warning.
    """
    try:
        function(*args)
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
