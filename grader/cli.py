"""The ``mlgrade`` command line: thin click commands around :func:`mlgrade.judge.grade`.

``mlgrade level13`` (also ``level4``, ``level04``, ``4``) grades a level;
``list``, ``status`` and ``init`` manage the course.
"""

import difflib
import sys
import tempfile
from pathlib import Path

import click

from mlgrade import progress
from mlgrade.catalog import UnknownLevel, available_levels, parse_level
from mlgrade.judge import grade, list_exercises
from mlgrade.reporters import FORMATS
from mlgrade.submissions import SubmissionError, prepare
from mlgrade.workspace import LocateError, exercises_root, find_learner_code, init_workspace, shipped

EXIT_OK, EXIT_FAILED, EXIT_GRADER = 0, 1, 3


class LevelGroup(click.Group):
    """A group whose unknown command names are tried as level names (``level13``, ``4``)."""

    def get_command(self, ctx, name):
        command = super().get_command(ctx, name)
        if command is not None:
            return command
        try:
            level = parse_level(name)
        except UnknownLevel as error:
            if name.lower().startswith("level") or name.isdigit():
                raise click.UsageError(str(error), ctx) from None
            choices = [*self.list_commands(ctx), *(level.name for level in available_levels())]
            close = difflib.get_close_matches(name, choices, n=1)
            suggestion = f" Did you mean {close[0]}?" if close else ""
            raise click.UsageError(f"No such command or level {name!r}.{suggestion}", ctx) from None
        return make_grade_command(level)

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        return (command.name if command else name), command, rest


