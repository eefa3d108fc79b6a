"""Read the learner code of a Jupyter notebook as one importable Python module.

Only definitions are kept: imports, functions, classes and plain assignments
(without calls). Top-level experiments — prints, plots, training runs, an
accidental ``while True`` — are dropped, so importing the module is quick and
safe; cells the autograder adds (examples, hidden tests) are skipped, and a cell
with a syntax error is left out with a comment saying so.
"""

import ast
import json

# Comment lines that start the cells mlgrade adds to a notebook (see mlgrade.nbexport).
EXAMPLES_MARKER = "# mlgrade: examples"
AUTOGRADER_MARKER = "# mlgrade: autograder"
KEPT = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


class NotebookError(ValueError):
    """The file is not a readable notebook."""


def _plain_assignment(node):
    return isinstance(node, (ast.Assign, ast.AnnAssign)) and not any(
        isinstance(inner, ast.Call) for inner in ast.walk(node))


def definitions_only(cell_source):
    """The definitions of one cell's source (magics commented out first)."""
    lines = ["# " + line if line.lstrip().startswith(("%", "!")) or "get_ipython()" in line else line
             for line in cell_source.splitlines()]
    text = "\n".join(lines)
    try:
        tree = ast.parse(text)
    except SyntaxError as error:
        return f"# (a cell with a syntax error on its line {error.lineno} was left out)\n"
    kept = [node for node in tree.body if isinstance(node, KEPT) or _plain_assignment(node)]
    chunks = []
    for node in kept:
        start = min([node.lineno] + [decorator.lineno for decorator in getattr(node, "decorator_list", [])])
        chunks.append("\n".join(lines[start - 1:node.end_lineno]))
    return "\n\n".join(chunks) + "\n" if chunks else ""


def is_learner_cell(source, metadata=None):
    """False for the cells the autograder adds (examples and hidden tests)."""
    metadata = metadata or {}
    if metadata.get("nbgrader", {}).get("grade"):
        return False
    return not source.lstrip().startswith((EXAMPLES_MARKER, AUTOGRADER_MARKER))


def cells_source(sources):
    """Join the definitions of a sequence of learner cell sources into one module."""
    return "\n\n".join(part for part in (definitions_only(source) for source in sources) if part)


def notebook_source(path):
    """Return the learner code of the notebook at ``path`` as module source."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        cells = document["cells"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise NotebookError(f"{path.name} is not a readable .ipynb notebook ({error})") from None
    sources = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        if is_learner_cell(source, cell.get("metadata")):
            sources.append(source)
    return cells_source(sources)
