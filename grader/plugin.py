"""The pytest plugin object that runs hidden suites against learner code.

It provides the fixtures suites use (``learner``, ``rng``, ``speed``), keeps the
order of an exercise's checks meaningful (speed only once correct; nothing more
after a timeout, a ban or an unimplemented stub), and turns pytest reports into
:mod:`mlgrade.results`. Suites are plain pytest::

    MODULE = "pca"

    @pytest.mark.exercise("covariance_matrix", banned=("numpy.cov",))
    class TestCovarianceMatrix:
        @pytest.mark.points(2)
        def test_matches_reference(self, learner, rng):
            \"\"\"matches the reference on random data\"\"\"
            ...
"""

import importlib
import zlib
from pathlib import Path

import numpy as np
import pytest

from mlgrade.bans import scan_function
from mlgrade.checks import CheckFailed
from mlgrade.results import ExerciseResult, Speed, TestResult
from mlgrade.sandbox.faults import LearnerFault, LearnerImportFailed
from mlgrade.sandbox.process import WorkerSpec
from mlgrade.sandbox.proxy import LearnerModule
from mlgrade.speed import SpeedJudge, TooSlow

# After one of these, the exercise's remaining checks are not run.
BLOCKING_CAUSES = {"not_implemented", "timeout", "forbidden"}


def exercise_marker(item):
    marker = item.get_closest_marker("exercise")
    if marker is None:
        raise pytest.UsageError(f"{item.nodeid}: every hidden test needs @pytest.mark.exercise(name)")
    return marker


def check_name(item):
    """The learner-facing name of a check: its docstring's first line, plus the parameter id."""
    doc = (item.function.__doc__ or item.name).strip().splitlines()[0]
    callspec = getattr(item, "callspec", None)
    return f"{doc} [{callspec.id}]" if callspec else doc


