"""Progress survives narrowed runs, and a corrupt or outdated file is set aside, not lost."""

import json

from mlgrade import progress
from mlgrade.results import ExerciseResult, Report, TestResult


def report(function, passed, seed=1):
    exercise = ExerciseResult("level13", "pca", function,
                              [TestResult("check", "passed" if passed else "failed", 2.0 if passed else 0.0, 2.0,
                                          cause="" if passed else "failed")])
    return Report("level13", "title", seed, "here", [exercise])


def test_runs_merge_per_exercise(tmp_path):
    progress.record(tmp_path, report("covariance_matrix", True))
    progress.record(tmp_path, report("pca_eig", False))
    entry = progress.load(tmp_path)["level13"]
    assert progress.totals(entry) == (2.0, 4.0, 1, 2)
    progress.record(tmp_path, report("covariance_matrix", False))
    entry = progress.load(tmp_path)["level13"]
    assert progress.totals(entry)[0] == 0.0 and entry["best_score"] == 2.0


def test_corrupt_and_outdated_files_are_set_aside(tmp_path):
    path = progress.progress_file(tmp_path)
    path.parent.mkdir(parents=True)
    for content in ("{not json", json.dumps({"levels": {"level13": {"last": {}}}})):
        path.write_text(content)
        assert progress.load(tmp_path) == {}
        assert not path.exists()
        kept = list(path.parent.glob("progress.corrupt-*.json"))
        assert kept and any(k.read_text() == content for k in kept)
        for file in kept:
            file.unlink()
    progress.record(tmp_path, report("covariance_matrix", True))
    assert progress.totals(progress.load(tmp_path)["level13"])[0] == 2.0
