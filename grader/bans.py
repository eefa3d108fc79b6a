"""Static scan of learner source for banned APIs, before any of it runs.

A ban is a dotted name: an API (``numpy.cov``, ``numpy.linalg.pinv``) or a whole
package (``sklearn``, which also bans ``sklearn.decomposition.PCA``). Three forms
are checked only statically, because no run-time patch can catch them:
``operator:@`` (the matrix-product operator), ``method:dot`` (any ``.dot(...)``
call, e.g. ``A.dot(B)``) and ``call:int/2`` (a builtin called with at least two
positional arguments, e.g. ``int(s, 2)``). The scan
reads one function's body plus the module-level code it may rely on, resolves
import aliases (``import numpy as np``, ``from numpy.linalg import pinv as p``)
and reports the first use of a banned name with its line. The worker enforces
the same bans at run time; the scan catches what a test run might not reach.
"""

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class BanHit:
    api: str
    line: int

    def message(self, filename):
        return (f"{filename}, line {self.line}: uses {self.api}, which this exercise bans; "
                "the point is to build it yourself from NumPy basics")


def _is_banned(dotted, bans):
    for ban in bans:
        if dotted == ban or dotted.startswith(ban + "."):
            return ban
    return None


class _AliasScanner(ast.NodeVisitor):
    """Collect ``alias -> dotted path`` from every import statement of a module."""

    def __init__(self):
        self.aliases = {}

    def visit_Import(self, node):
        for name in node.names:
            if name.asname:
                self.aliases[name.asname] = name.name
            else:
                root = name.name.partition(".")[0]
                self.aliases[root] = root

    def visit_ImportFrom(self, node):
        if node.level:
            return
        for name in node.names:
            self.aliases[name.asname or name.name] = f"{node.module}.{name.name}"


def _dotted(node, aliases):
    """Return the dotted path of ``a.b.c`` with its root alias resolved, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in aliases:
        return None
    return ".".join([aliases[node.id], *reversed(parts)])


def _module_level(tree):
    """Module statements other than function and class bodies."""
    return [node for node in tree.body if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]


def _syntax_ban(node, bans):
    """The static-only ban (operator, method or builtin call) that ``node`` breaks, if any."""
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, ast.MatMult):
        return "operator:@" if "operator:@" in bans else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return f"method:{node.func.attr}" if f"method:{node.func.attr}" in bans else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        unpacked = any(isinstance(arg, ast.Starred) for arg in node.args) or any(
            keyword.arg is None for keyword in node.keywords)  # *args / **kwargs: could be anything
        given = len(node.args) + len(node.keywords)
        for ban in bans:
            name, _, count = ban.removeprefix("call:").partition("/")
            if ban.startswith("call:") and node.func.id == name and (unpacked or given >= int(count or 0)):
                return ban
    return None


def describe_ban(ban):
    """``operator:@`` -> "the operator @", ``call:int/2`` -> "int() with 2 or more arguments"."""
    if ban.startswith("operator:"):
        return f"the operator {ban.removeprefix('operator:')}"
    if ban.startswith("method:"):
        return f"the method .{ban.removeprefix('method:')}()"
    name, _, count = ban.removeprefix("call:").partition("/")
    return f"{name}() with {count} or more arguments" if count and int(count) > 1 else f"{name}()"


def _scan_syntax(functions, bans):
    for function in functions:
        for node in ast.walk(function):
            ban = _syntax_ban(node, bans)
            if ban:
                return BanHit(describe_ban(ban), node.lineno)
    return None


def scan_function(source, function, bans):
    """Return the first :class:`BanHit` of ``bans`` in ``function`` (or module-level code), else None.

    Parameters
    ----------
    source : str
        The learner module's source.
    function : str
        The exercise function's name.
    bans : iterable of str
        Dotted names of banned APIs and packages.
    """
    bans = tuple(bans)
    if not bans:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None  # reported when the worker imports the module
    aliases = _AliasScanner()
    aliases.visit(tree)
    functions = [node for node in tree.body
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function]
    for node in functions:
        for inner in ast.walk(node):
            if isinstance(inner, (ast.Import, ast.ImportFrom)):
                for alias in inner.names:
                    dotted = alias.name if isinstance(inner, ast.Import) else f"{inner.module}.{alias.name}"
                    if _is_banned(dotted, bans):
                        return BanHit(dotted, inner.lineno)
    # Uses: the function body, and module-level code it may call through (``_p = np.linalg.pinv``).
    scopes = functions + [node for node in _module_level(tree) if not isinstance(node, (ast.Import, ast.ImportFrom))]
    for scope in scopes:
        for node in ast.walk(scope):
            if isinstance(node, ast.Attribute):
                dotted = _dotted(node, aliases.aliases)
            elif isinstance(node, ast.Name):
                dotted = aliases.aliases.get(node.id)
            else:
                continue
            if dotted and _is_banned(dotted, bans):
                return BanHit(dotted, node.lineno)
    return _scan_syntax(functions, bans)  # named APIs first: "numpy.argmax" says more than ".argmax()"
