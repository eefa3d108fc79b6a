"""Grading throughput: ``mlgrade batch`` against ``nbgrader autograde`` on the same level-13 notebooks.

Run ``python benchmarks/grading_throughput.py [-n 8] [--jobs 2]`` (needs the ``test`` extra, which
installs nbgrader). It exports level 13 as an nbgrader course, makes ``n`` submitted notebooks (the
exported notebook with its solutions: every exercise passes, so every check runs, speed included),
times ``nbgrader autograde`` of all of them and ``mlgrade batch`` of the same notebook files, and
prints submissions per minute for each, their ratio, and the wall time of a single
``mlgrade level13`` run of the shipped solutions (median of three).
"""

import argparse
import csv
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LEVEL = "level13"


def run(command, cwd=None):
    """Run ``command``; return its wall time in seconds (fails loudly with its output)."""
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0, 1):  # 1: some submission did not score full marks
        sys.exit(f"{' '.join(map(str, command))} failed ({completed.returncode}):\n"
                 f"{completed.stdout[-2000:]}{completed.stderr[-2000:]}")
    return elapsed


def make_course(root, n):
    """An exported nbgrader course with ``n`` submissions; returns the course folder."""
    course = root / "course"
    run(["mlgrade", "nbgrader", "export", str(course), LEVEL])
    run(["nbgrader", "generate_assignment", LEVEL, "--force"], cwd=course)
    solved = json.loads((course / "source" / LEVEL / f"{LEVEL}.ipynb").read_text())
    for i in range(n):
        target = course / "submitted" / f"student{i:03d}" / LEVEL / f"{LEVEL}.ipynb"
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(solved))
    return course


def nbgrader_scores(course):
    run(["nbgrader", "export"], cwd=course)
    with open(course / "grades.csv") as handle:
        return [float(row["raw_score"]) for row in csv.DictReader(handle)]


def mlgrade_scores(results):
    with open(results / "gradebook.csv") as handle:
        return [float(row["total"]) for row in csv.DictReader(handle)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=8, help="number of submissions (default 8)")
    parser.add_argument("--jobs", type=int, default=2, help="mlgrade batch -j (default 2, one per core)")
    args = parser.parse_args(argv)
    if shutil.which("nbgrader") is None:
        sys.exit("nbgrader is not installed: pip install -e '.[test]'")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        course = make_course(root, args.n)
        nb_seconds = run(["nbgrader", "autograde", LEVEL, "--force"], cwd=course)
        nb_scores = nbgrader_scores(course)

        notebooks = root / "notebooks"
        notebooks.mkdir()
        for path in sorted((course / "submitted").glob(f"*/{LEVEL}/{LEVEL}.ipynb")):
            shutil.copy(path, notebooks / f"{path.parts[-3]}.ipynb")
        results = root / "results"
        ml_seconds = run(["mlgrade", "batch", str(notebooks), "--level", "13", "-j", str(args.jobs),
                          "-o", str(results)])
        ml_scores = mlgrade_scores(results)

    single = statistics.median(run(["mlgrade", LEVEL, "--solutions"]) for _ in range(3))
    nb_rate = 60 * args.n / nb_seconds
    ml_rate = 60 * args.n / ml_seconds
    print(f"{args.n} level-13 submissions (every exercise solved, speed checks on)")
    print(f"nbgrader autograde:        {nb_seconds:7.1f} s  {nb_rate:6.1f} submissions/min  "
          f"scores {sorted(set(nb_scores))}")
    print(f"mlgrade batch -j {args.jobs}:        {ml_seconds:7.1f} s  {ml_rate:6.1f} submissions/min  "
          f"scores {sorted(set(ml_scores))}")
    print(f"throughput ratio (mlgrade / nbgrader): {ml_rate / nb_rate:.1f}x  (target >= 3x)")
    print(f"single `mlgrade {LEVEL} --solutions`: {single:.1f} s wall (median of 3; target < 10 s)")
    return 0 if ml_rate >= 3 * nb_rate and single < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
