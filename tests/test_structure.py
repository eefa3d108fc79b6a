"""Each exercise module exists in all its versions, and the stubs teach before they raise."""

import ast
from pathlib import Path

import pytest

from mlgrade.catalog import available_levels
from mlgrade.judge import list_exercises
from mlgrade.workspace import shipped

ROOT = Path(__file__).resolve().parents[1]
MODULES = [(level, module) for level in available_levels() for module in level.modules]


def functions(path):
    tree = ast.parse(path.read_text())
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}


@pytest.mark.parametrize(("level", "module"), MODULES, ids=lambda value: getattr(value, "name", value))
def test_every_version_exists_and_agrees(level, module):
    stub = functions(shipped("exercises") / level.name / f"{module}.py")
    solution = functions(shipped("solutions") / level.name / f"{module}.py")
    reference = functions(ROOT / "reference" / level.name / f"{module}.py")
    graded = {info.function for info in list_exercises(level) if info.module == module}
    assert graded == set(stub), "the suite grades exactly the stub's functions"
    assert set(stub) <= set(solution) and set(stub) <= set(reference)
    assert (ROOT / "tests" / "mutants" / level.name / f"{module}.py").is_file()
    for name, node in stub.items():
        assert [a.arg for a in node.args.args] == [a.arg for a in solution[name].args.args], name


@pytest.mark.parametrize(("level", "module"), MODULES, ids=lambda value: getattr(value, "name", value))
def test_stubs_document_and_raise(level, module):
    tree = ast.parse((shipped("exercises") / level.name / f"{module}.py").read_text())
    assert ast.get_docstring(tree), "module docstring with the rules"
    for name, node in functions(shipped("exercises") / level.name / f"{module}.py").items():
        doc = ast.get_docstring(node) or ""
        assert "Parameters" in doc and "Returns" in doc and ("ndarray" in doc or "float" in doc), name
        last = node.body[-1]
        assert isinstance(last, ast.Raise) and "NotImplementedError" in ast.unparse(last), name
