"""The Gradescope bundle runs end to end in a stand-in /autograder; the GitHub workflow's command works."""

import json
import os
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlgrade.bundles import workflow_command
from mlgrade.catalog import parse_level
from mlgrade.cli import main
from mlgrade.workspace import shipped

LEVEL = parse_level("level13")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bundle")
    result = CliRunner().invoke(main, ["gradescope", "13", "-o", str(folder / "autograder.zip"), "--module", "pca",
                                       "--no-speed"])
    assert result.exit_code == 0, result.output
    source = folder / "source"
    with zipfile.ZipFile(folder / "autograder.zip") as archive:
        archive.extractall(source)
        for info in archive.infolist():  # zipfile drops the executable bit; Gradescope keeps it
            mode = info.external_attr >> 16
            if mode:
                (source / info.filename).chmod(mode)
    return source


def test_bundle_holds_mlgrade_with_its_hidden_suites(bundle):
    package = bundle / "mlgrade-src" / "mlgrade"
    for part in ("suites/level13/test_pca.py", "reference/level13/pca.py", "sandbox/worker.py", "cli.py"):
        assert (package / part).is_file(), part
    assert os.access(bundle / "run_autograder", os.X_OK) and os.access(bundle / "setup.sh", os.X_OK)
    subprocess.run(["bash", "-n", str(bundle / "setup.sh")], check=True)
    assert "pip3 install ./mlgrade-src" in (bundle / "setup.sh").read_text()


def test_bundled_source_installs(bundle, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                    str(bundle / "mlgrade-src")], check=True, capture_output=True, timeout=300)
    installed = target / "mlgrade"
    assert (installed / "suites" / "level13" / "test_pca.py").is_file()
    assert (installed / "exercises" / "level13" / "pca.py").is_file()
    assert (installed / "sandbox" / "callables" / "common.py").is_file()


def run_autograder(bundle, root, submission_files):
    (root / "submission").mkdir(parents=True)
    for name, text in submission_files.items():
        path = root / "submission" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    env = {**os.environ, "MLGRADE_AUTOGRADER_ROOT": str(root),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([str(bundle / "run_autograder")], env=env, check=True, timeout=300)
    return json.loads((root / "results" / "results.json").read_text())


def test_run_autograder_on_a_correct_and_a_stub_submission(bundle, tmp_path):
    solution = (shipped("solutions") / "level13" / "pca.py").read_text()
    full = run_autograder(bundle, tmp_path / "a", {"work/pca.py": solution})
    visible = [test for test in full["tests"] if test["visibility"] == "visible"]
    assert full["score"] == sum(test["max_score"] for test in visible) > 0
    stub = run_autograder(bundle, tmp_path / "b", {"pca.py": (shipped("exercises") / "level13" / "pca.py").read_text()})
    assert stub["score"] == 0 and all(test["status"] == "failed" for test in stub["tests"] if "status" in test)


def test_run_autograder_always_writes_results(bundle, tmp_path):
    result = run_autograder(bundle, tmp_path / "c", {"notes.txt": "no code here"})
    assert result["score"] == 0 and "could not grade" in result["output"]


def test_github_workflow_and_its_command(tmp_path, monkeypatch):
    runner = CliRunner()
    workflow = tmp_path / "mlgrade.yml"
    result = runner.invoke(main, ["github-workflow", "13", "--min-score", "30", "-o", str(workflow),
                                  "--install", "git+https://example.invalid/course/mlgrade.git"])
    assert result.exit_code == 0
    text = workflow.read_text()
    command = workflow_command(LEVEL, 30)
    assert command in text and "action-junit-report" in text and "git+https://example.invalid" in text
    monkeypatch.chdir(tmp_path)
    workspace = tmp_path / "exercises"
    assert runner.invoke(main, ["init", str(workspace)]).exit_code == 0
    (workspace / "level13" / "pca.py").write_text((shipped("solutions") / "level13" / "pca.py").read_text())
    args = shlex.split(command)[1:] + ["pca"]  # the workflow's command, narrowed to one module for speed
    passing = runner.invoke(main, args)
    assert passing.exit_code == 0, passing.output  # 40 points >= 30 although other modules are not graded
    assert (tmp_path / "mlgrade-junit.xml").is_file()
    (workspace / "level13" / "pca.py").write_text((shipped("exercises") / "level13" / "pca.py").read_text())
    failing = runner.invoke(main, args)
    assert failing.exit_code == 1


def test_path_accepts_a_notebook(tmp_path):
    source = (shipped("solutions") / "level13" / "pca.py").read_text()
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": source.splitlines(keepends=True)}]
    notebook = tmp_path / "my_level13.ipynb"
    notebook.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    result = CliRunner().invoke(main, ["level13", "pca", "--path", str(notebook), "--no-speed", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["score"] > 0
