"""A judge process for notebook grading: ``python -m mlgrade.nbjudge``.

It reads one JSON request per line on stdin (level, module, function, learner
source), grades that exercise with the hidden suites and the sandbox exactly as
the CLI does, and answers one JSON line on its original stdout.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

from mlgrade.catalog import parse_level
from mlgrade.judge import grade


def answer(request):
    level = parse_level(request["level"])
    with tempfile.TemporaryDirectory(prefix="mlgrade-notebook-") as folder:
        for module in level.modules:  # the notebook holds every module's functions
            (Path(folder) / f"{module}.py").write_text(request["source"])
        report = grade(level, Path(folder), modules=[request["module"]], functions=[request["function"]],
                       timeout_s=request.get("timeout_s", 5.0), source="notebook")
    (exercise,) = report.exercises
    problem = exercise.static_ban or (
        f"{exercise.first_problem.name}:\n  {exercise.first_problem.message}" if exercise.first_problem else "")
    return {**exercise.to_json(), "seed": report.seed, "problem": problem}


def main():
    channel = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # anything else printed goes to stderr, never into the protocol
    for line in sys.stdin:
        request = json.loads(line)
        try:
            result = answer(request)
        except Exception as error:  # a grader failure costs this cell, and says so
            result = {"function": request["function"], "status": "error", "score": 0.0, "max_score": 0.0,
                      "seed": None, "problem": f"the grader failed ({type(error).__name__}: {error}); "
                                                "please tell the course staff"}
        channel.write(json.dumps(result) + "\n")
        channel.flush()


if __name__ == "__main__":
    main()
