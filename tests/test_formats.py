"""Each machine format parses and follows its platform's schema, with the seed recorded."""

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from mlgrade.catalog import parse_level
from mlgrade.cli import main
from mlgrade.judge import grade
from mlgrade.reporters import FORMATS
from mlgrade.workspace import shipped

SEED = 77


@pytest.fixture(scope="module")
def submission(tmp_path_factory):
    """PCA with one wrong exercise (divides by n) and one left as a stub."""
    folder = tmp_path_factory.mktemp("submission")
    source = (shipped("solutions") / "level13" / "pca.py").read_text()
    source = source.replace("return Xc.T @ Xc / (n - 1)", "return Xc.T @ Xc / n")
    source += "\n\ndef transform(X, components, mean):\n    raise NotImplementedError\n"
    (folder / "pca.py").write_text(source)
    return folder


@pytest.fixture(scope="module")
def report(submission):
    return grade(parse_level("level13"), submission, seed=SEED, modules=["pca"])


def test_report_is_partly_wrong(report):
    statuses = {e.function: e.status for e in report.exercises}
    assert statuses["covariance_matrix"] == "failed" and statuses["transform"] == "not_implemented"
    assert statuses["pca_svd"] == "passed"


def test_gradescope(report):
    document = json.loads(FORMATS["gradescope"](report))
    assert document["score"] == report.score and isinstance(document["execution_time"], int)
    assert str(SEED) in document["output"]
    visible = [t for t in document["tests"] if t["visibility"] == "visible"]
    detail = [t for t in document["tests"] if t["visibility"] == "after_due_date"]
    assert len(visible) == len(detail) == len(report.exercises)
    for test in document["tests"]:
        assert {"name", "score", "max_score", "output", "visibility"} <= set(test)
        assert test["visibility"] in {"hidden", "after_due_date", "after_published", "visible"}
    assert sum(t["score"] for t in visible) == report.score
    covariance = next(t for t in visible if t["name"] == "pca.covariance_matrix")
    assert covariance["status"] == "failed" and "divided by n" in covariance["output"]
    assert {t["status"] for t in visible} <= {"passed", "failed"}
    assert all(t["max_score"] == 0 for t in detail)


def test_exercism(report):
    document = json.loads(FORMATS["exercism"](report))
    assert document["version"] == 3 and document["status"] == "fail"
    assert all(t["status"] in {"pass", "fail", "error"} and isinstance(t["task_id"], int) for t in document["tests"])
    failing = [t for t in document["tests"] if t["status"] != "pass"]
    assert failing and all(t["message"] for t in failing)
    assert all(f"--seed {SEED}" in t["test_code"] for t in document["tests"])


def test_junit(report):
    root = ET.fromstring(FORMATS["junit"](report))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [e.id for e in report.exercises]
    cases = root.iter("testcase")
    assert int(root.get("tests")) == sum(1 for _ in cases)
    assert int(root.get("failures")) >= 1
    covariance = suites[0]
    assert {p.get("name"): p.get("value") for p in covariance.iter("property")}["seed"] == str(SEED)
    failure = covariance.find("testcase/failure")
    assert failure is not None and "divided by n" in failure.text


def test_cli_writes_junit_next_to_any_format(tmp_path):
    target = tmp_path / "results.xml"
    result = CliRunner().invoke(main, ["level13", "pca", "--solutions", "--no-speed", "--format", "gradescope",
                                       "--junit-xml", str(target), "--seed", "5"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["score"] > 0
    root = ET.parse(target).getroot()
    assert root.get("failures") == "0" and root.get("errors") == "0"
