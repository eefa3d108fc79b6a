"""Gradescope's ``results.json``: one test per exercise, check detail shown after the due date.

Each exercise is a visible test with its score, status and the first problem
(the message a learner needs now). The full list of checks of each exercise is
a second, zero-point entry whose visibility is ``after_due_date``, so hidden-test
detail is not revealed while the assignment is open.
"""

import json


def _check_lines(exercise):
    return "\n".join(f"{test.status:<7} {test.name}" + (f"\n        {test.message}" if test.message else "")
                     for test in exercise.tests if test.counts)


def gradescope_document(report):
    tests = []
    for number, exercise in enumerate(report.exercises, start=1):
        problem = exercise.static_ban or (exercise.first_problem.message if exercise.first_problem else "")
        speed = (f"\nspeed: {exercise.speed.ratio:g}× the reference (limit {exercise.speed.max_ratio:g}×)"
                 if exercise.speed and exercise.speed.ratio is not None else "")
        tests.append({
            "name": f"{exercise.module}.{exercise.function}",
            "number": str(number),
            "score": exercise.score,
            "max_score": exercise.max_score,
            "status": "passed" if exercise.status == "passed" else "failed",
            "output": f"{exercise.status.replace('_', ' ')}{speed}" + (f"\n{problem}" if problem else ""),
            "visibility": "visible",
        })
        tests.append({
            "name": f"{exercise.module}.{exercise.function}: every check",
            "number": f"{number}.1",
            "score": 0.0,
            "max_score": 0.0,
            "output": _check_lines(exercise),
            "visibility": "after_due_date",
        })
    return {
        "score": report.score,
        "execution_time": round(report.duration_s),
        "output": (f"{report.level}: {report.score:g}/{report.max_score:g} points. "
                   f"Seed {report.seed} (reproduce with `mlgrade {report.level} --seed {report.seed}`)."),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def render_gradescope(report, **_):
    return json.dumps(gradescope_document(report), indent=2)
