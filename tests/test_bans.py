"""The static scan finds banned APIs through aliases, and only in the function concerned."""

import pytest

from mlgrade.bans import scan_function

SOURCE = '''
import numpy as np
import numpy.linalg as la
from numpy.linalg import pinv as P
import scipy

def uses_cov(X):
    return np.cov(X)

def uses_alias(X):
    return P(X)

def uses_submodule(X):
    return la.lstsq(X, X)

def clean(X):
    return X.T @ X

def lazy_import(X):
    import sklearn.decomposition
    return X

def uses_package(X):
    return scipy.linalg.solve(X, X)
'''

BANS = ("numpy.cov", "numpy.linalg.pinv", "numpy.linalg.lstsq", "sklearn", "scipy")


@pytest.mark.parametrize(("function", "api", "line"), [
    ("uses_cov", "numpy.cov", 8),
    ("uses_alias", "numpy.linalg.pinv", 11),
    ("uses_submodule", "numpy.linalg.lstsq", 14),
    ("lazy_import", "sklearn.decomposition", 20),
    ("uses_package", "scipy.linalg.solve", 24),
])
def test_finds_banned_use(function, api, line):
    hit = scan_function(SOURCE, function, BANS)
    assert (hit.api, hit.line) == (api, line)
    assert f"line {line}" in hit.message("m.py")


def test_clean_function_and_other_functions_bans():
    assert scan_function(SOURCE, "clean", BANS) is None
    assert scan_function(SOURCE, "uses_cov", ("numpy.linalg.pinv",)) is None


def test_module_level_alias_counts_for_every_function():
    source = "import numpy as np\n_cov = np.cov\n\ndef f(X):\n    return _cov(X)\n"
    assert scan_function(source, "f", ("numpy.cov",)).line == 2


def test_syntax_error_is_left_to_the_import():
    assert scan_function("def f(:\n", "f", ("numpy.cov",)) is None


SYNTAX = """
import numpy as np

def product(A, B):
    return A @ B

def method(A, B):
    return A.dot(B)

def parse(s):
    return int(s, 2)

def parse_keyword(s, b):
    return int(s, base=b)

def fine(s, A):
    return int(s) + np.sum(A * A)
"""


@pytest.mark.parametrize(("function", "ban", "message"), [
    ("product", "operator:@", "the operator @"),
    ("method", "method:dot", "the method .dot()"),
    ("parse", "call:int/2", "int() with 2 or more arguments"),
    ("parse_keyword", "call:int/2", "int() with 2 or more arguments"),
])
def test_static_only_bans(function, ban, message):
    hit = scan_function(SYNTAX, function, (ban,))
    assert hit.api == message and hit.line == SYNTAX.splitlines().index(
        next(line for line in SYNTAX.splitlines() if line.startswith(f"def {function}("))) + 2


def test_static_only_bans_leave_other_code_alone():
    assert scan_function(SYNTAX, "fine", ("operator:@", "method:dot", "call:int/2")) is None
