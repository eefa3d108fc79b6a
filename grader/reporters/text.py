"""The terminal report: per exercise its status, points, speed and the first problem."""

import click

SYMBOLS = {
    "passed": ("✓", "green"),
    "failed": ("✗", "red"),
    "error": ("!", "red"),
    "timeout": ("⏱", "red"),
    "forbidden": ("⊘", "magenta"),
    "too_slow": ("🐢", "yellow"),
    "not_implemented": ("·", "bright_black"),
}
LABELS = {"not_implemented": "not implemented yet", "too_slow": "too slow"}


def _points(value):
    return f"{value:g}"


def _indent(text, prefix="      "):
    return "\n".join(prefix + line for line in text.splitlines())


def render_text(report, *, verbose=False, color=None):
    """Render ``report`` for a terminal; ``verbose`` lists every check."""
    style = (lambda text, **kw: click.style(text, **kw)) if color is not False else (lambda text, **kw: text)
    lines = [style(f"{report.level} — {report.title}", bold=True),
             f"code: {report.source}   seed: {report.seed}"]
    module = None
    for exercise in report.exercises:
        if exercise.module != module:
            module = exercise.module
            lines.append("")
            lines.append(style(f"  {module}.py", bold=True))
        symbol, colour = SYMBOLS[exercise.status]
        label = LABELS.get(exercise.status, exercise.status.replace("_", " "))
        speed = ""
        if exercise.speed is not None and exercise.speed.ratio is not None:
            speed = f"   speed {exercise.speed.ratio:.1f}× the reference (limit {exercise.speed.max_ratio:g}×)"
        score = f"{_points(exercise.score)}/{_points(exercise.max_score)}"
        lines.append(f"  {style(symbol, fg=colour)} {exercise.function:<26} {score:>7}   "
                     f"{style(label, fg=colour)}{speed}")
        if exercise.static_ban:
            lines.append(_indent(exercise.static_ban))
        elif exercise.status != "passed" and exercise.first_problem and exercise.status != "not_implemented":
            problem = exercise.first_problem
            lines.append(_indent(f"{problem.name}:"))
            lines.append(_indent(problem.message, "        "))
        if verbose:
            for test in exercise.tests:
                if test.counts:
                    lines.append(f"      - {test.status:<7} {test.name}"
                                 + (f" ({_points(test.points)}/{_points(test.max_points)})" if test.max_points else ""))
    lines.append("")
    passed = sum(exercise.status == "passed" for exercise in report.exercises)
    lines.append(style(f"Score {_points(report.score)}/{_points(report.max_score)}", bold=True)
                 + f"   {passed} of {len(report.exercises)} exercises passed   {report.duration_s:.1f} s"
                 + ("" if report.speed_checked else "   (speed not checked)"))
    pending = [exercise for exercise in report.exercises if exercise.status != "passed"]
    if pending:
        first = pending[0]
        if first.status == "not_implemented":
            lines.append(f"Next: implement {first.function} in {first.module}.py "
                         f"(replace `raise NotImplementedError`), then run `mlgrade {report.level}` again.")
        else:
            lines.append(f"Next: fix {first.function} in {first.module}.py; "
                         f"reproduce this run with `mlgrade {report.level} --seed {report.seed}`.")
    else:
        lines.append(style("Everything passes. Well done!", fg="green"))
    return "\n".join(lines)
