"""What levels and exercises exist: read from the hidden suites themselves.

A level is a package ``mlgrade.suites.levelNN`` whose docstring's first line is
its title and whose ``BANNED_IMPORTS`` lists packages learner code of that level
may not import. Its exercises are the classes marked ``@pytest.mark.exercise``
in its ``test_<module>.py`` files; their points are the sum of their checks'.
"""

import difflib
import importlib
import re
from dataclasses import dataclass
from pathlib import Path

import mlgrade.suites

SUITES_DIR = Path(mlgrade.suites.__file__).parent
ALWAYS_BANNED_IMPORTS = ("mlgrade",)


class UnknownLevel(ValueError):
    """A level name that does not exist; the message suggests the nearest ones."""


@dataclass(frozen=True)
class Level:
    name: str  # "level13"
    title: str
    suites_dir: Path
    banned_imports: tuple

    @property
    def number(self):
        return int(self.name[5:])

    @property
    def modules(self):
        """Learner module names, from the suite files ``test_<module>.py``."""
        return tuple(sorted(path.stem[5:] for path in self.suites_dir.glob("test_*.py")))

    def suite_file(self, module):
        return self.suites_dir / f"test_{module}.py"

    @property
    def reference_package(self):
        return f"mlgrade.reference.{self.name}"


@dataclass(frozen=True)
class ExerciseInfo:
    level: str
    module: str
    function: str
    points: float
    banned: tuple
    speed_checked: bool


def _load_level(folder):
    package = importlib.import_module(f"mlgrade.suites.{folder.name}")
    title = (package.__doc__ or folder.name).strip().splitlines()[0]
    banned = tuple(getattr(package, "BANNED_IMPORTS", ())) + ALWAYS_BANNED_IMPORTS
    return Level(folder.name, title, folder, banned)


def available_levels():
    """All levels that have hidden suites, in order."""
    folders = sorted(path for path in SUITES_DIR.glob("level[0-9][0-9]") if (path / "__init__.py").exists())
    return [_load_level(folder) for folder in folders]


def parse_level(text):
    """Accept ``level13``, ``level4``, ``level04``, ``13``, ``4``; return the :class:`Level`.

    Raises
    ------
    UnknownLevel
        With the available levels and, where one is close, a "did you mean".
    """
    levels = {level.name: level for level in available_levels()}
    match = re.fullmatch(r"(?:level)?0*(\d{1,2})", text.strip().lower())
    if match:
        name = f"level{int(match.group(1)):02d}"
        if name in levels:
            return levels[name]
    close = difflib.get_close_matches(text.lower(), list(levels), n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise UnknownLevel(f"there is no level {text!r}.{hint} Available: {', '.join(levels) or 'none'}.")
