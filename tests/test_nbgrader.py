"""Instructors' path with the real nbgrader CLI: export, release, autograde, scores, feedback."""

import copy
import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlgrade.catalog import available_levels
from mlgrade.cli import main
from mlgrade.judge import list_exercises
from mlgrade.workspace import shipped

nbgrader_api = pytest.importorskip("nbgrader.api", reason="install the nbgrader extra: pip install -e '.[test]'")

OTHER_LEVEL = min((level for level in available_levels() if level.name != "level13"),
                  key=lambda level: len(list_exercises(level)), default=None)
LEVELS = ["level13"] + ([OTHER_LEVEL.name] if OTHER_LEVEL else [])


def independent_exercise(level_name):
    """An exercise no other solution function calls, so breaking it costs exactly its points."""
    level = next(lv for lv in available_levels() if lv.name == level_name)
    infos = list_exercises(level)
    for info in infos:
        solution = (shipped("solutions") / level_name / f"{info.module}.py").read_text()
        if solution.count(f"{info.function}(") == 1:  # only its own def
            return info
    raise AssertionError(f"every exercise of {level_name} is used by another")


def nbgrader(course, *args, timeout=600):
    completed = subprocess.run(["nbgrader", *args], cwd=course, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return completed


def load(path):
    return json.loads(Path(path).read_text())


def save(notebook, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook))


def cell(notebook, cell_id):
    return next(c for c in notebook["cells"] if c.get("id") == cell_id)


def source_text(notebook_cell):
    source = notebook_cell["source"]
    return "".join(source) if isinstance(source, list) else source


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A course exported by mlgrade, released, submitted by four students and autograded."""
    course = tmp_path_factory.mktemp("course")
    result = CliRunner().invoke(main, ["nbgrader", "export", str(course), *LEVELS])
    assert result.exit_code == 0, result.output
    timings = {}
    for level in LEVELS:
        nbgrader(course, "generate_assignment", level, "--force")
        source = load(course / "source" / level / f"{level}.ipynb")
        release = load(course / "release" / level / f"{level}.ipynb")
        first = independent_exercise(level)
        key = f"{first.module}-{first.function}"
        wrong = copy.deepcopy(source)
        header = source_text(cell(wrong, f"solution-{key}")).split("### BEGIN SOLUTION")[0]
        cell(wrong, f"solution-{key}")["source"] = header + "    return None\n"
        hostile = copy.deepcopy(release)
        cell(hostile, f"solution-{key}")["source"] = header + "    while True:\n        pass\n"
        hostile["cells"].insert(1, {"cell_type": "code", "id": "hang", "metadata": {}, "outputs": [],
                                    "execution_count": None, "source": "while True:\n    pass\n"})
        for student, notebook in (("solutions", source), ("untouched", release), ("one_wrong", wrong),
                                  ("hostile", hostile)):
            save(notebook, course / "submitted" / student / level / f"{level}.ipynb")
        started = time.monotonic()
        # A short cell timeout keeps the test quick; the exported config sets 120 s.
        nbgrader(course, "autograde", level, "--force", "--Execute.timeout=10")
        timings[level] = (time.monotonic() - started) / 4
        nbgrader(course, "generate_feedback", level, "--force")
    nbgrader(course, "export")
    return course, timings


def scores(course, level):
    with nbgrader_api.Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        assignment = gradebook.find_assignment(level)
        totals = {s.student.id: (s.score, s.max_score) for s in assignment.submissions}
        cells = {}
        for submission in assignment.submissions:
            for notebook in submission.notebooks:
                cells[submission.student.id] = {g.name: g.score for g in notebook.grades}
        return totals, cells


def test_exported_config_keeps_hidden_tests_out_of_feedback(course):
    config = (course[0] / "nbgrader_config.py").read_text()
    assert "ClearHiddenTests" in config and "c.Execute.timeout = 120" in config


@pytest.mark.parametrize("level", LEVELS)
def test_release_has_no_solutions_or_hidden_tests(course, level):
    release = (course[0] / "release" / level / f"{level}.ipynb").read_text()
    source = (course[0] / "source" / level / f"{level}.ipynb").read_text()
    assert "BEGIN SOLUTION" in source and "BEGIN HIDDEN TESTS" in source
    for secret in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "grade_exercise"):
        assert secret not in release
    assert "raise NotImplementedError" in release and "check_examples" in release


@pytest.mark.parametrize("level", LEVELS)
def test_autograded_scores(course, level):
    totals, cells = scores(course[0], level)
    maximum = totals["solutions"][1]
    expected_max = sum(info.points for info in list_exercises(
        next(lv for lv in available_levels() if lv.name == level)))
    assert maximum == expected_max
    assert totals["solutions"][0] == maximum
    assert totals["untouched"][0] == 0
    first = independent_exercise(level)
    wrong_cell = f"test-{first.module}-{first.function}"
    assert totals["one_wrong"][0] == maximum - first.points
    assert cells["one_wrong"][wrong_cell] == 0
    assert all(score > 0 for name, score in cells["one_wrong"].items() if name.startswith("test-") and
               name != wrong_cell)
    assert totals["hostile"][0] == 0 and cells["hostile"][wrong_cell] == 0
    grades_csv = (course[0] / "grades.csv").read_text()
    assert f"{level},,,solutions," in grades_csv


@pytest.mark.parametrize("level", LEVELS)
def test_feedback_has_messages_but_no_hidden_tests(course, level):
    html = (course[0] / "feedback" / "one_wrong" / level / f"{level}.html").read_text()
    assert "BEGIN HIDDEN TESTS" not in html and "grade_exercise" not in html
    assert "points (seed" in html  # the autograder's feedback lines are there
    assert "0/" in html


def test_autograde_time_per_submission(course):
    course_dir, timings = course
    print({level: f"{seconds:.1f} s per submission" for level, seconds in timings.items()})
    assert all(seconds < 120 for seconds in timings.values())
