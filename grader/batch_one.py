"""Grade one batch submission in its own process: ``python -m mlgrade.batch_one REQUEST.json``.

The request names the level, the submission entry, the seed and where to write.
The outcome file ``<name>.json`` (schema ``mlgrade.submission/1``) and the
feedback ``<name>.txt`` are written atomically, so an interrupted batch never
leaves half a result behind.
"""

import json
import sys
import tempfile
from pathlib import Path

from mlgrade.catalog import parse_level
from mlgrade.judge import grade
from mlgrade.reporters.text import render_text
from mlgrade.submissions import SubmissionError, prepare

SCHEMA = "mlgrade.submission/1"


def write_atomically(path, text):
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text)
    temporary.replace(path)


def outcome(name, status, message="", result=None):
    return {"schema": SCHEMA, "submission": name, "status": status, "message": message, "result": result}


def grade_submission(request):
    """Grade the submission described by ``request``; return ``(outcome dict, feedback text)``."""
    level = parse_level(request["level"])
    name = request["name"]
    with tempfile.TemporaryDirectory(prefix="mlgrade-submission-") as workdir:
        try:
            folder = prepare(Path(request["entry"]), level, Path(workdir))
        except SubmissionError as error:
            return outcome(name, error.status, str(error)), f"{name}: {error.status}: {error}\n"
        report = grade(level, folder, seed=request["seed"], speed=request["speed"], modules=request["modules"],
                       timeout_s=request["timeout_s"], source=name)
        return outcome(name, "graded", result=report.to_json()), render_text(report, color=False) + "\n"


def main(argv):
    request = json.loads(Path(argv[1]).read_text())
    document, feedback = grade_submission(request)
    out = Path(request["out_dir"])
    write_atomically(out / f"{request['name']}.txt", feedback)
    write_atomically(out / f"{request['name']}.json", json.dumps(document, indent=2))


if __name__ == "__main__":
    main(sys.argv)
