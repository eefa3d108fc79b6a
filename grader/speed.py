"""Speed thresholds: the learner's function against the reference, in the same run.

Both run in sandbox workers of the same kind (one BLAS thread each). The judge
times round trips of requests that run the call ``repeat`` times, alternating
learner and reference (A B A B …), and compares the fastest round of each: a
ratio, never an absolute time, so a busy machine slows both alike.
"""

import math

from mlgrade.checks import CheckFailed
from mlgrade.sandbox.faults import LearnerTimeout

ROUND_TARGET_S = 0.03  # each timed request runs long enough to dwarf IPC overhead
MAX_ROUNDS = 7
MIN_ROUNDS = 3
DEFAULT_HINT = ("a Python loop over samples or entries is the usual cause; express the computation "
                "with whole-array operations (matrix products, broadcasting, reductions along an axis)")


class TooSlow(CheckFailed):
    """The function is correct but slower than the allowed ratio."""


class SpeedJudge:
    """Time learner functions against the reference module of the same name.

    Parameters
    ----------
    reference : LearnerModule
        The reference module, running in its own (trusted) worker.
    record : callable
        ``record(ratio, max_ratio)``, called once per check with the measured ratio.
    """

    def __init__(self, reference, record):
        self.reference = reference
        self.record = record

    def check(self, function, args, *, max_ratio, inputs="", hint=DEFAULT_HINT, kwargs=None):
        """Fail with :class:`TooSlow` if ``function(*args)`` is over ``max_ratio`` × the reference."""
        kwargs = kwargs or {}
        reference = getattr(self.reference, function.name)
        reference.time(args, kwargs)  # warm up
        single = min(reference.time(args, kwargs) for _ in range(3))
        repeat = max(1, min(10_000, math.ceil(ROUND_TARGET_S / max(single, 1e-7))))
        learner_times, reference_times = [], []
        for round_number in range(MAX_ROUNDS):
            limit = max(2.0, 6.0 * max_ratio * single * repeat)
            try:
                learner_times.append(function.time(args, kwargs, repeat=repeat, timeout_s=limit))
            except LearnerTimeout:
                best = min(reference_times or [single * repeat])
                self._fail(function.name, limit / best, max_ratio, inputs, hint, at_least=True)
            reference_times.append(reference.time(args, kwargs, repeat=repeat))
            ratio = min(learner_times) / min(reference_times)
            if round_number + 1 >= MIN_ROUNDS and (ratio < max_ratio / 2 or ratio > 2 * max_ratio):
                break
        self.record(ratio, max_ratio)
        if ratio > max_ratio:
            self._fail(function.name, ratio, max_ratio, inputs, hint)
        return ratio

    def _fail(self, name, ratio, max_ratio, inputs, hint, at_least=False):
        self.record(ratio, max_ratio)
        bound = "more than " if at_least else ""
        raise TooSlow(f"{name} is correct but took {bound}{ratio:.0f}× as long as the reference"
                      + (f" on {inputs}" if inputs else "") + f" (allowed: {max_ratio:g}×).\nHint: {hint}")
