"""Assertions for hidden suites, with messages written for learners.

Every failure names the property checked, the input (shapes), how far off the
answer is and, when it matches a known mistake, a hint. Expected arrays are never
printed: a learner learns what is wrong, not what to hard-code.
"""

import numpy as np

TINY = np.finfo(float).tiny


class CheckFailed(AssertionError):
    """A check failed; ``str(error)`` is the learner-facing message."""


def describe(**inputs):
    """``describe(X=X, k=3)`` -> ``"X of shape (40, 7), k = 3"``."""
    parts = []
    for name, value in inputs.items():
        if isinstance(value, np.ndarray) and value.ndim > 0:
            parts.append(f"{name} of shape {value.shape}")
        elif isinstance(value, (np.generic, np.ndarray)):
            parts.append(f"{name} = {np.asarray(value).item()!r}")
        else:
            parts.append(f"{name} = {value!r}")
    return ", ".join(parts)


def relative_error(actual, expected):
    """Normwise relative error ``max|a - b| / max(max(|a| + |b|), tiny)``."""
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if actual.size == 0:
        return 0.0
    # Halved, so that values near the largest float do not overflow; the ratio is the same.
    scale = max(float(np.max(np.abs(actual) / 2 + np.abs(expected) / 2)), TINY)
    return float(np.max(np.abs(actual / 2 - expected / 2))) / scale


def as_array(value, what, *, dtype_kind="f"):
    """Return ``value`` as an ndarray, failing with a clear message if it is not one."""
    if isinstance(value, (np.generic, int, float)) and not isinstance(value, bool):
        value = np.asarray(value)
    if not isinstance(value, np.ndarray):
        raise CheckFailed(f"{what} should be a NumPy array, but your function returned {type(value).__name__}")
    if dtype_kind == "f" and value.dtype.kind not in "fiub":
        raise CheckFailed(f"{what} should hold real numbers, but has dtype {value.dtype}")
    return value


def as_float(value, what):
    """Return ``value`` as a Python float, failing if it is not a real scalar."""
    if isinstance(value, np.ndarray) and value.size == 1 and value.ndim <= 1:
        value = value.reshape(()).item()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CheckFailed(f"{what} should be a single number (a float), but your function returned "
                          f"{type(value).__name__}")
    return float(value)


def assert_shape(actual, shape, what, inputs=""):
    """Fail unless ``actual`` is a real-valued array of exactly ``shape``."""
    actual = as_array(actual, what)
    if actual.shape != tuple(shape):
        hint = ""
        if actual.shape == tuple(shape)[::-1] and len(shape) == 2:
            hint = "\nHint: that is the transpose of the expected shape."
        elif actual.size == int(np.prod(shape)):
            hint = "\nHint: the right number of entries in the wrong shape; check your reshape/axis."
        raise CheckFailed(f"{what} should have shape {tuple(shape)} but has shape {actual.shape}"
                          + (f" (for {inputs})" if inputs else "") + hint)
    return actual


def assert_finite(actual, what, inputs=""):
    actual = as_array(actual, what)
    bad = ~np.isfinite(actual)
    if bad.any():
        kinds = sorted({"NaN" if np.isnan(v) else "inf" for v in np.asarray(actual, dtype=float)[bad].ravel()})
        raise CheckFailed(f"{what} contains {' and '.join(kinds)} in {int(bad.sum())} of {actual.size} entries"
                          + (f" (for {inputs})" if inputs else ""))
    return actual


def matches(actual, candidate, rtol):
    """True if ``actual`` has the same shape as ``candidate`` and agrees within ``rtol``."""
    try:
        actual = np.asarray(actual, dtype=float)
        candidate = np.asarray(candidate, dtype=float)
    except (TypeError, ValueError):
        return False
    return actual.shape == candidate.shape and np.isfinite(actual).all() and relative_error(actual, candidate) <= rtol


