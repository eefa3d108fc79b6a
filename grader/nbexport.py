"""Export levels as an nbgrader course: ``source/levelNN/levelNN.ipynb`` and ``nbgrader_config.py``.

Per exercise the notebook has a Markdown cell rendered from the stub's docstring,
a solution cell (signature, docstring, the teaching solution between
``### BEGIN SOLUTION`` / ``### END SOLUTION``, with the solution module's private
helpers inlined so that nothing leaks outside the solution region), a read-only
cell that runs the docstring's examples, and an autograder cell worth the
exercise's points whose ``### BEGIN HIDDEN TESTS`` block runs the hidden suite.
"""

import ast
import json
import textwrap
from pathlib import Path

from mlgrade.docmd import docstring_markdown
from mlgrade.judge import list_exercises
from mlgrade.notebooks import AUTOGRADER_MARKER, EXAMPLES_MARKER
from mlgrade.workspace import shipped

NBGRADER_CONFIG = '''"""nbgrader configuration written by `mlgrade nbgrader export`; edit freely."""

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821 - provided by nbgrader
c.CourseDirectory.course_id = "{course_id}"

# Each autograder cell grades one exercise in mlgrade's sandbox (a hanging learner function
# is stopped after a few seconds). A learner cell that hangs at the top level is interrupted
# after this many seconds and costs only that cell; the rest of the notebook still runs.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True

# nbgrader shows hidden tests in the feedback HTML by default: strip them.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
'''


def _cell(kind, source, metadata=None, cell_id=""):
    cell = {"cell_type": kind, "id": cell_id, "metadata": metadata or {}, "source": source}
    if kind == "code":
        cell.update(outputs=[], execution_count=None)
    return cell


def _nbgrader(grade_id, *, grade=False, solution=False, locked=False, points=None):
    metadata = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
                "solution": solution, "task": False}
    if points is not None:
        metadata["points"] = points
    return {"nbgrader": metadata}


def _lines(source, node):
    lines = source.splitlines()
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    return "\n".join(lines[start - 1:node.end_lineno])


