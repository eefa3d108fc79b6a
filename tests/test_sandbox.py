"""Learner code cannot crash the grader or change a verdict: each hostile behaviour, for real."""

import re
import textwrap
import time

import numpy as np
import pytest

from mlgrade.catalog import parse_level
from mlgrade.judge import grade
from mlgrade.sandbox.faults import (
    LearnerBadResult,
    LearnerCrashed,
    LearnerForbidden,
    LearnerImportFailed,
    LearnerRaised,
    LearnerTimeout,
    NotImplementedYet,
)
from mlgrade.sandbox.process import Limits, WorkerSpec
from mlgrade.sandbox.proxy import LearnerModule
from mlgrade.workspace import shipped

CORRECT = "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"


@pytest.fixture
def load(tmp_path):
    modules = []

    def load(body, *, timeout_s=3.0, api_bans=None, banned_imports=("sklearn", "mlgrade"), limits=Limits()):
        path = tmp_path / f"learner_{len(modules)}.py"
        path.write_text(CORRECT + textwrap.dedent(body))
        module = LearnerModule(WorkerSpec(path, api_bans or {}, banned_imports, limits), timeout_s)
        modules.append(module)
        return module

    yield load
    for module in modules:
        module.close()


def test_correct_call_round_trips_data(load):
    module = load("")
    assert np.array_equal(module.double(np.arange(3.0)), [0.0, 2.0, 4.0])


def test_infinite_loop_times_out_and_the_next_call_works(load):
    module = load("def spin():\n    while True:\n        pass\n")
    started = time.monotonic()
    with pytest.raises(LearnerTimeout, match="did not return within"):
        module.spin()
    assert time.monotonic() - started < 6
    assert module.double(1) == 2  # a fresh worker took over


def test_os_exit_during_a_call_is_a_crash_and_the_worker_restarts(load):
    module = load("import os\n\ndef leave():\n    os._exit(7)\n")
    with pytest.raises(LearnerCrashed, match="exited with code 7"):
        module.leave()
    assert module.double(2) == 4


def test_killing_its_own_process(load):
    module = load("import os, signal\n\ndef die():\n    os.kill(os.getpid(), signal.SIGKILL)\n")
    with pytest.raises(LearnerCrashed, match="SIGKILL"):
        module.die()
    assert module.double(3) == 6


def test_huge_allocation_hits_the_memory_cap(load):
    module = load("def hog():\n    return np.ones(50 * 1024**3 // 8)\n")
    with pytest.raises(LearnerRaised, match="MemoryError"):
        module.hog()


def test_output_flood_hits_the_output_cap(load):
    module = load("def flood():\n    while True:\n        print('x' * 100_000)\n",
                  limits=Limits(output_bytes=1024**2))
    with pytest.raises(LearnerRaised, match="output limit"):
        module.flood()
    assert module.double(1) == 2


def test_banned_api_is_refused_at_run_time(load):
    module = load("helper = np.cov\n\ndef cov(X):\n    return helper(X)\n", api_bans={"cov": ("numpy.cov",)})
    with pytest.raises(LearnerForbidden, match="numpy.cov"):
        module.cov(np.ones((3, 2)))


def test_a_ban_is_active_only_in_its_own_function(load):
    module = load("def uses_cov(X):\n    return np.cov(X)\n", api_bans={"other": ("numpy.cov",)})
    assert module.uses_cov(np.array([1.0, 2.0, 3.0])) == pytest.approx(1.0)


@pytest.mark.parametrize("statement", ["import mlgrade", "from mlgrade.reference.level13 import pca",
                                       "import mlgrade.solutions", "import sklearn.decomposition"])
def test_learner_code_cannot_import_the_grader_or_banned_packages(load, statement):
    module = load(f"def sneaky():\n    {statement}\n")
    with pytest.raises(LearnerForbidden):
        module.sneaky()


def test_banned_import_at_module_level_fails_the_load(load):
    module = load("from sklearn.decomposition import PCA\n")
    with pytest.raises(LearnerForbidden, match="imports sklearn"):
        module.double(1)


@pytest.mark.parametrize(("body", "match"), [
    ("def broken(:\n", "SyntaxError on line"),
    ("import a_package_that_does_not_exist\n", "ModuleNotFoundError"),
    ("import sys\nsys.exit(0)\n", "SystemExit"),
])
def test_import_failures_are_reported(load, body, match):
    module = load(body)
    with pytest.raises(LearnerImportFailed, match=match):
        module.double(1)