class Collector:
    """Run a level's hidden suites and collect :class:`ExerciseResult` objects.

    Parameters
    ----------
    level : Level
    learner_dir : Path or None
        Folder with the learner's module files; ``None`` only collects (for the catalog).
    seed : int
        The run seed; every test derives its own generator from it and its id.
    speed : bool
        Run speed checks (``False`` skips them and leaves their points out).
    selected : callable or None
        ``selected(module, function) -> bool`` narrows the run.
    timeout_s : float
        Wall-clock limit of one learner call.
    """

    def __init__(self, level, learner_dir, seed, *, speed=True, selected=None, timeout_s=10.0):
        self.level = level
        self.learner_dir = None if learner_dir is None else Path(learner_dir)
        self.seed = seed
        self.speed_enabled = speed
        self.selected = selected or (lambda module, function: True)
        self.timeout_s = timeout_s
        self.exercises = {}  # (module, function) -> ExerciseResult, in suite order
        self.bans = {}  # (module, function) -> tuple of banned APIs
        self.blocked = {}  # (module, function) -> why the remaining checks are skipped
        self.modules = {}
        self.references = {}

    # -- pytest hooks --------------------------------------------------------------
    def pytest_configure(self, config):
        config.addinivalue_line("markers", "exercise(function, banned=()): the learner function a class checks")
        config.addinivalue_line("markers", "points(n): points this check is worth")
        config.addinivalue_line("markers", "speed: a speed threshold against the reference")

    def pytest_collection_modifyitems(self, session, config, items):
        kept, dropped = [], []
        for item in items:
            key = self.key(item)
            if not self.selected(*key):
                dropped.append(item)
                continue
            kept.append(item)
            if key not in self.exercises:
                marker = exercise_marker(item)
                self.exercises[key] = ExerciseResult(self.level.name, *key)
                self.bans[key] = tuple(marker.kwargs.get("banned", ()))
        if dropped:
            config.hook.pytest_deselected(items=dropped)
        items[:] = kept
        self.items = kept
        if self.learner_dir is not None:
            self._scan_sources()

    def pytest_runtest_setup(self, item):
        key = self.key(item)
        exercise = self.exercises[key]
        timed = item.get_closest_marker("speed") is not None
        if timed and not self.speed_enabled:
            pytest.skip("speed not checked (--no-speed)")  # left out of the maximum, whatever happens
        if exercise.static_ban:
            pytest.skip("not run: the function uses a banned API")
        if key in self.blocked:
            pytest.skip(f"not run: {self.blocked[key]}")
        if timed:
            if any(test.cause for test in exercise.tests):
                pytest.skip("not timed until the function is correct")

    @pytest.hookimpl(specname="pytest_runtest_makereport", tryfirst=True)
    def pytest_runtest_makereport_short(self, item, call):
        """A failed check's report without pytest's formatted traceback (slow; results never show it)."""
        error = call.excinfo
        if error is None or error.errisinstance(pytest.skip.Exception):
            return None  # pytest's own report
        summary = f"{error.typename}: {error.value}"[:3000]
        return pytest.TestReport(item.nodeid, item.location, {}, "failed", summary, call.when, [],
                                 call.duration, call.start, call.stop)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self._record(item, call, report)

    # -- fixtures ----------------------------------------------------------------
    @pytest.fixture
    def learner(self, request):
        """The learner's module for this suite, running in a sandbox worker."""
        return self.learner_module(request.module.MODULE)

    @pytest.fixture
    def rng(self, request):
        """A generator seeded from the run seed and this test's id."""
        return np.random.default_rng([self.seed, zlib.crc32(request.node.nodeid.encode())])

    @pytest.fixture
    def speed(self, request):
        key = self.key(request.node)

        def record(ratio, max_ratio):
            self.exercises[key].speed = Speed(round(float(ratio), 2), float(max_ratio))

        return SpeedJudge(self.reference_module(request.module.MODULE), record)

    # -- workers -------------------------------------------------------------------
    def learner_module(self, module):
        if module not in self.modules:
            path = self.learner_dir / f"{module}.py"
            if not path.is_file():
                raise LearnerImportFailed(f"{path} not found: restore it from the stubs (`mlgrade init`) "
                                          "or point --path at your exercises")
            api_bans = {function: bans for (mod, function), bans in self.bans.items() if mod == module}
            spec = WorkerSpec(path, api_bans, self.level.banned_imports)
            self.modules[module] = LearnerModule(spec, self.timeout_s)
        return self.modules[module]

    def reference_module(self, module):
        if module not in self.references:
            reference = importlib.import_module(f"{self.level.reference_package}.{module}")
            self.references[module] = LearnerModule(WorkerSpec(Path(reference.__file__)), self.timeout_s)
        return self.references[module]

    def close(self):
        for proxy in [*self.modules.values(), *self.references.values()]:
            proxy.close()

    # -- bookkeeping -------------------------------------------------------------
    @staticmethod
    def key(item):
        return item.module.MODULE, exercise_marker(item).args[0]

    def _scan_sources(self):
        for (module, function), bans in self.bans.items():
            path = self.learner_dir / f"{module}.py"
            if bans and path.is_file():
                hit = scan_function(path.read_text(errors="replace"), function, bans)
                if hit:
                    self.exercises[module, function].static_ban = hit.message(path.name)

    def _record(self, item, call, report):
        key = self.key(item)
        points = float(item.get_closest_marker("points").args[0]) if item.get_closest_marker("points") else 1.0
        test = TestResult(check_name(item), "passed", points, points)
        if report.skipped:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            test.status, test.points = "skipped", 0.0
            test.message = reason.removeprefix("Skipped: ")
            test.counts = "--no-speed" not in reason
        elif report.failed:
            test.points = 0.0
            test.status, test.cause, test.message = self._classify(call.excinfo if call.excinfo else None, report)
            if test.cause in BLOCKING_CAUSES or (call.excinfo and call.excinfo.errisinstance(LearnerImportFailed)):
                self.blocked.setdefault(key, f"an earlier check ended with: {test.cause.replace('_', ' ')}")
        self.exercises[key].tests.append(test)

    @staticmethod
    def _classify(excinfo, report):
        """Return ``(test status, exercise cause, message)`` for a failed check."""
        if excinfo is None:
            return "error", "error", "the check could not run"
        error = excinfo.value
        if isinstance(error, LearnerFault):
            test_status = "failed" if error.status in ("not_implemented", "forbidden") else "error"
            return test_status, error.status, str(error)
        if isinstance(error, TooSlow):
            return "failed", "too_slow", str(error)
        if isinstance(error, CheckFailed):
            return "failed", "failed", str(error)
        if isinstance(error, AssertionError):
            return "failed", "failed", "this property does not hold for your result"
        return "error", "error", (f"the check could not complete with your result "
                                  f"({type(error).__name__}: {str(error)[:300]})")

    def results(self):
        return list(self.exercises.values())
