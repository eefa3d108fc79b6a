"""Grade one level: run its hidden suites in pytest against learner code in sandboxes.

``grade(level, folder)`` is the core the CLI, the tests and the exporters call.
"""

import contextlib
import io
import os
import secrets
import time

import pytest

from mlgrade.catalog import ExerciseInfo
from mlgrade.plugin import Collector
from mlgrade.results import Report

# unraisableexception: learner code never runs in this process, and the plugin's five
# gc.collect() passes at the end of every session cost more than grading a small level.
PYTEST_ARGS = ("-p", "no:cacheprovider", "-p", "no:unraisableexception", "--import-mode=importlib",
               "-q", "-W", "error", "--disable-warnings")


class GraderError(RuntimeError):
    """The grader itself failed (a broken suite, pytest internals); never learner code."""


def new_seed():
    return secrets.randbelow(2**31)


def _selector(only_modules, keywords, functions):
    only_modules = set(only_modules or ())
    keywords = [word for word in (keywords or ()) if word]
    functions = set(functions or ())

    def selected(module, function):
        if only_modules and module not in only_modules:
            return False
        if functions and function not in functions:
            return False
        return not keywords or any(word in function or word == module for word in keywords)

    return selected


@contextlib.contextmanager
def _no_plugin_autoload():
    """Keep third-party pytest plugins (hypothesis, benchmark, …) out of the judge: slower, never needed."""
    previous = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
        else:
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = previous


def _run_pytest(level, collector, modules, extra=()):
    files = [str(level.suite_file(module)) for module in modules]
    args = [*files, *PYTEST_ARGS, "--rootdir", str(level.suites_dir.parent), "-c", os.devnull, *extra]
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), _no_plugin_autoload():
        code = pytest.main(args, plugins=[collector])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED, pytest.ExitCode.NO_TESTS_COLLECTED):
        raise GraderError(f"the {level.name} suites did not run (pytest exit code {int(code)}):\n"
                          + sink.getvalue()[-3000:])


def grade(level, learner_dir, *, seed=None, speed=True, modules=None, keywords=None, functions=None,
          source=None, timeout_s=10.0, timed_only=False):
    """Grade ``level`` on the learner code in ``learner_dir``.

    Parameters
    ----------
    level : Level
    learner_dir : Path
        Folder holding the level's module files (``pca.py`` …).
    seed : int or None
        Reproduce a run; ``None`` draws a fresh one (always reported).
    speed : bool
        Run the speed checks.
    modules : iterable of str, optional
        Grade only these modules.
    keywords : iterable of str, optional
        Grade only exercises whose function name contains one of these.
    functions : iterable of str, optional
        Grade only exercises with exactly these function names.
    source : str, optional
        How to describe where the code came from in the report.
    timeout_s : float
        Seconds one learner call may take.
    timed_only : bool
        Run only the speed checks (benchmarks of the thresholds; scores are then partial).

    Returns
    -------
    Report
    """
    seed = new_seed() if seed is None else int(seed)
    started = time.perf_counter()
    collector = Collector(level, learner_dir, seed, speed=speed, selected=_selector(modules, keywords, functions),
                          timeout_s=timeout_s)
    try:
        _run_pytest(level, collector, modules or level.modules, extra=("-m", "speed") if timed_only else ())
    finally:
        collector.close()
    return Report(level.name, level.title, seed, source or str(learner_dir), collector.results(),
                  time.perf_counter() - started, speed)


def list_exercises(level):
    """The exercises of ``level`` with their points and bans, by collecting its suites."""
    collector = Collector(level, None, 0)
    _run_pytest(level, collector, level.modules, extra=("--collect-only",))
    infos = []
    by_key = {}
    for item in collector.items:
        key = collector.key(item)
        marker = item.get_closest_marker("points")
        by_key.setdefault(key, []).append((float(marker.args[0]) if marker else 1.0, bool(item.get_closest_marker("speed"))))
    for (module, function), checks in by_key.items():
        infos.append(ExerciseInfo(level.name, module, function, sum(points for points, _ in checks),
                                  collector.bans[module, function], any(timed for _, timed in checks)))
    return infos