def test_os_exit_at_import_is_reported(load):
    module = load("import os\nos._exit(0)\n")
    with pytest.raises(LearnerImportFailed, match="exited with code 0"):
        module.double(1)


def test_warnings_are_errors(load):
    module = load("def overflow(z):\n    return np.exp(z)\n")
    with pytest.raises(LearnerRaised, match="overflow"):
        module.overflow(np.array([1000.0]))


def test_not_implemented(load):
    module = load("def todo(x):\n    raise NotImplementedError\n")
    with pytest.raises(NotImplementedYet):
        module.todo(1)


@pytest.mark.parametrize("body", [
    "class Sneaky:\n    def __eq__(self, other):\n        return True\n\ndef weird():\n    return Sneaky()\n",
    "def weird():\n    return np.array([object()], dtype=object)\n",
    "def weird():\n    return np.ma.masked_array([[1.0]])\n",
])
def test_only_plain_data_comes_back(load, body):
    module = load(body)
    with pytest.raises(LearnerBadResult):
        module.weird()


def test_inputs_are_echoed_for_the_unchanged_check(load):
    module = load("def scale_in_place(x):\n    x *= 3\n    return None\n")
    x = np.ones(3)
    result, (after,) = module.scale_in_place.call_checking_inputs(x)
    assert result is None and np.array_equal(after, [3.0, 3.0, 3.0]) and np.array_equal(x, np.ones(3))


HOSTILE_PCA = '''
import builtins, time, numpy
import numpy as np

# Patch everything in reach: none of it is in the judge's process.
numpy.allclose = lambda *args, **kwargs: True
numpy.array_equal = lambda *args, **kwargs: True
time.perf_counter = lambda: 0.0
builtins.abs = lambda value: 0
try:
    import pytest
    pytest.fail = lambda *args, **kwargs: None
except ImportError:
    pass


def pca_eig(X, k):
    while True:
        pass


def pca_svd(X, k):
    import os
    os._exit(1)


def transform(X, components, mean):
    return np.zeros((X.shape[0], components.shape[0]))


def reconstruct(Z, components, mean):
    print("x" * 50_000_000)
    return Z @ components + mean
'''


def test_hostile_module_costs_only_the_exercises_it_touches(tmp_path):
    """One file with an infinite loop, os._exit, a flood and global patches: the rest grades normally."""
    solution = (shipped("solutions") / "level13" / "pca.py").read_text()
    covariance_only = solution.split("def pca_eig")[0]
    (tmp_path / "pca.py").write_text(covariance_only + HOSTILE_PCA)
    started = time.monotonic()
    report = grade(parse_level("level13"), tmp_path, seed=5, modules=["pca"], timeout_s=3.0)
    statuses = {exercise.function: exercise.status for exercise in report.exercises}
    assert statuses == {"covariance_matrix": "passed", "pca_eig": "timeout", "pca_svd": "error",
                        "transform": "failed", "reconstruct": "error"}
    assert report.exercises[0].score == report.exercises[0].max_score
    assert time.monotonic() - started < 40
    messages = {exercise.function: exercise.first_problem.message for exercise in report.exercises[1:]}
    assert "did not return within" in messages["pca_eig"]
    assert "exited with code 1" in messages["pca_svd"]
    assert "output limit" in messages["reconstruct"]