class ModuleSources:
    """The stub and the solution of one module, parsed."""

    def __init__(self, level, module):
        self.stub = (shipped("exercises") / level.name / f"{module}.py").read_text()
        self.solution = (shipped("solutions") / level.name / f"{module}.py").read_text()
        self.stub_tree = ast.parse(self.stub)
        self.solution_tree = ast.parse(self.solution)
        self.docstring = ast.get_docstring(self.stub_tree) or ""

    def stub_function(self, name):
        return next(n for n in self.stub_tree.body if isinstance(n, ast.FunctionDef) and n.name == name)

    def solution_definitions(self):
        """Module-level functions and assignments of the solution, by name."""
        definitions = {}
        for node in self.solution_tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                definitions[node.name] = node
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        definitions[target.id] = node
        return definitions

    def setup_code(self):
        """Imports of both versions, plus the stub's module-level constants."""
        seen, lines = set(), []
        for tree, source in ((self.stub_tree, self.stub), (self.solution_tree, self.solution)):
            for node in tree.body:
                if isinstance(node, (ast.Import, ast.ImportFrom)) or (tree is self.stub_tree and isinstance(
                        node, ast.Assign)):
                    text = _lines(source, node)
                    if text not in seen:
                        seen.add(text)
                        lines.append(text)
        return "\n".join(lines)

    def helpers_for(self, name, exercises):
        """Private solution helpers ``name`` needs (transitively), excluding other exercises."""
        definitions = self.solution_definitions()
        needed, queue = [], [definitions[name]]
        while queue:
            node = queue.pop()
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name) and inner.id in definitions and inner.id not in exercises \
                        and inner.id != name and definitions[inner.id] not in needed:
                    needed.append(definitions[inner.id])
                    queue.append(definitions[inner.id])
        order = list(self.solution_tree.body)
        return sorted(needed, key=order.index)

    def solution_cell(self, name, exercises):
        stub = self.stub_function(name)
        solution = next(n for n in self.solution_tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
        stub_lines = self.stub.splitlines()
        header = "\n".join(stub_lines[stub.lineno - 1:stub.body[0].lineno - 1])
        docstring = "\n".join(stub_lines[stub.body[0].lineno - 1:stub.body[0].end_lineno])
        body = solution.body[1:] if ast.get_docstring(solution) is not None else solution.body
        solution_lines = self.solution.splitlines()
        body_text = textwrap.dedent("\n".join(solution_lines[body[0].lineno - 1:body[-1].end_lineno]))
        helpers = [textwrap.dedent(_lines(self.solution, node)) for node in self.helpers_for(name, exercises)]
        inside = "\n\n".join(helpers + [body_text])
        return (f"{header}\n{docstring}\n    ### BEGIN SOLUTION\n{textwrap.indent(inside, '    ')}\n"
                f"    ### END SOLUTION\n")


def level_notebook(level):
    """The nbgrader source notebook of ``level`` as a JSON-ready dict."""
    exercises = list_exercises(level)
    names = {info.function for info in exercises}
    cells = [_cell("markdown", f"# {level.name}: {level.title}\n\nImplement each function in its cell, run the "
                               "examples cell below it, and submit. Hidden tests grade every exercise.",
                   cell_id="title")]
    for module in level.modules:
        sources = ModuleSources(level, module)
        cells.append(_cell("markdown", f"## {module}\n\n{docstring_markdown(sources.docstring)}",
                           cell_id=f"about-{module}"))
        cells.append(_cell("code", sources.setup_code(), _nbgrader(f"setup-{module}", locked=True),
                           cell_id=f"setup-{module}"))
        for info in (info for info in exercises if info.module == module):
            key = f"{module}-{info.function}"
            stub = sources.stub_function(info.function)
            cells.append(_cell("markdown", f"### `{info.function}` ({info.points:g} points)\n\n"
                                           + docstring_markdown(ast.get_docstring(stub)), cell_id=f"about-{key}"))
            cells.append(_cell("code", sources.solution_cell(info.function, names),
                               _nbgrader(f"solution-{key}", solution=True), cell_id=f"solution-{key}"))
            cells.append(_cell("code", f"{EXAMPLES_MARKER}: the docstring's examples (public checks)\n"
                                       f"from mlgrade.nbbridge import check_examples\n\n"
                                       f"check_examples({info.function})",
                               _nbgrader(f"examples-{key}", locked=True), cell_id=f"examples-{key}"))
            cells.append(_cell("code", f"{AUTOGRADER_MARKER}: the hidden tests of {info.function} run here when "
                                       "your notebook is graded.\n### BEGIN HIDDEN TESTS\n"
                                       "from mlgrade.nbbridge import grade_exercise\n\n"
                                       f'grade_exercise("{level.name}", "{module}", "{info.function}")\n'
                                       "### END HIDDEN TESTS",
                               _nbgrader(f"test-{key}", grade=True, locked=True, points=info.points),
                               cell_id=f"test-{key}"))
    return {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                         "language_info": {"name": "python"}}}


def export_course(course_dir, levels, course_id="mlgrade"):
    """Write ``source/<level>/<level>.ipynb`` for each level, and ``nbgrader_config.py`` if absent.

    Returns
    -------
    list of Path
        The files written.
    """
    course_dir = Path(course_dir)
    written = []
    config = course_dir / "nbgrader_config.py"
    if not config.exists():
        course_dir.mkdir(parents=True, exist_ok=True)
        config.write_text(NBGRADER_CONFIG.format(course_id=course_id))
        written.append(config)
    for level in levels:
        target = course_dir / "source" / level.name / f"{level.name}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(level_notebook(level), indent=1, ensure_ascii=False) + "\n")
        written.append(target)
    return written
