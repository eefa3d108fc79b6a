"""Algebra: polynomials (Horner, products, Vandermonde), quadratic roots, inequalities, stable logarithms.

Besides the level's title and banned imports, this package holds the checks its
suites share: entrywise relative errors (the normwise error of
``mlgrade.checks.assert_close`` hides a wrong tiny entry next to a large one) and
floating-point warnings turned into feedback with a hint.
"""

from functools import partial

import numpy as np

from mlgrade import checks
from mlgrade.checks import TINY, CheckFailed

# Learner code of this level may not import these packages at all (NumPy and the standard library only).
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd", "sympy", "mpmath", "gmpy2")

FLOAT_ERRORS = ("RuntimeWarning", "FloatingPointError", "ZeroDivisionError")
WARNING_HINTS = {
    "overflow": "an intermediate result grew beyond the largest float (about 1.8e308): reorder the computation "
                "so that no intermediate is larger than the answer",
    "divide by zero": "a division by zero happened, maybe in an entry that np.where then discards: np.where "
                      "evaluates both branches everywhere, so make the divisor safe first",
    "division by zero": "a division by zero happened: check which inputs make the divisor 0",
    "invalid value": "an operation produced NaN (0/0, inf - inf, sqrt or log of a negative number): find which "
                     "entries trigger it and treat them separately",
}


call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS, catch=FLOAT_ERRORS)
def numbers(value, what, shape, inputs="", *, complex_ok=False, shape_hints=()):
    """The learner's ``value`` as an ndarray of exactly ``shape`` (``()`` accepts a plain number).

    ``shape_hints`` is a sequence of ``(wrong_shape, hint)`` pairs for known wrong shapes.
    """
    for_inputs = f" (for {inputs})" if inputs else ""
    if isinstance(value, (bool, np.bool_)):
        raise CheckFailed(f"{what} should be a number, but your function returned a bool{for_inputs}")
    if isinstance(value, (int, float, complex, np.generic)):
        value = np.asarray(value)
    if not isinstance(value, np.ndarray):
        kind = "a NumPy array" if shape else "a number"
        raise CheckFailed(f"{what} should be {kind}, but your function returned {type(value).__name__}{for_inputs}")
    kinds = "fiuc" if complex_ok else "fiu"
    if value.dtype.kind not in kinds:
        raise CheckFailed(f"{what} should hold {'numbers' if complex_ok else 'real numbers'}, "
                          f"but has dtype {value.dtype}{for_inputs}")
    shape = tuple(shape)
    if value.shape != shape:
        hint = dict((tuple(wrong), text) for wrong, text in shape_hints).get(value.shape)
        if hint is None and len(shape) == 2 and value.shape == shape[::-1]:
            hint = "that is the transpose of the expected shape"
        elif hint is None and value.size == int(np.prod(shape)) and value.size:
            hint = "the right number of entries in the wrong shape; check your reshape/axis"
        expected = "a single number (shape ())" if shape == () else f"shape {shape}"
        raise CheckFailed(f"{what} should have {expected} but has shape {value.shape}{for_inputs}"
                          + (f"\nHint: {hint}" if hint else ""))
    return value


def entrywise_errors(actual, expected, scale):
    """``|actual - expected| / scale`` entry by entry (scale floored at the tiniest float)."""
    with np.errstate(all="ignore"):
        return np.abs(np.asarray(actual) - np.asarray(expected)) / np.maximum(np.asarray(scale, dtype=float), TINY)


def assert_close_entrywise(actual, expected, *, what, inputs="", rtol, scale=None, at=None, hints=(),
                           hint_rtol=None, complex_ok=False, shape_hints=()):
    """Fail unless every entry satisfies ``|actual - expected| <= rtol * scale`` (default scale ``|expected|``).

    Parameters
    ----------
    scale : array_like, optional
        The size an entry's rounding error is measured against: ``|expected|`` for a plain relative
        error, or a condition-aware scale such as ``Σ|c_k||x|^k`` for a polynomial value.
    at : (str, array_like), optional
        A name and the input value of each entry, to say where the worst entry is ("at x = 1e-12").
    hints : sequence of (array_like or None, str)
        Results of known mistakes; the first one the learner's answer matches (within ``hint_rtol``,
        default ``max(rtol, 1e-9)``, same scale) adds its hint.
    """
    expected = np.asarray(expected)
    actual = numbers(actual, what, expected.shape, inputs, complex_ok=complex_ok, shape_hints=shape_hints)
    scale = np.abs(expected) if scale is None else np.broadcast_to(np.asarray(scale, dtype=float), expected.shape)
    for_inputs = f" for {inputs}" if inputs else ""
    where = ""
    bad = ~np.isfinite(actual) & np.isfinite(expected)
    if bad.any():
        errors = bad.astype(float)
        problem = f"{what} contains NaN or inf{for_inputs} ({int(bad.sum())} of {actual.size} entries)"
    else:
        errors = entrywise_errors(actual, expected, scale)
        errors = np.where(np.isnan(errors), 0.0, errors)  # inf == inf, nan == nan count as equal
        if not errors.size or errors.max() <= rtol:
            return actual
        size = f"{errors.max():.2g}" if errors.max() < 1e6 else "above 1e6 (wrong values, not rounding)"
        problem = f"{what} is off{for_inputs}: relative error {size}"
    if at is not None and errors.size and np.ndim(at[1]) and errors.ndim:
        values = np.broadcast_to(np.asarray(at[1]), expected.shape)
        where = f" at {at[0]} = {values.flat[int(np.argmax(errors))]:.6g}"
    message = problem + where + ("" if bad.any() else f" (allowed {rtol:.0e})")
    tolerance = max(rtol, 1e-9) if hint_rtol is None else hint_rtol
    for candidate, hint in hints:
        if candidate is None:
            continue
        candidate = np.asarray(candidate)
        if candidate.shape == actual.shape and np.all(np.isfinite(actual) == np.isfinite(candidate)):
            distance = entrywise_errors(actual, candidate, scale)
            if np.all(np.nan_to_num(distance, nan=0.0) <= tolerance):
                message += f"\nHint: {hint}"
                break
    raise CheckFailed(message)
