"""Grade a folder of submissions in parallel, resumably, into a gradebook and a class summary.

Each submission is graded in a process of its own (``mlgrade.batch_one``), which in
turn runs learner code in sandbox workers, so one broken or hostile submission
never stops the batch: it gets its row with a clear status. Results are written
as they finish; a rerun skips what is already graded unless ``force`` is set.
"""

import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from mlgrade.batch_one import SCHEMA, outcome, write_atomically
from mlgrade.judge import list_exercises, new_seed

ENTRY_SUFFIXES = (".py", ".ipynb", ".zip")
STATE_FILE = "batch.json"


class BatchError(ValueError):
    """A batch that cannot start (bad folder, conflicting seed); the message says how to fix it."""


@dataclass
class BatchOptions:
    level: object  # Level
    out_dir: Path
    jobs: int = 2
    seed: int | None = None
    force: bool = False
    modules: tuple = ()
    speed: bool = True
    timeout_s: float = 10.0  # one learner call
    submission_timeout_s: float = 900.0  # one whole submission


@dataclass
class BatchResult:
    seed: int
    outcomes: list = field(default_factory=list)  # submission documents, in name order
    graded_now: int = 0
    skipped: int = 0


def discover(folder, out_dir):
    """Submission entries in ``folder``: sub-folders and .py/.ipynb/.zip files, by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BatchError(f"{folder} is not a folder of submissions")
    entries = [path for path in sorted(folder.iterdir())
               if not path.name.startswith((".", "_")) and path.resolve() != Path(out_dir).resolve()
               and (path.is_dir() or path.suffix in ENTRY_SUFFIXES)]
    if not entries:
        raise BatchError(f"{folder} holds no submissions (folders, .py, .ipynb or .zip files)")
    return entries


def submission_name(entry):
    """A file-system-safe, unique-per-entry name (``alice.zip`` -> ``alice``)."""
    stem = entry.name if entry.is_dir() else entry.stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem) or "submission"


def _batch_seed(options):
    state_path = options.out_dir / STATE_FILE
    if state_path.exists() and not options.force:
        recorded = json.loads(state_path.read_text())
        if recorded["level"] != options.level.name:
            raise BatchError(f"{options.out_dir} holds a {recorded['level']} batch; use another --out or --force")
        if options.seed is not None and options.seed != recorded["seed"]:
            raise BatchError(f"this batch was graded with seed {recorded['seed']}; all submissions share one "
                             "seed, so pass --force to regrade everything with a new one")
        return recorded["seed"]
    seed = new_seed() if options.seed is None else options.seed
    write_atomically(state_path, json.dumps({"level": options.level.name, "seed": seed}))
    return seed


def _grade_in_subprocess(entry, name, seed, options):
    request = {"level": options.level.name, "entry": str(entry.resolve()), "name": name, "seed": seed,
               "speed": options.speed, "modules": list(options.modules) or None, "timeout_s": options.timeout_s,
               "out_dir": str(options.out_dir / "results")}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(request, handle)
    result_path = options.out_dir / "results" / f"{name}.json"
    try:
        completed = subprocess.run([sys.executable, "-m", "mlgrade.batch_one", handle.name], capture_output=True,
                                   text=True, timeout=options.submission_timeout_s)
        failure = None if completed.returncode == 0 else completed.stderr.strip().splitlines()[-1:] or ["no output"]
    except subprocess.TimeoutExpired:
        failure = [f"grading took longer than {options.submission_timeout_s:g} s"]
    finally:
        Path(handle.name).unlink(missing_ok=True)
    if failure is not None or not result_path.exists():
        document = outcome(name, "grader_error", f"the grader failed on this submission: {failure[0]}")
        write_atomically(result_path, json.dumps(document, indent=2))
        write_atomically(result_path.with_suffix(".txt"), f"{name}: {document['message']}\n")
    return json.loads(result_path.read_text())


def run_batch(entries_dir, options, on_progress=None):
    """Grade every submission in ``entries_dir``; return a :class:`BatchResult`.

    ``on_progress(name, document, done, total)`` is called as each submission finishes.
    """
    options.out_dir.mkdir(parents=True, exist_ok=True)
    (options.out_dir / "results").mkdir(exist_ok=True)
    entries = discover(entries_dir, options.out_dir)
    names = {}
    for entry in entries:
        name = submission_name(entry)
        while name in names.values():
            name += "_"
        names[entry] = name
    seed = _batch_seed(options)
    result = BatchResult(seed)
    documents = {}
    pending = []
    for entry, name in names.items():
        path = options.out_dir / "results" / f"{name}.json"
        if path.exists() and not options.force:
            try:
                documents[name] = json.loads(path.read_text())
                result.skipped += 1
                continue
            except ValueError:
                pass  # unreadable: grade again
        pending.append(entry)
    done = result.skipped
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = {pool.submit(_grade_in_subprocess, entry, names[entry], seed, options): entry for entry in pending}
        for future in as_completed(futures):
            name = names[futures[future]]
            documents[name] = future.result()
            result.graded_now += 1
            done += 1
            if on_progress:
                on_progress(name, documents[name], done, len(names))
    result.outcomes = [documents[name] for name in sorted(documents)]
    write_gradebook(options.out_dir / "gradebook.csv", result, options)
    write_atomically(options.out_dir / "summary.html", summary_html(result, options))
    return result


def exercise_columns(options):
    return [info for info in list_exercises(options.level) if not options.modules or info.module in options.modules]


def write_gradebook(path, result, options):
    """One row per submission, one column per exercise, then the total."""
    columns = exercise_columns(options)
    graded_maxima = [d["result"]["max_score"] for d in result.outcomes if d["result"]]
    full = max(graded_maxima) if graded_maxima else sum(c.points for c in columns)
    rows = []
    for document in result.outcomes:
        scores = {}
        if document["result"]:
            scores = {e["function"]: e["score"] for e in document["result"]["exercises"]}
        total = document["result"]["score"] if document["result"] else 0.0
        maximum = document["result"]["max_score"] if document["result"] else full
        rows.append([document["submission"], document["status"], *[scores.get(c.function, 0.0) for c in columns],
                     total, maximum, result.seed])
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["submission", "status", *[f"{c.module}.{c.function}" for c in columns], "total",
                         "max_score", "seed"])
        writer.writerows(rows)
    temporary.replace(path)


@dataclass
class ClassSummary:
    count: int
    graded: int
    mean_percent: float
    histogram: list  # 10 bins of percentage: [0,10), …, [90,100]
    pass_rates: dict  # "module.function" -> fraction of graded submissions that passed it
    statuses: dict  # submission status -> count


def summarise(result):
    graded = [d for d in result.outcomes if d["result"]]
    percents = [100.0 * d["result"]["score"] / d["result"]["max_score"] if d["result"]["max_score"] else 0.0
                for d in graded] + [0.0] * (len(result.outcomes) - len(graded))
    histogram = [0] * 10
    for percent in percents:
        histogram[min(int(percent // 10), 9)] += 1
    passed, seen = {}, {}
    for document in graded:
        for exercise in document["result"]["exercises"]:
            key = f"{exercise['module']}.{exercise['function']}"
            seen[key] = seen.get(key, 0) + 1
            passed[key] = passed.get(key, 0) + (exercise["status"] == "passed")
    statuses = {}
    for document in result.outcomes:
        statuses[document["status"]] = statuses.get(document["status"], 0) + 1
    return ClassSummary(len(result.outcomes), len(graded), sum(percents) / max(len(percents), 1), histogram,
                        {key: passed[key] / seen[key] for key in seen}, statuses)


def summary_text(result):
    summary = summarise(result)
    lines = [f"{summary.count} submissions ({', '.join(f'{n} {s}' for s, n in sorted(summary.statuses.items()))}); "
             f"mean score {summary.mean_percent:.0f}%; seed {result.seed}", "", "score distribution:"]
    peak = max(summary.histogram) or 1
    for index, count in enumerate(summary.histogram):
        label = f"{index * 10:>3}-{index * 10 + 9 if index < 9 else 100:<3}%"
        lines.append(f"  {label} {'█' * round(30 * count / peak):<30} {count}")
    lines += ["", "pass rate per exercise (hardest first):"]
    for key, rate in sorted(summary.pass_rates.items(), key=lambda item: item[1]):
        lines.append(f"  {key:<40} {'█' * round(30 * rate):<30} {rate:4.0%}")
    return "\n".join(lines)


def _svg_bars(values, labels, *, width=640, bar=22, unit=""):
    peak = max(values) or 1
    rows = []
    for index, (value, label) in enumerate(zip(values, labels)):
        y = index * (bar + 6)
        length = (width - 260) * value / peak
        rows.append(f'<text x="0" y="{y + bar - 6}" font-size="13">{label}</text>'
                    f'<rect x="240" y="{y}" width="{length:.1f}" height="{bar}" fill="#4c78a8"/>'
                    f'<text x="{244 + length:.1f}" y="{y + bar - 6}" font-size="12">{value:g}{unit}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(values) * (bar + 6)}">'
            + "".join(rows) + "</svg>")


def summary_html(result, options):
    """A small self-contained HTML report: score histogram and pass rate per exercise."""
    from html import escape

    summary = summarise(result)
    bins = [f"{i * 10}–{i * 10 + 9 if i < 9 else 100}%" for i in range(10)]
    hardest = sorted(summary.pass_rates.items(), key=lambda item: item[1])
    rates = _svg_bars([round(100 * rate) for _, rate in hardest], [escape(key) for key, _ in hardest], unit="%")
    rows = "".join(f"<tr><td>{escape(d['submission'])}</td><td>{escape(d['status'])}</td><td>"
                   + (f"{d['result']['score']:g}/{d['result']['max_score']:g}" if d["result"] else escape(d["message"]))
                   + "</td></tr>" for d in result.outcomes)
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>mlgrade {options.level.name} batch</title>
<style>body{{font-family:sans-serif;margin:2em}} td{{padding:2px 12px}}</style></head><body>
<h1>{options.level.name}: {summary.count} submissions</h1>
<p>{summary.graded} graded, mean score {summary.mean_percent:.0f}%, seed {result.seed}.</p>
<h2>Score distribution</h2>{_svg_bars(summary.histogram, bins)}
<h2>Pass rate per exercise (hardest first)</h2>{rates}
<h2>Submissions</h2><table>{rows}</table>
</body></html>
"""


__all__ = ["BatchError", "BatchOptions", "run_batch", "summary_text", "SCHEMA"]
