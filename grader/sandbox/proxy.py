"""Call functions of a module that lives in a sandbox worker, as if they were local.

``LearnerModule(spec).covariance_matrix(X)`` sends ``X`` to the worker, runs the
learner's function there and returns the result as data, or raises one of the
:mod:`mlgrade.sandbox.faults`. A worker that died is restarted for the next call;
a module that failed to import fails every call the same way, quickly.
"""

import time

from mlgrade.sandbox.faults import (
    LearnerBadResult,
    LearnerCrashed,
    LearnerForbidden,
    LearnerImportFailed,
    LearnerMissingFunction,
    LearnerRaised,
    LearnerTimeout,
    NotImplementedYet,
)
from mlgrade.sandbox.process import WorkerDied, WorkerProcess, WorkerTimeout

FORBIDDEN_HELP = "this exercise is about writing it yourself, so {api} is not allowed here"


def forbidden_message(api, where):
    text = f"your code uses {api}: " + FORBIDDEN_HELP.format(api=api)
    if where:
        text += "\n    at " + where[-1]
    return text


class LearnerModule:
    """A proxy for one learner module file running in a sandbox worker.

    Parameters
    ----------
    spec : WorkerSpec
        The module file, its API bans and resource limits.
    timeout_s : float
        Default wall-clock limit of one call.
    """

    def __init__(self, spec, timeout_s=10.0):
        self.spec = spec
        self.timeout_s = timeout_s
        self.worker = None
        self.load_failure = None
        self.kept = None  # (worker, function, args, kwargs) of the arguments the worker keeps for timing

    @property
    def filename(self):
        return self.spec.path.name

    def __getattr__(self, function):
        if function.startswith("_"):
            raise AttributeError(function)
        return LearnerFunction(self, function)

    def close(self):
        if self.worker is not None:
            self.worker.close()
            self.worker = None

    # -- worker management -----------------------------------------------------
    def _ready_worker(self):
        if self.load_failure is not None:
            raise self.load_failure
        if self.worker is not None and self.worker.alive:
            return self.worker
        self.worker = WorkerProcess(self.spec)
        try:
            reply = self.worker.start()
        except WorkerTimeout:
            self.load_failure = LearnerTimeout(f"importing {self.filename} took longer than "
                                               f"{self.spec.limits.start_timeout_s:.0f} s")
        except WorkerDied as died:
            self.load_failure = LearnerImportFailed(f"{self.filename} could not be imported: {died}")
        else:
            if reply[0] == "ready":
                return self.worker
            self.load_failure = self._load_fault(reply)
        self.close()
        raise self.load_failure

    def _load_fault(self, reply):
        _, kind, message, where = reply
        if kind == "forbidden":
            return LearnerForbidden(f"import {message}", f"{self.filename} imports {message}: "
                                    + FORBIDDEN_HELP.format(api=message))
        text = f"{self.filename} could not be imported: {message}"
        if where:
            text += "\n    at " + "\n    at ".join(where)
        return LearnerImportFailed(text)

    def request(self, function, args, kwargs, options, timeout_s=None):
        """Send one call; return the raw reply or raise a learner fault."""
        worker = self._ready_worker()
        timeout_s = self.timeout_s if timeout_s is None else timeout_s
        try:
            reply = worker.request(function, args, kwargs, options, timeout_s)
        except WorkerTimeout:
            self.worker = None
            raise LearnerTimeout(f"{function} did not return within {timeout_s:g} s "
                                 "(an infinite loop, or far too slow)") from None
        except WorkerDied as died:
            self.worker = None
            raise LearnerCrashed(f"{function} crashed: {died}") from None
        kind = reply[0]
        if kind in ("result", "timed"):
            return reply
        if kind == "raised":
            raise LearnerRaised(function, reply[1], reply[2], reply[3])
        if kind == "forbidden":
            raise LearnerForbidden(reply[1], forbidden_message(reply[1], reply[2]))
        if kind == "not_implemented":
            raise NotImplementedYet(f"{function} is not implemented yet: replace `raise NotImplementedError` "
                                    f"in {self.filename} with your code")
        if kind == "missing":
            raise LearnerMissingFunction(f"{self.filename} has no function {function}: "
                                         "keep the name and signature of the stub")
        if kind == "bad_result":
            raise LearnerBadResult(reply[1])
        raise LearnerCrashed(f"{function}: the worker sent an unexpected reply")


class LearnerFunction:
    """A callable handle on one function of a :class:`LearnerModule`."""

    def __init__(self, module, name):
        self.module = module
        self.name = name

    def __call__(self, *args, **kwargs):
        return self.module.request(self.name, args, kwargs, {})[1]

    def call_with_timeout(self, timeout_s, *args, **kwargs):
        """Call with a wall-clock limit other than the module's default (e.g. a must-terminate check)."""
        return self.module.request(self.name, args, kwargs, {}, timeout_s)[1]

    def call_checking_inputs(self, *args, **kwargs):
        """Call and also return the arguments as they were after the call."""
        _, result, args_after = self.module.request(self.name, args, kwargs, {"echo_args": True})
        return result, args_after

    def time(self, args, kwargs=None, repeat=1, timeout_s=None):
        """Round-trip seconds of one request that runs the call ``repeat`` times.

        The arguments cross to the worker once: later requests of this function with the same
        ``args`` and ``kwargs`` objects reuse the worker's copy, so a round trip is the call and
        a message of a few bytes, however large the inputs. ``repeat=0`` sends them and calls nothing.
        """
        module = self.module
        worker = module._ready_worker()
        kept = module.kept
        if kept is not None and kept[0] is worker and kept[1] == self.name and kept[2] is args and kept[3] is kwargs:
            message, options = (None, None), {"repeat": repeat, "timed": True, "reuse_args": True}
        else:
            message, options = (args, kwargs or {}), {"repeat": repeat, "timed": True, "keep_args": True}
            module.kept = None
        start = time.perf_counter()
        module.request(self.name, *message, options, timeout_s)
        elapsed = time.perf_counter() - start
        module.kept = (worker, self.name, args, kwargs)
        return elapsed
