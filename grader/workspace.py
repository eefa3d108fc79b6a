"""Where learner code lives: the exercises tree, a level folder, a file; and the shipped copies.

The stubs and teaching solutions ship inside the package (``mlgrade.exercises``,
``mlgrade.solutions``) as plain files that are always loaded by path.
"""

import importlib.util
import shutil
from pathlib import Path


class LocateError(ValueError):
    """No learner code where we looked; the message says where and what to do."""


def shipped(kind):
    """Folder of the shipped ``"exercises"`` (stubs) or ``"solutions"``."""
    spec = importlib.util.find_spec(f"mlgrade.{kind}")
    return Path(next(iter(spec.submodule_search_locations)))


def _has_modules(folder, level):
    return any((folder / f"{module}.py").is_file() for module in level.modules)


def find_learner_code(level, path=None, cwd=None):
    """Resolve where to grade ``level`` from.

    Parameters
    ----------
    level : Level
    path : path-like or None
        An exercises tree (containing ``levelNN/``), a level folder, or one module file.
        ``None`` looks in ``./exercises/levelNN`` and then ``./levelNN``.

    Returns
    -------
    folder : Path
        The folder holding the level's module files.
    only_module : str or None
        The module to grade when ``path`` is a single file.
    """
    cwd = Path.cwd() if cwd is None else Path(cwd)
    if path is None:
        for candidate in (cwd / "exercises" / level.name, cwd / level.name):
            if candidate.is_dir():
                return candidate, None
        raise LocateError(
            f"no {level.name} exercises here ({cwd}): expected exercises/{level.name}/ or {level.name}/. "
            f"Run this from your workspace, pass --path, or create one with `mlgrade init DIR`.")
    path = Path(path)
    if not path.is_absolute():
        path = cwd / path
    if path.is_file():
        if path.suffix != ".py":
            raise LocateError(f"{path} is not a Python file: pass a .py module or a folder")
        if path.stem not in level.modules:
            raise LocateError(f"{path.name} is not a {level.name} module; expected one of: "
                              + ", ".join(f"{module}.py" for module in level.modules))
        return path.parent, path.stem
    if not path.is_dir():
        raise LocateError(f"{path} does not exist")
    if (path / level.name).is_dir():
        return path / level.name, None
    if _has_modules(path, level):
        return path, None
    raise LocateError(f"{path} has neither a {level.name}/ folder nor any of "
                      + ", ".join(f"{module}.py" for module in level.modules))


def exercises_root(folder, level):
    """The tree a level folder belongs to (its parent when it is named like the level)."""
    return folder.parent if folder.name == level.name else folder


def init_workspace(destination, levels):
    """Copy the shipped stubs of ``levels`` into ``destination/levelNN/``; never overwrite.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    LocateError
        If a file to write already exists (nothing is written then).
    """
    destination = Path(destination)
    stubs = shipped("exercises")
    plan = []
    for level in levels:
        for module in level.modules:
            source = stubs / level.name / f"{module}.py"
            if source.is_file():
                plan.append((source, destination / level.name / f"{module}.py"))
    existing = [target for _, target in plan if target.exists()]
    if existing:
        raise LocateError(f"{existing[0]} already exists; choose an empty folder so nothing of yours is overwritten")
    for source, target in plan:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return [target for _, target in plan]