def test_a_spinning_worker_dies_with_its_judge(tmp_path):
    """Killing the judge (e.g. an interrupted batch) leaves no learner loop running."""
    import os
    import signal
    import subprocess
    import sys

    learner = tmp_path / "spin.py"
    learner.write_text("def spin():\n    while True:\n        pass\n")
    marker = tmp_path / "worker.pid"
    script = tmp_path / "judge.py"
    script.write_text(f"""
from pathlib import Path
from mlgrade.sandbox.process import WorkerSpec
from mlgrade.sandbox.proxy import LearnerModule
module = LearnerModule(WorkerSpec(Path({str(learner)!r})), timeout_s=600)
module._ready_worker()
Path({str(marker)!r}).write_text(str(module.worker.process.pid))
module.spin()
""")
    judge = subprocess.Popen([sys.executable, str(script)])
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    worker_pid = int(marker.read_text())
    time.sleep(0.5)
    judge.send_signal(signal.SIGKILL)
    judge.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(worker_pid, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{worker_pid}/stat") as stat:
            if stat.read().split()[2] == "Z":
                return
        time.sleep(0.1)
    os.kill(worker_pid, signal.SIGKILL)
    raise AssertionError("the worker outlived its judge")


def test_banning_a_module_or_class_does_not_break_it(load):
    module = load("def use(x):\n    return float(np.polynomial.polynomial.polyval(x, [1.0, 2.0]))"
                  " + isinstance(np.poly1d([1.0]), np.poly1d)\n",
                  api_bans={"other": ("numpy.polynomial", "numpy.poly1d")})
    assert module.use(2.0) == 6.0


def test_speed_check_reports_a_very_slow_call_as_too_slow_not_a_timeout(load):
    from mlgrade.speed import SpeedJudge, TooSlow

    reference = load("")
    slow = load("import time\n\ndef slow_double(x):\n    time.sleep(30)\n    return 2 * x\n\ndouble = slow_double\n",
                timeout_s=10.0)
    judge = SpeedJudge(reference, record=lambda ratio, limit: None)
    with pytest.raises(TooSlow, match="more than"):
        judge.check(slow.double, (np.arange(100.0),), max_ratio=8)
    assert judge.check(reference.double, (np.arange(100.0),), max_ratio=8) < 8


def _judge_sleeping_double(load, seconds, calls_file):
    """Speed-check a ``double`` that sleeps ``seconds`` per call and logs each call to ``calls_file``.

    Returns the TooSlow message, the seconds the check took and how many times ``double`` ran.
    """
    from mlgrade.speed import SpeedJudge, TooSlow

    reference = load("")
    slow = load(f"import time\n\ndef slow_double(x):\n    time.sleep({seconds})\n"
                f"    with open({str(calls_file)!r}, 'a') as log:\n        log.write('call\\n')\n"
                "    return 2 * x\n\ndouble = slow_double\n")
    judge = SpeedJudge(reference, record=lambda ratio, limit: None)
    started = time.perf_counter()
    with pytest.raises(TooSlow) as failure:
        judge.check(slow.double, (np.arange(100.0),), max_ratio=8)
    return str(failure.value), time.perf_counter() - started, len(calls_file.read_text().splitlines())


def test_speed_check_times_a_slow_function_in_short_rounds(load, tmp_path):
    """A function 10⁴× slower than the reference gets its ratio measured, in well under the 2 s timeout."""
    message, elapsed, _ = _judge_sleeping_double(load, 0.01, tmp_path / "calls")
    assert elapsed < 2.0
    assert "more than" not in message
    assert int(re.search(r"took (\d+)× as long", message).group(1)) > 100


def test_speed_check_stops_after_one_round_when_all_measurements_are_far_over(load, tmp_path):
    """A 0.3 s call against a microsecond reference: two single calls and one timed round of one call."""
    message, _, calls = _judge_sleeping_double(load, 0.3, tmp_path / "calls")
    assert re.search(r"took \d+× as long", message) and "more than" not in message
    assert calls == 3  # three timed rounds would make it 5


def test_a_slow_first_call_does_not_make_a_fast_function_too_slow(load):
    """First-touch costs (here a 0.2 s sleep on the first call only) must not size the timed rounds."""
    from mlgrade.speed import SpeedJudge

    reference = load("def gradient(X, y, w):\n    return X.T @ (X @ w - y) / len(y)\n")
    learner = load("import time\nfirst = [True]\n\ndef gradient(X, y, w):\n    if first:\n        first.clear()\n"
                   "        time.sleep(0.2)\n    return X.T @ (X @ w - y) / len(y)\n")
    rng = np.random.default_rng(0)
    X, y, w = rng.normal(size=(40_000, 10)), rng.normal(size=40_000), rng.normal(size=10)
    ratios = []
    judge = SpeedJudge(reference, record=lambda ratio, limit: ratios.append(ratio))
    judge.check(learner.gradient, (X, y, w), max_ratio=8)
    assert ratios[0] < 3


def test_timed_requests_send_the_arguments_once(load, tmp_path):
    """Timing reuses the worker's copy of the arguments; new arguments or a new worker get them sent again.

    The learner function counts its calls in its argument, so a reused copy shows a growing count.
    """
    log = tmp_path / "counts"
    module = load(f"def count(x):\n    x[0] += 1\n    with open({str(log)!r}, 'a') as out:\n"
                  "        out.write(f'{x[0]:g}\\n')\n\ndef spin():\n    while True:\n        pass\n")
    args = (np.zeros(10**6),)
    for repeat in (0, 1, 1, 2):
        module.count.time(args, repeat=repeat)
    module.count.time((np.zeros(10**6),))
    with pytest.raises(LearnerTimeout):
        module.spin.time((), timeout_s=0.5)
    module.count.time(args)  # a fresh worker: sent again, not an error
    assert log.read_text().split() == ["1", "2", "3", "4", "1", "1"]
    assert args[0][0] == 0
