"""Every level: the solutions score full marks (speed included) and the stubs score zero."""

import pytest

from mlgrade.catalog import available_levels
from mlgrade.judge import grade
from mlgrade.workspace import shipped

LEVELS = [level.name for level in available_levels()]
SEEDS = (101, 202, 303)


@pytest.fixture(scope="module", params=LEVELS)
def level(request):
    return next(level for level in available_levels() if level.name == request.param)


def test_solutions_score_full_marks_with_three_seeds(level):
    for seed in SEEDS:
        report = grade(level, shipped("solutions") / level.name, seed=seed)
        problems = {e.id: (e.status, e.first_problem.message if e.first_problem else "") for e in report.exercises
                    if e.status != "passed"}
        assert not problems, f"seed {seed}: {problems}"
        assert report.score == report.max_score > 0
        assert all(e.speed is None or e.speed.ratio <= e.speed.max_ratio for e in report.exercises)
        assert report.duration_s < 60, f"{level.name} took {report.duration_s:.1f} s"


def test_stubs_score_zero_as_not_implemented(level):
    report = grade(level, shipped("exercises") / level.name, seed=1)
    assert report.score == 0
    assert {exercise.status for exercise in report.exercises} == {"not_implemented"}
    assert "not implemented yet" in report.exercises[0].first_problem.message


def test_timed_only_runs_just_the_speed_checks():
    level = next(level for level in available_levels() if level.name == "level13")
    report = grade(level, shipped("solutions") / "level13", seed=7, modules=["pca"], timed_only=True)
    timed = [e for e in report.exercises if e.speed is not None]
    assert timed and all(e.status == "passed" for e in timed)
    # Exercises without a speed check ran nothing; the others ran their one speed check only.
    assert all(len(e.tests) == (e.speed is not None) for e in report.exercises)
    assert len(timed) < len(report.exercises)
