"""Speed thresholds: the learner's function against the reference, in the same run.

Both run in sandbox workers of the same kind (one BLAS thread each). The judge
times round trips of requests that run the call ``repeat`` times, alternating
learner and reference (A B A B …), and compares the fastest round of each: a
ratio, never an absolute time, so a busy machine slows both alike. The arguments
cross to each worker once and every timed request reuses them, so a round trip is
the calls plus a message of a few bytes; that message's cost, measured in every
round with a request that runs the call zero times, is taken off the round trips.

A round runs the call often enough to last ``ROUND_TARGET_S`` on the reference. A
learner function whose first two calls both show it far slower runs fewer calls per
round (rounds of about ``max_ratio × ROUND_TARGET_S``), so judging a slow loop
costs a fraction of a second instead of seconds; ratios compare time per call. When
those calls and the first timed round are all over four times the limit, the
verdict needs no more rounds.
"""

import math

from mlgrade.checks import CheckFailed
from mlgrade.sandbox.faults import LearnerTimeout

ROUND_TARGET_S = 0.02  # each timed request runs long enough to dwarf IPC overhead
MAX_ROUNDS = 7
MIN_ROUNDS = 3
MAX_REPEAT = 10_000
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
        learner = _Timer(function, args, kwargs or {})
        reference = _Timer(getattr(self.reference, function.name), args, kwargs or {})
        reference.warm_up()
        single = reference.seconds_per_call()
        try:
            timeout_s = max(2.0, 6.0 * max_ratio * single + reference.overhead)
            learner.warm_up(timeout_s)
            if learner.one_call > max_ratio * single:  # first-touch costs, or really slow: ask again
                learner.time_one_more_call(timeout_s)
        except LearnerTimeout:
            self._fail(function.name, 6.0 * max_ratio, max_ratio, inputs, hint, at_least=True)
        repeat = max(1, min(MAX_REPEAT, math.ceil(ROUND_TARGET_S / single)))
        # Equal to ``repeat`` unless both first calls took over max_ratio × the reference's.
        learner_repeat = max(1, min(repeat, math.ceil(max_ratio * ROUND_TARGET_S / learner.one_call)))
        # Far over the limit on both first calls: one timed round that agrees settles it.
        clearly_slow = learner.one_call > 4 * max_ratio * single
        for round_number in range(MAX_ROUNDS):
            limit = max(2.0, 6.0 * max_ratio * single * learner_repeat + learner.overhead)
            try:
                learner.round(learner_repeat, timeout_s=limit)
            except LearnerTimeout:
                best = reference.compute / repeat if reference.rounds else single
                self._fail(function.name, limit / (best * learner_repeat), max_ratio, inputs, hint, at_least=True)
            reference.round(repeat)
            ratio = (learner.compute / learner_repeat) / (reference.compute / repeat)
            settled = round_number + 1 >= MIN_ROUNDS and (ratio < max_ratio / 2 or ratio > 2 * max_ratio)
            if settled or (clearly_slow and ratio > 4 * max_ratio):
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


class _Timer:
    """Round trips of one function on fixed arguments: the fastest empty request and the fastest timed round."""

    def __init__(self, function, args, kwargs):
        self.function, self.args, self.kwargs = function, args, kwargs
        self.overhead = math.inf  # fastest request that runs nothing (the arguments already sent)
        self.one_call = math.inf  # seconds of the fastest single call so far, less the overhead
        self.best_round = math.inf
        self.rounds = 0

    def _time(self, repeat, timeout_s=None):
        return self.function.time(self.args, self.kwargs, repeat=repeat, timeout_s=timeout_s)

    def warm_up(self, timeout_s=None):
        """Send the arguments, then one call and two empty requests.

        First-touch memory and caches are not part of any later measurement.
        """
        self._time(0, timeout_s)
        first = self._time(1, timeout_s)
        self.overhead = min(self._time(0), self._time(0))
        self.one_call = max(first - self.overhead, 1e-7)

    def time_one_more_call(self, timeout_s=None):
        """A second single call, so one call slowed by first touches cannot size the rounds."""
        self.one_call = min(self.one_call, max(self._time(1, timeout_s) - self.overhead, 1e-7))

    def seconds_per_call(self):
        """Time per call, from requests long enough that the overhead's jitter is small."""
        repeat = 1
        while True:
            elapsed = max(min(self._time(repeat) for _ in range(2)) - self.overhead, 1e-9)
            if elapsed >= ROUND_TARGET_S / 8 or repeat >= MAX_REPEAT:
                return max(elapsed / repeat, 1e-7)
            needed = math.ceil(ROUND_TARGET_S / 8 / max(elapsed, 1e-6))  # from a noisy estimate: at most 16-fold
            repeat = min(MAX_REPEAT, repeat * 16, max(repeat * 2, needed))

    def round(self, repeat, timeout_s=None):
        self.overhead = min(self.overhead, self._time(0))
        self.best_round = min(self.best_round, self._time(repeat, timeout_s))
        self.rounds += 1

    @property
    def compute(self):
        """Seconds of computing in the fastest round: its round trip less the fastest empty request.

        Floored at a tenth of the round trip, so jitter in the overhead can never make it vanish.
        """
        return max(self.best_round - self.overhead, 0.1 * self.best_round)
