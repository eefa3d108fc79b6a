"""What can go wrong on the learner's side of the sandbox, as judge-side exceptions.

Each fault carries the grading ``status`` it leads to and a message written for
the learner. Suites let them propagate; the collector turns them into results.
"""


class LearnerFault(Exception):
    """Base class: the learner's code, not the grader, caused this."""

    status = "error"


class NotImplementedYet(LearnerFault):
    status = "not_implemented"


class LearnerRaised(LearnerFault):
    """The learner's function raised an exception (warnings count, as errors)."""

    def __init__(self, function, mro, message, where):
        self.function = function
        self.mro = tuple(mro)
        self.exc_name = mro[0]
        self.exc_message = message
        self.where = tuple(where)
        text = f"{function} raised {self.exc_name}: {message}"
        if where:
            text += "\n    at " + "\n    at ".join(where)
        super().__init__(text)

    def is_a(self, *names):
        """True if the learner's exception is (a subclass of) one of ``names``."""
        return any(name in self.mro for name in names)


class LearnerTimeout(LearnerFault):
    status = "timeout"


class LearnerCrashed(LearnerFault):
    """The worker process died during the call (exit, signal, output or memory limit)."""


class LearnerForbidden(LearnerFault):
    status = "forbidden"

    def __init__(self, api, message):
        self.api = api
        super().__init__(message)


class LearnerImportFailed(LearnerFault):
    """The learner's module could not be imported."""


class LearnerMissingFunction(LearnerFault):
    pass


class LearnerBadResult(LearnerFault):
    """The function returned something that is not plain data (a class of its own, objects…)."""
