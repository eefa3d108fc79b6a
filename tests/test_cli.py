"""The mlgrade command line, with click's CliRunner and one real subprocess."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from mlgrade.cli import main

COVARIANCE = '''def covariance_matrix(X):
    n = X.shape[0]
    if n < 2:
        raise ValueError("need at least two samples")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (n - 1)


'''


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def workspace(tmp_path, runner, monkeypatch):
    """A fresh learner workspace made by `mlgrade init`, as the current directory."""
    result = runner.invoke(main, ["init", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(tmp_path / "ws")
    return tmp_path / "ws"


def replace_function(path, name, new_source):
    text = path.read_text()
    start = text.index(f"def {name}(")
    following = re.search(r"^def ", text[start + 1:], flags=re.M)
    end = start + 1 + following.start() if following else len(text)
    path.write_text(text[:start] + new_source + text[end:])


def test_list_shows_levels_and_exercises(runner):
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 0
    assert "level13" in result.output and "pca.covariance_matrix" in result.output
    assert "bans numpy.cov" in result.output


def test_unknown_level_is_a_usage_error_with_a_suggestion(runner):
    result = runner.invoke(main, ["levle13"])
    assert result.exit_code == 2 and "Did you mean level13" in result.output
    result = runner.invoke(main, ["level99"])
    assert result.exit_code == 2 and "Available: " in result.output


def test_unknown_module_is_a_usage_error(runner):
    result = runner.invoke(main, ["level13", "pcaa", "--solutions"])
    assert result.exit_code == 2 and "is not a module of level13" in result.output


def test_level_name_spellings(runner):
    for spelling in ("level13", "13", "level13"):
        result = runner.invoke(main, [spelling, "pca", "--solutions", "-k", "reconstruct", "--no-speed"])
        assert result.exit_code == 0, result.output
        assert "reconstruct" in result.output and "covariance_matrix" not in result.output


def test_no_workspace_here_says_what_to_do(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["level13"])
    assert result.exit_code == 2 and "mlgrade init" in result.output


def test_stubs_are_all_pending_with_a_next_step(runner, workspace):
    result = runner.invoke(main, ["level13"])
    assert result.exit_code == 1
    assert result.output.count("not implemented yet") >= 5
    assert "Score 0/" in result.output and "Next: implement" in result.output


def test_learner_flow_on_covariance(runner, workspace):
    """Implement covariance_matrix: it passes with points and a speed ratio; the rest stays pending."""
    pca = workspace / "level13" / "pca.py"
    replace_function(pca, "covariance_matrix", COVARIANCE)
    result = runner.invoke(main, ["level13", "pca", "--seed", "3"])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "covariance_matrix" in line)
    assert "passed" in line and "8/8" in line and re.search(r"speed \d+\.\d× the reference", line)
    assert result.output.count("not implemented yet") == 4

    status = runner.invoke(main, ["status"])
    assert "level13" in status.output and "8/40 points, 1/5 exercises passed" in status.output


@pytest.mark.parametrize(("change", "expected"), [
    (("/ (n - 1)", "/ n"), "Hint: you divided by n; the unbiased estimator divides by n - 1"),
    (("Xc = X - X.mean(axis=0)", "Xc = X"), "Hint: this is Xᵀ X / (n - 1) without centring"),
    (("return Xc.T @ Xc / (n - 1)", "return np.cov(X, rowvar=False)"), "uses numpy.cov"),
    (("return Xc.T @ Xc / (n - 1)",
      "C = np.zeros((X.shape[1], X.shape[1]))\n    for i in range(X.shape[1]):\n"
      "        for j in range(X.shape[1]):\n            C[i, j] = np.sum(Xc[:, i] * Xc[:, j]) / (n - 1)\n"
      "    return C"), "too slow"),
])
def test_learner_mistakes_get_precise_feedback(runner, workspace, change, expected):
    pca = workspace / "level13" / "pca.py"
    replace_function(pca, "covariance_matrix", COVARIANCE.replace(*change))
    result = runner.invoke(main, ["level13", "pca", "-k", "covariance", "--seed", "11"])
    assert result.exit_code == 1
    assert expected in result.output
    assert "X of shape" in result.output or "uses numpy.cov" in result.output


def test_json_is_one_document_matching_the_contract(runner):
    result = runner.invoke(main, ["level13", "pca", "--solutions", "--format", "json", "--seed", "42"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["schema"] == "mlgrade.result/1" and document["seed"] == 42
    assert document["score"] == document["max_score"] > 0
    exercise = document["exercises"][0]
    assert set(exercise) == {"id", "module", "function", "status", "score", "max_score", "speed", "tests"}
    assert exercise["id"] == "level13.pca.covariance_matrix" and exercise["status"] == "passed"
    assert exercise["speed"]["max_ratio"] == 8.0 and exercise["speed"]["ratio"] > 0
    assert {"name", "status", "message"} == set(exercise["tests"][0])


def test_same_seed_same_feedback(runner, workspace):
    pca = workspace / "level13" / "pca.py"
    replace_function(pca, "covariance_matrix", COVARIANCE.replace("/ (n - 1)", "/ n"))
    runs = [runner.invoke(main, ["level13", "pca", "-k", "covariance", "--seed", "8", "--format", "json"])
            for _ in range(2)]
    messages = [[t["message"] for t in json.loads(run.stdout)["exercises"][0]["tests"]] for run in runs]
    assert messages[0] == messages[1]


def test_init_refuses_to_overwrite(runner, workspace):
    result = runner.invoke(main, ["init", str(workspace)])
    assert result.exit_code == 2 and "already exists" in result.output


def test_grader_failure_exits_3(runner, monkeypatch):
    import mlgrade.cli
    import mlgrade.judge

    def broken(*args, **kwargs):
        raise mlgrade.judge.GraderError("suite exploded")

    monkeypatch.setattr(mlgrade.cli, "grade", broken)
    result = runner.invoke(main, ["level13", "--solutions"])
    assert result.exit_code == 3 and "not caused by your code" in result.output


def test_installed_command_in_a_real_subprocess(tmp_path):
    """The console script works outside the repository, with machine output on stdout only."""
    executable = shutil.which("mlgrade") or os.path.join(os.path.dirname(sys.executable), "mlgrade")
    completed = subprocess.run([executable, "level13", "pca", "--solutions", "--format", "json", "--no-speed"],
                               cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    document = json.loads(completed.stdout)
    assert document["level"] == "level13" and document["score"] == document["max_score"]
    assert "grading level13" in completed.stderr


def test_an_unexpected_grader_bug_also_exits_3(runner, monkeypatch):
    import mlgrade.cli

    monkeypatch.setattr(mlgrade.cli, "grade", lambda *args, **kwargs: {}["missing"])
    result = runner.invoke(main, ["level13", "--solutions"])
    assert result.exit_code == 3 and "KeyError" in result.output
