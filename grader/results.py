"""Grading results as plain dataclasses, and the JSON document of DESIGN.md.

An exercise's score is the sum of the points of its passed checks; a forbidden
exercise scores zero. Its status is the most serious thing that happened to it.
"""

from dataclasses import dataclass, field

SCHEMA = "mlgrade.result/1"

# Most serious first: the exercise status is the first of these that occurs.
STATUS_ORDER = ("forbidden", "not_implemented", "timeout", "error", "failed", "too_slow")


@dataclass
class TestResult:
    """One check of an exercise."""

    __test__ = False  # not a pytest test class

    name: str
    status: str  # passed | failed | error | skipped
    points: float
    max_points: float
    message: str = ""
    cause: str = ""  # the exercise-level status this check leads to, e.g. "timeout"
    counts: bool = True  # False when skipped by choice (--no-speed): not part of the maximum


@dataclass
class Speed:
    ratio: float | None
    max_ratio: float


@dataclass
class ExerciseResult:
    """One learner function and its checks."""

    level: str
    module: str
    function: str
    tests: list = field(default_factory=list)
    speed: Speed | None = None
    static_ban: str = ""  # message when the source itself uses a banned API

    @property
    def id(self):
        return f"{self.level}.{self.module}.{self.function}"

    @property
    def max_score(self):
        return sum(test.max_points for test in self.tests if test.counts)

    @property
    def status(self):
        if self.static_ban:
            return "forbidden"
        causes = {test.cause for test in self.tests if test.cause}
        for status in STATUS_ORDER:
            if status in causes:
                return status
        return "passed"

    @property
    def score(self):
        if self.status == "forbidden":
            return 0.0
        return float(sum(test.points for test in self.tests if test.counts))

    @property
    def first_problem(self):
        """The check a learner should read first (``None`` when all passed)."""
        for test in self.tests:
            if test.cause:
                return test
        return None

    def to_json(self):
        return {
            "id": self.id,
            "module": self.module,
            "function": self.function,
            "status": self.status,
            "score": self.score,
            "max_score": self.max_score,
            "speed": None if self.speed is None else {"ratio": self.speed.ratio, "max_ratio": self.speed.max_ratio},
            "tests": [
                {"name": test.name, "status": test.status, "message": test.message}
                for test in self.tests
                if test.counts
            ],
        }


@dataclass
class Report:
    """The outcome of grading one level."""

    level: str
    title: str
    seed: int
    source: str  # where the learner code came from
    exercises: list = field(default_factory=list)
    duration_s: float = 0.0
    speed_checked: bool = True

    @property
    def score(self):
        return sum(exercise.score for exercise in self.exercises)

    @property
    def max_score(self):
        return sum(exercise.max_score for exercise in self.exercises)

    @property
    def passed(self):
        return bool(self.exercises) and all(exercise.status == "passed" for exercise in self.exercises)

    def to_json(self):
        return {
            "schema": SCHEMA,
            "level": self.level,
            "seed": self.seed,
            "score": self.score,
            "max_score": self.max_score,
            "duration_s": round(self.duration_s, 3),
            "exercises": [exercise.to_json() for exercise in self.exercises],
        }
