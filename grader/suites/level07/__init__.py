"""Probability: Bayes' rule in log space, the normal and binomial distributions, sampling, moments, naive Bayes.

Besides the level's title and banned imports, this package holds the checks its
suites share: an entrywise comparison (densities span hundreds of orders of
magnitude, and a normwise relative error would hide a wrong tiny entry next to a
large one) and floating-point warnings turned into feedback with a hint.
"""

from functools import partial

import numpy as np

from mlgrade import checks
from mlgrade.checks import TINY, CheckFailed

# Learner code of this level may not import these packages. SciPy stays allowed (scipy.special's erf,
# gammaln and xlogy are fair tools); each exercise bans the SciPy APIs that would do its work.
BANNED_IMPORTS = ("sklearn", "torch", "jax", "tensorflow", "autograd", "statsmodels")

WARNING_HINTS = {
    "overflow": "an intermediate result grew beyond the largest float (about 1.8e308): stay in log space "
                "and exponentiate only at the end, after subtracting the largest log",
    "divide by zero": "a division by zero or log(0) happened: np.log(0) = -inf warns 'divide by zero'; "
                      "where -inf is the right value, compute it inside np.errstate(divide='ignore')",
    "invalid value": "an operation produced NaN (0/0, inf - inf, 0 · inf): find which entries trigger it "
                     "(an underflowed product? a zero probability?) and treat them separately",
}

call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def numbers(value, what, shape, inputs=""):
    """The learner's ``value`` as a float ndarray of exactly ``shape`` (a tuple of numbers is accepted)."""
    if isinstance(value, (tuple, list)):
        try:
            value = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            raise CheckFailed(f"{what} should be a NumPy array of numbers") from None
    return checks.assert_shape(value, shape, what, inputs).astype(float)


def assert_entrywise(actual, expected, *, what, inputs="", rtol, scale=None, hints=(), at=None):
    """Fail unless every entry has ``|actual - expected| <= rtol * scale`` (default scale ``|expected|``).

    NaN must stand where NaN is expected (and nowhere else); ``inf`` must match ``inf``.
    ``hints`` are ``(candidate, text)`` pairs: the first candidate the answer matches (same test,
    tolerance ``max(rtol, 1e-9)``) adds its text. ``at`` = ``(name, values)`` names the worst entry.
    """
    expected = np.asarray(expected, dtype=float)
    actual = numbers(actual, what, expected.shape, inputs)
    scale = np.abs(expected) if scale is None else np.broadcast_to(np.asarray(scale, dtype=float), expected.shape)
    for_inputs = f" for {inputs}" if inputs else ""

    def errors(candidate):
        candidate = np.asarray(candidate, dtype=float)
        with np.errstate(all="ignore"):
            err = np.abs(actual - candidate) / np.maximum(scale, TINY)
        same = (actual == candidate) | (np.isnan(actual) & np.isnan(candidate))
        return np.where(same, 0.0, np.where(np.isnan(err), np.inf, err))

    err = errors(expected)
    if not err.size or err.max() <= rtol:
        return actual
    worst = int(np.argmax(err))
    if np.isnan(actual.flat[worst]) or np.isinf(actual.flat[worst]) or np.isnan(expected.flat[worst]):
        got = "NaN" if np.isnan(actual.flat[worst]) else repr(float(actual.flat[worst]))
        problem = f"{what} is wrong{for_inputs}: an entry is {got} where "
        problem += "NaN is expected" if np.isnan(expected.flat[worst]) else "a finite number is expected"
    else:
        size = f"{err.max():.2g}" if err.max() < 1e6 else "above 1e6 (wrong values, not rounding)"
        problem = f"{what} is off{for_inputs}: relative error {size} (allowed {rtol:.0e})"
    if at is not None:
        values = np.broadcast_to(np.asarray(at[1]), expected.shape)
        problem += f", worst at {at[0]} = {values.flat[worst]:.6g}"
    for candidate, hint in hints:
        if candidate is None or np.shape(candidate) != expected.shape:
            continue
        if errors(candidate).max() <= max(rtol, 1e-9):
            problem += f"\nHint: {hint}"
            break
    raise CheckFailed(problem)
