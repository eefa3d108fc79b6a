"""A learner's progress across runs, kept next to their exercises in ``.mlgrade/progress.json``.

Every graded exercise keeps its latest result (a narrowed run such as
``mlgrade level13 pca`` updates just its exercises); each level keeps its best
total. ``mlgrade status`` reads it. A corrupt or outdated file is set aside (renamed), never lost.
"""

import json
import time
from pathlib import Path

FILENAME = Path(".mlgrade") / "progress.json"


def progress_file(root):
    return Path(root) / FILENAME


def load(root):
    """Return ``{level: {"exercises": {function: {...}}, "best_score": float}}``."""
    path = progress_file(root)
    if not path.exists():
        return {}
    try:
        levels = json.loads(path.read_text())["levels"]
        if not all(isinstance(entry.get("exercises"), dict) for entry in levels.values()):
            raise ValueError("not the mlgrade.progress/1 layout")
        return levels
    except (ValueError, KeyError, TypeError, AttributeError):
        path.rename(path.with_name(f"progress.corrupt-{int(time.time())}.json"))
        return {}


def totals(entry):
    """``(score, max_score, passed, graded)`` over the recorded exercises of a level."""
    exercises = entry["exercises"].values()
    return (sum(e["score"] for e in exercises), sum(e["max_score"] for e in exercises),
            sum(e["status"] == "passed" for e in exercises), len(entry["exercises"]))


def record(root, report):
    """Merge ``report``'s exercises into the progress file and update the level's best score."""
    levels = load(root)
    entry = levels.setdefault(report.level, {"exercises": {}, "best_score": 0.0})
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    for exercise in report.exercises:
        entry["exercises"][exercise.function] = {
            "module": exercise.module, "status": exercise.status, "score": exercise.score,
            "max_score": exercise.max_score, "when": when, "seed": report.seed,
        }
    entry["best_score"] = max(entry["best_score"], totals(entry)[0])
    entry["last_run"] = when
    path = progress_file(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"schema": "mlgrade.progress/1", "levels": levels}, indent=2))
    temporary.replace(path)
