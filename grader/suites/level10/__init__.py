"""Information theory: entropy, cross-entropy, KL divergence, mutual information, information gain.

Besides the level's title and banned imports, this package holds the checks its suites
share: values compared entry by entry with a small absolute floor (entropies and
divergences are often near 0, where a normwise relative error is meaningless) and
with ``inf`` where ``inf`` is expected, floating-point warnings turned into feedback
with a hint, and "must raise" checks that explain the convention.
"""

from functools import partial

import numpy as np

from mlgrade import checks
from mlgrade.checks import CheckFailed

# Learner code of this level may not import these packages at all: SciPy and scikit-learn
# hold every answer of the level (scipy.stats.entropy, scipy.special.rel_entr / log_softmax,
# sklearn.metrics.mutual_info_score).
BANNED_IMPORTS = ("scipy", "sklearn", "torch", "jax", "tensorflow", "autograd")

LOG_ZERO_HINT = ("np.log(0) warns 'divide by zero' even inside np.where (both branches are evaluated): take "
                 "logs only where p > 0 (boolean indexing, or np.log(p, out=np.zeros_like(p), where=p > 0)), "
                 "and wrap a deliberate log(0) = -inf in `with np.errstate(divide=\"ignore\"):`")
WARNING_HINTS = {
    "divide by zero": LOG_ZERO_HINT,
    "invalid value": ("a NaN was made, typically 0 · log 0 = 0 · (-inf): the convention is 0 · log 0 = 0, so "
                      "leave out the entries with probability 0 instead of multiplying them by -inf"),
    "overflow": ("an intermediate result overflowed: subtract the row maximum before np.exp (log-sum-exp), "
                 "and divide before squaring"),
}

call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def numbers(value, what, shape, inputs=""):
    """The learner's ``value`` as a float ndarray of ``shape`` (a float for shape ``()``)."""
    if shape == ():
        return np.asarray(checks.as_float(value, what))
    return checks.assert_shape(value, shape, what, inputs).astype(float)


def assert_values(actual, expected, *, what, inputs="", rtol=1e-10, floor=1e-3, hints=()):
    """Fail unless ``|actual - expected| <= rtol * (|expected| + floor)`` entrywise; ``inf`` must match ``inf``.

    ``hints`` are ``(candidate, text)`` pairs, checked with the same test at tolerance ``max(rtol, 1e-8)``.
    """
    expected = np.asarray(expected, dtype=float)
    actual = numbers(actual, what, expected.shape, inputs)
    for_inputs = f" for {inputs}" if inputs else ""

    def errors(candidate):
        candidate = np.asarray(candidate, dtype=float)
        with np.errstate(all="ignore"):
            err = np.abs(actual - candidate) / (np.abs(candidate) + floor)
        same = (actual == candidate)
        return np.where(same, 0.0, np.where(np.isnan(err), np.inf, err))

    err = errors(expected)
    if not err.size or err.max() <= rtol:
        return actual
    worst = int(np.argmax(err))
    got, want = actual.flat[worst], expected.flat[worst]
    if np.isinf(want) and not np.isinf(got):
        problem = (f"{what} is wrong{for_inputs}: an entry should be +inf (some q_i = 0 where p_i > 0: "
                   f"an impossible event under q), but it is {got:.6g}")
    elif not np.isfinite(got):
        problem = f"{what} is wrong{for_inputs}: an entry is {got!r} where a finite number is expected"
    else:
        size = f"{err.max():.2g}" if err.max() < 1e6 else "above 1e6 (wrong values, not rounding)"
        problem = f"{what} is off{for_inputs}: relative error {size} (allowed {rtol:.0e})"
    for candidate, hint in hints:
        if candidate is None or np.shape(candidate) != expected.shape:
            continue
        if errors(candidate).max() <= max(rtol, 1e-8):
            problem += f"\nHint: {hint}"
            break
    raise CheckFailed(problem)


def expect_value_error(call, what, hint=None):
    """Fail unless ``call()`` raises ValueError; on failure add ``hint`` (the convention) to the message."""
    try:
        return checks.assert_learner_raises(call, "ValueError", what=what)
    except CheckFailed as failed:
        raise CheckFailed(str(failed) + (f"\nHint: {hint}" if hint else "")) from None
