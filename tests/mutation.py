"""Grade plausible wrong versions of an exercise (mutants) and right-but-different ones.

A mutants file ``tests/mutants/levelNN/<module>.py`` holds functions named
``<exercise>__<what is wrong>`` and a dict ``EXPECTED`` mapping each name to
``(status, text)``: the exercise status the suite must give and a piece of text
the feedback must contain (the hint), or ``None``. ``status == "passed"`` marks a
correct implementation written differently, which must get full marks.

The graded module is the teaching solution with that one function replaced, so
every other function of the module stays correct.
"""

import ast
import re
from pathlib import Path

from mlgrade.catalog import parse_level
from mlgrade.judge import grade
from mlgrade.workspace import shipped

MUTANTS_DIR = Path(__file__).parent / "mutants"
SEED = 20261121


def mutant_files():
    return sorted(MUTANTS_DIR.glob("level[0-9][0-9]/*.py"))


def mutant_names(path):
    tree = ast.parse(path.read_text())
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef) and "__" in node.name]


def expected_table(path):
    tree = ast.parse(path.read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "EXPECTED" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{path} has no EXPECTED table")


def all_cases():
    """``(level, module, mutant name)`` for every mutant, for parametrisation."""
    return [(path.parent.name, path.stem, name) for path in mutant_files() for name in mutant_names(path)]


def build_mutated_module(level_name, module, mutant, folder):
    """Write ``folder/<module>.py``: the solution with ``mutant`` standing in for its function."""
    solution = (shipped("solutions") / level_name / f"{module}.py").read_text()
    mutants = (MUTANTS_DIR / level_name / f"{module}.py").read_text()
    function = mutant.split("__")[0]
    # The chosen mutant is defined under the exercise's own name, after the solution's, so that it
    # wins at run time and the static ban scan reads it too; its old name stays as an alias.
    renamed = re.sub(rf"^def {re.escape(mutant)}\(", f"def {function}(", mutants, flags=re.M)
    source = f"{solution}\n\n# ---- mutants ----\n{renamed}\n\n{mutant} = {function}\n"
    (folder / f"{module}.py").write_text(source)
    return function


def grade_mutant(level_name, module, mutant, folder, seed=SEED):
    """Grade one mutant; return the :class:`ExerciseResult` of its exercise."""
    function = build_mutated_module(level_name, module, mutant, folder)
    report = grade(parse_level(level_name), folder, seed=seed, modules=[module], functions=[function])
    (exercise,) = report.exercises
    return exercise
