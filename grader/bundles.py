"""Files that plug mlgrade into grading platforms: a Gradescope autograder bundle and a
GitHub Classroom / GitHub Actions workflow.

The Gradescope bundle carries mlgrade itself (hidden suites and reference included) as
an installable source tree, a ``setup.sh`` that installs it, and a ``run_autograder``
that grades ``/autograder/submission`` into ``/autograder/results/results.json``. The
root is ``$MLGRADE_AUTOGRADER_ROOT`` when set, so the bundle can be run in a stand-in
layout.
"""

import importlib.metadata
import importlib.util
import shlex
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path

PACKAGE_PARTS = ("mlgrade", "mlgrade.reference", "mlgrade.exercises", "mlgrade.solutions")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mlgrade")

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once when the autograder image is built.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v pip3 >/dev/null; then
    apt-get update && apt-get install -y python3 python3-pip
fi
pip3 install ./mlgrade-src
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission; results go to $ROOT/results/results.json.
set -uo pipefail
ROOT="${{MLGRADE_AUTOGRADER_ROOT:-/autograder}}"
mkdir -p "$ROOT/results"
mlgrade {level} --path "$ROOT/submission" --format gradescope {flags} > "$ROOT/results/results.tmp"
code=$?
if [ "$code" -le 1 ]; then
    mv "$ROOT/results/results.tmp" "$ROOT/results/results.json"
else
    cat > "$ROOT/results/results.json" <<'JSON'
{{"score": 0, "output": "The autograder could not grade this submission (mlgrade exited with an error). Please contact the course staff.", "tests": []}}
JSON
fi
exit 0
"""

BUNDLE_PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "mlgrade"
version = "{version}"
requires-python = ">=3.10"
dependencies = {dependencies}

[project.scripts]
mlgrade = "mlgrade.cli:main"

[tool.setuptools.packages.find]
include = ["mlgrade*"]

[tool.setuptools.package-data]
"*" = ["level*/*.py"]
"""


def _package_folder(name):
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations)))


def _runtime_dependencies():
    requirements = importlib.metadata.requires("mlgrade") or []
    return [requirement for requirement in requirements if "extra ==" not in requirement]


def _executable(path, text):
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def grade_flags(modules=(), speed=True):
    """The extra ``mlgrade levelNN`` options a bundle or workflow passes."""
    flags = [module for module in modules]
    if not speed:
        flags.append("--no-speed")
    return " ".join(shlex.quote(flag) for flag in flags)


def build_gradescope_bundle(level, output, *, modules=(), speed=True):
    """Write the Gradescope autograder zip for ``level`` to ``output``; return its file names."""
    with tempfile.TemporaryDirectory(prefix="mlgrade-bundle-") as scratch:
        root = Path(scratch)
        source = root / "mlgrade-src"
        for name in PACKAGE_PARTS:
            target = source.joinpath(*name.split("."))
            shutil.copytree(_package_folder(name), target, ignore=IGNORE, dirs_exist_ok=True)
        version = importlib.metadata.version("mlgrade")
        (source / "pyproject.toml").write_text(BUNDLE_PYPROJECT.format(
            version=version, dependencies=repr(_runtime_dependencies()).replace("'", '"')))
        _executable(root / "setup.sh", SETUP_SH)
        _executable(root / "run_autograder", RUN_AUTOGRADER.format(level=level.name,
                                                                   flags=grade_flags(modules, speed)))
        names = []
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    info = zipfile.ZipInfo.from_file(path, path.relative_to(root).as_posix())
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, path.read_bytes())
                    names.append(info.filename)
    return names


def workflow_command(level, min_score, path="exercises", junit="mlgrade-junit.xml"):
    """The grading command the GitHub workflow runs (the tests run exactly this)."""
    return (f"mlgrade {level.name} --path {shlex.quote(path)} --min-score {min_score:g} "
            f"--junit-xml {shlex.quote(junit)}")


WORKFLOW = """# Grades {level} with mlgrade on every push; the check fails below {min_score:g} points.
name: mlgrade {level}
on: [push, pull_request, workflow_dispatch]
permissions:
  contents: read
  checks: write
jobs:
  grade:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install mlgrade
        run: pip install {install}
      - name: Grade
        shell: bash
        run: {command} | tee -a "$GITHUB_STEP_SUMMARY"
      - name: Publish results
        if: always()
        uses: mikepenz/action-junit-report@v4
        with:
          report_paths: mlgrade-junit.xml
          check_name: mlgrade {level}
"""


def github_workflow(level, min_score, *, install, path="exercises"):
    """The text of a GitHub Actions workflow that grades ``level`` in a student's repository."""
    return WORKFLOW.format(level=level.name, min_score=min_score, install=shlex.quote(install),
                           command=workflow_command(level, min_score, path))
