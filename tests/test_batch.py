"""Batch grading: 30 mixed submissions with -j 2, every row right, nothing lost when killed and resumed."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from click.testing import CliRunner

from mlgrade.cli import main
from mlgrade.workspace import shipped

SOLUTION = (shipped("solutions") / "level13" / "pca.py").read_text()
STUB = (shipped("exercises") / "level13" / "pca.py").read_text()
WRONG_COVARIANCE = SOLUTION.replace("return Xc.T @ Xc / (n - 1)", "return Xc.T @ Xc / n")
LOOPING = SOLUTION + "\n\ndef transform(X, components, mean):\n    while True:\n        pass\n"
EXIT_IN_CALL = SOLUTION + "\n\ndef reconstruct(Z, components, mean):\n    import os\n    os._exit(3)\n"


def notebook(source):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# PCA"]},
             {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
              "source": ["%load_ext autoreload\n", *source.splitlines(keepends=True)]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def make_submissions(root):
    """30 submissions; returns ``{name: expected kind}``."""
    expected = {}

    def folder(name, source, kind, nested=""):
        target = root / name / nested
        target.mkdir(parents=True)
        if source is not None:
            (target / "pca.py").write_text(source)
        expected[name] = kind

    for i in range(4):
        folder(f"correct_folder_{i}", SOLUTION, "correct", nested="level13" if i % 2 else "")
    for i in range(2):
        with zipfile.ZipFile(root / f"correct_zip_{i}.zip", "w") as archive:
            archive.writestr("my-work/pca.py", SOLUTION)
        expected[f"correct_zip_{i}"] = "correct"
    (root / "correct_notebook.ipynb").write_text(notebook(SOLUTION))
    expected["correct_notebook"] = "correct"
    (root / "correct_single_file.py").write_text(SOLUTION)
    expected["correct_single_file"] = "correct"
    for i in range(8):
        folder(f"partly_wrong_{i}", WRONG_COVARIANCE, "partly_wrong")
    for i in range(6):
        folder(f"stub_{i}", STUB, "stub")
    for i in range(2):
        folder(f"loops_forever_{i}", LOOPING, "loops")
    folder("exits_in_call", EXIT_IN_CALL, "exits_in_call")
    folder("import_error", "import numpy as np\nimport not_a_real_package\n" + SOLUTION, "import_error")
    folder("syntax_error", SOLUTION + "\ndef broken(:\n", "import_error")
    folder("exits_at_import", "import os\nos._exit(0)\n" + SOLUTION, "import_error")
    folder("empty_folder", None, "empty")
    (root / "broken_archive.zip").write_bytes(b"this is not a zip")
    expected["broken_archive"] = "unreadable"
    (root / "notes.txt").write_text("not a submission")  # ignored
    assert len(expected) == 30
    return expected


def read_gradebook(out):
    with (out / "gradebook.csv").open() as handle:
        return {row["submission"]: row for row in csv.DictReader(handle)}


def check_row(row, kind):
    total, maximum = float(row["total"]), float(row["max_score"])
    covariance = float(row["pca.covariance_matrix"])
    if kind == "correct":
        assert row["status"] == "graded" and total == maximum > 0
    elif kind == "partly_wrong":
        assert row["status"] == "graded" and 0 < total < maximum and covariance < 7
    elif kind == "stub":
        assert row["status"] == "graded" and total == 0
    elif kind == "loops":
        assert row["status"] == "graded" and float(row["pca.transform"]) == 0 and covariance == 7
    elif kind == "exits_in_call":
        assert row["status"] == "graded" and float(row["pca.reconstruct"]) == 0 and covariance == 7
    elif kind == "import_error":
        assert row["status"] == "graded" and total == 0
    else:
        assert row["status"] == kind and total == 0


@pytest.fixture(scope="module")
def submissions(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch") / "submissions"
    root.mkdir()
    return root, make_submissions(root)


BATCH_ARGS = ["--level", "13", "--module", "pca", "--no-speed", "--timeout", "2", "-j", "2", "--seed", "9"]


def test_killed_batch_resumes_without_losing_or_redoing_work(submissions, tmp_path):
    root, expected = submissions
    out = tmp_path / "results"
    command = [sys.executable, "-m", "mlgrade", "batch", str(root), "-o", str(out), *BATCH_ARGS]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 8:
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = {path.name: path.stat().st_mtime_ns for path in (out / "results").glob("*.json")}
    assert 8 <= len(finished) < 30, "the batch should be killed halfway"
    for path in (out / "results").glob("*.json"):
        json.loads(path.read_text())  # every finished result is complete

    result = CliRunner().invoke(main, ["batch", str(root), "-o", str(out), *BATCH_ARGS])
    assert result.exit_code == 0, result.output
    assert f"{len(finished)} already done" in result.output
    for name, mtime in finished.items():
        assert (out / "results" / name).stat().st_mtime_ns == mtime, f"{name} was graded twice"
    rows = read_gradebook(out)
    assert sorted(rows) == sorted(expected)
    for name, kind in expected.items():
        check_row(rows[name], kind)
    assert {row["seed"] for row in rows.values()} == {"9"}
    assert "pass rate per exercise" in result.output
    html = (out / "summary.html").read_text()
    assert "<svg" in html and "pca.covariance_matrix" in html
    feedback = (out / "results" / "partly_wrong_0.txt").read_text()
    assert "divided by n" in feedback


def test_conflicting_seed_is_refused_and_force_regrades(submissions, tmp_path):
    root, _ = submissions
    small = tmp_path / "small"
    small.mkdir()
    shutil.copytree(root / "stub_0", small / "stub_0")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(small), "-o", str(out), *BATCH_ARGS]).exit_code == 0
    refused = runner.invoke(main, ["batch", str(small), "-o", str(out), *BATCH_ARGS[:-1], "10"])
    assert refused.exit_code == 2 and "pass --force" in refused.output
    forced = runner.invoke(main, ["batch", str(small), "-o", str(out), *BATCH_ARGS[:-1], "10", "--force"])
    assert forced.exit_code == 0 and "1 graded now" in forced.output
    assert read_gradebook(out)["stub_0"]["seed"] == "10"
