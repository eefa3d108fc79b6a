"""Speed-threshold reliability: no false fails for the solutions, no misses for the slow loops.

Run ``python benchmarks/speed_reliability.py [--runs 50] [--mutant-runs 50] [LEVEL ...]``.

1. The teaching solutions' speed checks, ``--runs`` times (a fresh seed each run), while another
   process keeps one core busy: every timed exercise must pass. A failure is a false fail.
2. Every mutant of ``tests/mutants`` that is expected to be ``too_slow`` (a correct but looped
   implementation), ``--mutant-runs`` times: every one must be rejected as too slow. A pass is a miss.
   ``--jobs 2`` grades two mutants at once (both cores of a 2-core machine busy: a harsher test).

Only the speed checks run (``grade(..., timed_only=True)``), so a run costs seconds, not minutes;
``--all-checks`` grades the solutions with every check, as ``mlgrade levelNN`` and the test suite
do (the workers are then warm from the other checks when the speed checks start).
The table gives, per exercise, the worst ratio/limit seen: how much headroom each threshold has.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mlgrade.catalog import available_levels, parse_level  # noqa: E402
from mlgrade.judge import grade  # noqa: E402
from mlgrade.workspace import shipped  # noqa: E402
from mutation import build_mutated_module, expected_table, mutant_files  # noqa: E402

BUSY_LOOP = "while True:\n    pass\n"


def slow_mutants(levels):
    """``(level, module, mutant)`` for every mutant expected to be rejected as too slow."""
    cases = []
    for path in mutant_files():
        if path.parent.name not in levels:
            continue
        for name, (status, _) in expected_table(path).items():
            if status == "too_slow":
                cases.append((path.parent.name, path.stem, name))
    return cases


def solution_runs(levels, runs, log, all_checks=False):
    """Grade the solutions ``runs`` times; return (false fails, worst ratio/limit by exercise).

    Only their speed checks run, unless ``all_checks``.
    """
    false_fails, worst = [], defaultdict(float)
    for run in range(runs):
        for level in levels:
            report = grade(level, shipped("solutions") / level.name, seed=1000 + run, timed_only=not all_checks)
            for exercise in report.exercises:
                if exercise.speed is None:
                    continue
                share = exercise.speed.ratio / exercise.speed.max_ratio
                worst[exercise.id] = max(worst[exercise.id], share)
                if exercise.status != "passed":
                    false_fails.append((run, exercise.id, exercise.status, exercise.speed.ratio))
        log(f"solutions run {run + 1}/{runs}: {len(false_fails)} false fails so far")
    return false_fails, worst


def _grade_mutant_runs(case, runs):
    """Grade one slow mutant's speed checks ``runs`` times: ``(key, misses, best ratio/limit)``."""
    level_name, module, mutant = case
    key = f"{level_name}.{module}.{mutant}"
    misses, best = [], float("inf")
    with tempfile.TemporaryDirectory() as folder:
        function = build_mutated_module(level_name, module, mutant, Path(folder))
        level = parse_level(level_name)
        for run in range(runs):
            report = grade(level, Path(folder), seed=2000 + run, modules=[module], functions=[function],
                           timed_only=True)
            (exercise,) = report.exercises
            if exercise.speed is not None:
                best = min(best, exercise.speed.ratio / exercise.speed.max_ratio)
            if exercise.status != "too_slow":
                misses.append((run, key, exercise.status))
    return key, misses, best


def mutant_runs(cases, runs, jobs, log):
    """Grade each slow mutant's speed checks ``runs`` times, ``jobs`` mutants at a time.

    Returns (misses, best ratio/limit by mutant).
    """
    misses, best = [], {}
    with ProcessPoolExecutor(jobs) as pool:
        for key, missed, closest in pool.map(_grade_mutant_runs, cases, [runs] * len(cases)):
            misses += missed
            best[key] = closest
            log(f"{key}: {runs} runs, {len(missed)} misses")
    return misses, best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("levels", nargs="*", help="levels to check (default: all)")
    parser.add_argument("--runs", type=int, default=50, help="gradings of the solutions (default 50)")
    parser.add_argument("--mutant-runs", type=int, default=50, help="gradings of each slow mutant (default 50)")
    parser.add_argument("--no-load", action="store_true", help="do not load a core while grading the solutions")
    parser.add_argument("--all-checks", action="store_true",
                        help="grade the solutions with every check, not only the speed checks")
    parser.add_argument("--jobs", type=int, default=1,
                        help="slow mutants graded at once (default 1; 2 keeps both cores of a 2-core machine busy)")
    args = parser.parse_args(argv)
    levels = [parse_level(name) for name in args.levels] if args.levels else available_levels()
    names = {level.name for level in levels}

    def log(message):
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    load = None if args.no_load else subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
    try:
        false_fails, worst = solution_runs(levels, args.runs, log, args.all_checks)
    finally:
        if load is not None:
            load.kill()
            load.wait()
    cases = slow_mutants(names) if args.mutant_runs else []
    misses, best = mutant_runs(cases, args.mutant_runs, args.jobs, log) if cases else ([], {})

    if args.runs:
        print(f"solutions: {len(worst)} timed exercises x {args.runs} runs"
              f"{', all checks' if args.all_checks else ''}"
              f"{'' if args.no_load else ' with one core loaded'}: {len(false_fails)} false fails")
        for run, exercise, status, ratio in false_fails:
            print(f"  FALSE FAIL run {run}: {exercise} {status} at {ratio:.2f}x")
        print("  least headroom (worst ratio / limit): " + ", ".join(
            f"{name} {share:.2f}" for name, share in sorted(worst.items(), key=lambda item: -item[1])[:5]))
    if cases:
        print(f"slow mutants: {len(cases)} x {args.mutant_runs} runs, {args.jobs} at a time: {len(misses)} misses")
        for run, mutant, status in misses:
            print(f"  MISS run {run}: {mutant} {status}")
        print("  closest to passing (best ratio / limit): " + ", ".join(
            f"{name} {share:.1f}" for name, share in sorted(best.items(), key=lambda item: item[1])[:5]))
    print(f"total {time.perf_counter() - started:.0f} s")
    return 1 if false_fails or misses else 0


if __name__ == "__main__":
    sys.exit(main())
