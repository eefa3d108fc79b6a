"""A learner's progress across runs, kept next to their exercises in ``.mlgrade/progress.json``.

Each graded level keeps its latest run and its best score; ``mlgrade status`` reads it.
A corrupt file is set aside (renamed), never silently lost.
"""

import json
import time
from pathlib import Path

FILENAME = Path(".mlgrade") / "progress.json"


def progress_file(root):
    return Path(root) / FILENAME


def load(root):
    """Return ``{level: {"last": {...}, "best_score": float}}`` (empty when nothing is recorded)."""
    path = progress_file(root)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
        return data["levels"] if isinstance(data.get("levels"), dict) else {}
    except (ValueError, KeyError, AttributeError):
        path.rename(path.with_suffix(f".corrupt-{int(time.time())}.json"))
        return {}


def record(root, report):
    """Store ``report`` as the latest run of its level and update the best score."""
    levels = load(root)
    entry = levels.get(report.level, {})
    entry["last"] = {
        "when": time.strftime("%Y-%m-%d %H:%M", time.localtime()),
        "seed": report.seed,
        "score": report.score,
        "max_score": report.max_score,
        "exercises": {exercise.function: exercise.status for exercise in report.exercises},
        "complete": report.speed_checked,
    }
    entry["best_score"] = max(entry.get("best_score", 0.0), report.score)
    levels[report.level] = entry
    path = progress_file(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"schema": "mlgrade.progress/1", "levels": levels}, indent=2))
    temporary.replace(path)