def assert_close(actual, expected, *, what, inputs="", rtol=1e-8, hints=()):
    """Fail unless ``actual`` matches ``expected`` (same shape, relative error <= rtol).

    Parameters
    ----------
    actual, expected : array_like
    what : str
        The quantity, as a learner would name it ("the covariance matrix").
    inputs : str
        The input, e.g. ``describe(X=X)``.
    rtol : float
        Largest allowed normwise relative error.
    hints : sequence of (array_like, str)
        Results of known mistakes; if ``actual`` matches one, its message is shown.
    """
    expected = np.asarray(expected, dtype=float)
    actual = assert_shape(actual, expected.shape, what, inputs)
    for_inputs = f" for {inputs}" if inputs else ""
    if not np.isfinite(actual).all() and np.isfinite(expected).all():
        assert_finite(actual, what, inputs)
    error = relative_error(actual, expected)
    if error <= rtol and np.array_equal(np.isnan(actual), np.isnan(expected)):
        return actual
    message = f"{what} is off{for_inputs}: relative error {error:.2g} (allowed {rtol:.0e})"
    for candidate, hint in hints:
        if matches(actual, candidate, max(rtol, 1e-6)):
            message += f"\nHint: {hint}"
            break
    raise CheckFailed(message)


def assert_unchanged(before, after, names):
    """Fail if the function modified any of its array arguments.

    ``before`` and ``after`` are the argument tuples sent and echoed back.
    """
    for name, old, new in zip(names, before, after):
        if isinstance(old, np.ndarray) and not np.array_equal(old, new, equal_nan=True):
            raise CheckFailed(f"your function modified its input {name}: work on a copy "
                              f"(e.g. {name} = {name} - {name}.mean(axis=0) creates a new array; "
                              f"{name} -= ... changes the caller's)")


def assert_learner_raises(call, *names, what):
    """Fail unless ``call()`` makes the learner's function raise one of ``names``."""
    from mlgrade.sandbox.faults import LearnerRaised

    try:
        call()
    except LearnerRaised as raised:
        if raised.is_a(*names):
            return raised
        raise CheckFailed(f"{what}: expected {' or '.join(names)}, but your function raised "
                          f"{raised.exc_name}: {raised.exc_message}") from None
    raise CheckFailed(f"{what}: expected {' or '.join(names)}, but your function returned normally")


def align_signs(actual, expected):
    """Flip each row of ``actual`` to point the same way as the matching row of ``expected``.

    For quantities defined up to sign per row (eigenvectors, principal axes).
    """
    actual = np.array(actual, dtype=float)
    signs = np.sign(np.sum(actual * np.asarray(expected, dtype=float), axis=1))
    signs[signs == 0] = 1.0
    return actual * signs[:, None]


FLOAT_WARNINGS = ("RuntimeWarning", "FloatingPointError")


def warning_message(raised, function_name, inputs, hints=None, default_hints=None):
    """The learner-facing message for an exception (usually a floating-point warning) from learner code.

    ``hints`` then ``default_hints`` map a piece of the message (``"overflow"``) to the hint shown.
    """
    table = {**(hints or {}), **{key: text for key, text in (default_hints or {}).items() if key not in (hints or {})}}
    text = f"{raised.exc_name} {raised.exc_message}"
    hint = next((hint for key, hint in table.items() if key in text), None)
    message = f"{function_name} raised {raised.exc_name} '{raised.exc_message}'" + (f" for {inputs}" if inputs else "")
    if raised.is_a("RuntimeWarning"):
        message += " (floating-point warnings are errors here)"
    if raised.where:
        message += "\n    at " + "\n    at ".join(raised.where)
    if hint:
        message += f"\nHint: {hint}"
    return message


def call_quietly(function, *args, inputs, hints=None, default_hints=None, catch=FLOAT_WARNINGS,
                 checking_inputs=False, **kwargs):
    """Call a learner function; a floating-point warning it raises becomes a failed check with a hint.

    Warnings are errors in the sandbox, so an overflow in learner code arrives as a raised
    ``RuntimeWarning``; this turns it (or any exception named in ``catch``) into a
    :class:`CheckFailed` that names the input and, when a key of ``hints`` (then of
    ``default_hints``) occurs in the message (e.g. ``"overflow"``), gives that hint.
    With ``checking_inputs`` it returns ``(result, args_after)`` like ``call_checking_inputs``.
    """
    from mlgrade.sandbox.faults import LearnerRaised

    try:
        if checking_inputs:
            return function.call_checking_inputs(*args, **kwargs)
        return function(*args, **kwargs)
    except LearnerRaised as raised:
        if not raised.is_a(*catch):
            raise
        raise CheckFailed(warning_message(raised, function.name, inputs, hints, default_hints)) from None
