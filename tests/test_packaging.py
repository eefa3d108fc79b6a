"""A regular (non-editable) install carries everything: stubs, solutions, reference, suites, worker."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_the_course(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                    "-q", "-w", str(tmp_path)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("mlgrade-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for level in sorted(p.name for p in (ROOT / "exercises").glob("level[0-9][0-9]")):
        for stub in (ROOT / "exercises" / level).glob("*.py"):
            assert f"mlgrade/exercises/{level}/{stub.name}" in names
            assert f"mlgrade/solutions/{level}/{stub.name}" in names
            assert f"mlgrade/reference/{level}/{stub.name}" in names
            assert f"mlgrade/suites/{level}/test_{stub.name}" in names
    assert {"mlgrade/sandbox/worker.py", "mlgrade/sandbox/callables/common.py", "mlgrade/cli.py"} <= names
    assert not any(name.startswith(("grader/", "reference/", "tests/")) for name in names)
