"""Numerical methods: stable log-sum-exp and softmax, conditioning, Newton's method, line search, gradient checks.

Besides the level's title and banned imports, this package holds a check its suites
share: a comparison that allows ``-inf`` where ``-inf`` is the right answer.
"""

import numpy as np

from mlgrade.checks import CheckFailed, assert_close, assert_shape

# Learner code of this level may not import these packages at all (the suites use SciPy as the oracle).
BANNED_IMPORTS = ("scipy", "sklearn", "torch", "jax", "tensorflow", "autograd")


def assert_close_with_infinities(actual, expected, *, what, inputs="", rtol, hints=()):
    """Like ``assert_close``, but ``±inf`` must stand exactly where ``expected`` has it (and nowhere else)."""
    expected = np.asarray(expected, dtype=float)
    actual = np.asarray(assert_shape(actual, expected.shape, what, inputs), dtype=float)
    for_inputs = f" for {inputs}" if inputs else ""
    infinite = np.isinf(expected)
    if np.isnan(actual).any():
        raise CheckFailed(f"{what} contains NaN{for_inputs}; every entry should be a number or -inf")
    wrong = infinite & (actual != expected)
    if wrong.any():
        raise CheckFailed(f"{what} is wrong{for_inputs}: {int(wrong.sum())} entries should be "
                          f"{float(expected[wrong][0])!r} but are not")
    spurious = ~infinite & np.isinf(actual)
    if spurious.any():
        raise CheckFailed(f"{what} is wrong{for_inputs}: {int(spurious.sum())} entries are "
                          f"{float(actual[spurious][0])!r} where a finite number is expected"
                          + next((f"\nHint: {hint}" for key, hint in hints if key == "inf"), ""))
    finite = ~infinite
    assert_close(actual[finite], expected[finite], what=what, inputs=inputs, rtol=rtol,
                 hints=[(np.asarray(candidate)[finite], hint) for candidate, hint in hints if not isinstance(candidate, str)])