@click.group(cls=LevelGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Grade a level with `mlgrade levelNN` (e.g. `mlgrade level13`); see `mlgrade list`.")
@click.version_option(package_name="mlgrade")
def main():
    """mlgrade: implement the math behind ML in NumPy, and get it graded."""


def locate_or_prepare(level, path, ctx):
    """Find the learner code: ``(folder, only_module, is_workspace)``.

    A notebook, zip or nested submission is unpacked to a scratch folder (not a workspace:
    no progress is recorded there).
    """
    try:
        return (*find_learner_code(level, path), True)
    except LocateError:
        if path is None or not Path(path).exists():
            raise
    scratch = ctx.with_resource(tempfile.TemporaryDirectory(prefix="mlgrade-path-"))
    return prepare(Path(path), level, Path(scratch)), None, False


def make_grade_command(level):
    @click.command(name=level.name, help=f"Grade {level.name}: {level.title}")
    @click.argument("modules", nargs=-1)
    @click.option("-k", "keywords", multiple=True, metavar="NAME",
                  help="Only exercises whose function name contains NAME (repeatable).")
    @click.option("--path", type=click.Path(path_type=Path), help="An exercises tree, a level folder, a .py file, a notebook or a zip.")
    @click.option("--solutions", is_flag=True, help="Grade the shipped teaching solutions.")
    @click.option("--seed", type=click.IntRange(min=0), help="Reproduce a run (default: a fresh seed, always reported).")
    @click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
    @click.option("--junit-xml", type=click.Path(path_type=Path, dir_okay=False),
                  help="Also write JUnit XML (one testcase per check) to this file.")
    @click.option("--no-speed", is_flag=True, help="Skip speed checks (their points are left out).")
    @click.option("--min-score", type=click.FloatRange(min=0),
                  help="Exit 0 when the score reaches this many points, even if some checks fail (for CI).")
    @click.option("-v", "--verbose", is_flag=True, help="List every check.")
    @click.pass_context
    def command(ctx, modules, keywords, path, solutions, seed, output_format, junit_xml, no_speed, min_score,
                verbose):
        unknown = [module for module in modules if module not in level.modules]
        if unknown:
            raise click.BadParameter(f"{unknown[0]!r} is not a module of {level.name}; choose from "
                                     + ", ".join(level.modules), param_hint="MODULES")
        if solutions and path:
            raise click.UsageError("use either --solutions or --path, not both")
        try:
            if solutions:
                folder, only, workspace = shipped("solutions") / level.name, None, False
            else:
                folder, only, workspace = locate_or_prepare(level, path, ctx)
        except (LocateError, SubmissionError) as error:
            raise click.BadParameter(str(error), param_hint="--path") from None
        if only:
            modules = (only,)
        machine = output_format != "text"
        if machine:
            click.echo(f"grading {level.name} from {folder} …", err=True)
        try:
            report = grade(level, folder, seed=seed, speed=not no_speed, modules=modules or None,
                           keywords=keywords, source=str(folder))
        except Exception as error:  # GraderError or a bug of ours: never the learner's fault
            click.echo(f"mlgrade: internal error, not caused by your code:\n{type(error).__name__}: {error}", err=True)
            ctx.exit(EXIT_GRADER)
        if workspace:
            progress.record(exercises_root(folder, level), report)
        if junit_xml:
            junit_xml.write_text(FORMATS["junit"](report))
        click.echo(FORMATS[output_format](report, verbose=verbose, color=None if sys.stdout.isatty() else False))
        success = report.passed if min_score is None else report.score >= min_score
        ctx.exit(EXIT_OK if success else EXIT_FAILED)

    return command


@main.command("list")
def list_command():
    """Show the levels and their exercises, with points."""
    for level in available_levels():
        exercises = list_exercises(level)
        total = sum(info.points for info in exercises)
        click.secho(f"{level.name}  {level.title}  ({len(exercises)} exercises, {total:g} points)", bold=True)
        for info in exercises:
            notes = []
            if info.banned:
                notes.append("bans " + ", ".join(info.banned))
            if info.speed_checked:
                notes.append("timed")
            name = f"{info.module}.{info.function}"
            click.echo(f"  {name:<40} {info.points:>3g} pts" + (f"   ({'; '.join(notes)})" if notes else ""))


@main.command()
@click.option("--path", type=click.Path(path_type=Path, file_okay=False),
              help="Your exercises tree (default: ./exercises, else the current folder).")
def status(path):
    """Show your progress from earlier runs."""
    root = path or (Path("exercises") if Path("exercises").is_dir() else Path("."))
    recorded = progress.load(root)
    if not recorded:
        click.echo(f"No graded runs recorded in {root.resolve()} yet. Start with `mlgrade level13`.")
    for level in available_levels():
        entry = recorded.get(level.name)
        if entry is None:
            click.echo(f"{level.name:<8} not started      {level.title}")
            continue
        score, max_score, passed, graded = progress.totals(entry)
        click.echo(f"{level.name:<8} {score:g}/{max_score:g} points, {passed}/{graded} exercises passed "
                   f"(best {entry['best_score']:g}; last run {entry['last_run']})")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
def init(directory):
    """Create a fresh workspace of exercise stubs in DIRECTORY."""
    try:
        written = init_workspace(directory, available_levels())
    except LocateError as error:
        raise click.BadParameter(str(error), param_hint="DIRECTORY") from None
    click.echo(f"Wrote {len(written)} exercise files to {directory}/.")
    click.echo(f"Next: cd {directory} && mlgrade level13")


@main.command()
@click.argument("submissions", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--level", "level_name", required=True, help="The level to grade, e.g. 13 or level13.")
@click.option("-o", "--out", type=click.Path(path_type=Path, file_okay=False),
              help="Where results go (default: SUBMISSIONS/../<name>-results).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=2, show_default=True, help="Submissions at once.")
@click.option("--seed", type=click.IntRange(min=0), help="The seed all submissions share (default: fresh, recorded).")
@click.option("--force", is_flag=True, help="Regrade submissions that already have results.")
@click.option("--module", "modules", multiple=True, help="Grade only this module (repeatable).")
@click.option("--no-speed", is_flag=True, help="Skip speed checks.")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=0.5), default=10.0, show_default=True,
              help="Seconds one learner call may take.")
def batch(submissions, level_name, out, jobs, seed, force, modules, no_speed, timeout_s):
    """Grade every submission in SUBMISSIONS (folders, .py, .ipynb, .zip) into a gradebook."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from mlgrade.batch import BatchError, BatchOptions, run_batch, summary_text

    level = _level_option(level_name, "--level")
    unknown = [module for module in modules if module not in level.modules]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r} is not a module of {level.name}", param_hint="--module")
    out = out or submissions.resolve().parent / f"{submissions.resolve().name}-results"
    options = BatchOptions(level, out, jobs=jobs, seed=seed, force=force, modules=tuple(modules),
                           speed=not no_speed, timeout_s=timeout_s)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(f"grading {level.name}", total=None)

        def progress(name, document, done, total):
            bar.update(task, completed=done, total=total, description=f"{name}: {document['status']}")

        try:
            result = run_batch(submissions, options, on_progress=progress)
        except BatchError as error:
            raise click.BadParameter(str(error), param_hint="SUBMISSIONS") from None
    click.echo(summary_text(result))
    click.echo(f"\n{result.graded_now} graded now, {result.skipped} already done. "
               f"Gradebook: {out / 'gradebook.csv'}   report: {out / 'summary.html'}")


@main.command()
@click.argument("level_name", metavar="LEVEL")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default="autograder.zip",
              show_default=True)
@click.option("--module", "modules", multiple=True, help="Grade only this module (repeatable).")
@click.option("--no-speed", is_flag=True, help="Skip speed checks on Gradescope's machines.")
def gradescope(level_name, output, modules, no_speed):
    """Build a Gradescope autograder bundle (setup.sh, run_autograder, mlgrade inside) for LEVEL."""
    from mlgrade.bundles import build_gradescope_bundle

    level = _level_option(level_name, "LEVEL")
    names = build_gradescope_bundle(level, output, modules=modules, speed=not no_speed)
    click.echo(f"Wrote {output} ({len(names)} files). Upload it as the autograder of a Gradescope programming "
               "assignment; students submit their module files, a notebook or a zip.")


@main.command("github-workflow")
@click.argument("level_name", metavar="LEVEL")
@click.option("--min-score", type=click.FloatRange(min=0), required=True, help="Points needed to pass the check.")
@click.option("--install", default="mlgrade", show_default=True,
              help="What `pip install` gets, e.g. a git URL of your course's mlgrade.")
@click.option("--path", "learner_path", default="exercises", show_default=True, help="The students' exercises tree.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              default=Path(".github/workflows/mlgrade.yml"), show_default=True)
def github_workflow_command(level_name, min_score, install, learner_path, output):
    """Write a GitHub Classroom / Actions workflow that grades LEVEL on every push."""
    from mlgrade.bundles import github_workflow

    level = _level_option(level_name, "LEVEL")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(github_workflow(level, min_score, install=install, path=learner_path))
    click.echo(f"Wrote {output}: it grades {level.name} with JUnit results and fails below {min_score:g} points.")


def _level_option(text, hint):
    try:
        return parse_level(text)
    except UnknownLevel as error:
        raise click.BadParameter(str(error), param_hint=hint) from None


@main.group()
def nbgrader():
    """Distribute levels through nbgrader."""


@nbgrader.command("export")
@click.argument("course_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("level_names", nargs=-1, metavar="[LEVEL]...")
@click.option("--course-id", default="mlgrade", show_default=True, help="Written to a new nbgrader_config.py.")
def nbgrader_export(course_dir, level_names, course_id):
    """Write nbgrader source notebooks for LEVELs (default: all) into COURSE_DIR."""
    from mlgrade.nbexport import export_course

    levels = [_level_option(name, "LEVEL") for name in level_names] or available_levels()
    written = export_course(course_dir, levels, course_id)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"Next: cd {course_dir} && nbgrader generate_assignment {levels[0].name}")
