"""Turn one submission (a folder, a ``.py`` file, a notebook or a ``.zip``) into a folder to grade.

A folder is searched for the level's module files (``pca.py`` …), directly, under
``levelNN/`` or ``exercises/levelNN/``, or one folder deeper (a zip usually wraps its
content in a top folder); a folder with just one ``.py`` or ``.ipynb`` file is that file. A single ``.py`` file or a notebook is taken to hold every
function of the level: it stands in for each of the level's modules.
"""

import shutil
import zipfile
from pathlib import Path

from mlgrade.notebooks import NotebookError, notebook_source

MAX_UNZIPPED_BYTES = 200 * 1024**2


class SubmissionError(ValueError):
    """A submission that cannot be graded at all; ``status`` says why (``empty``, ``unreadable``)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def _module_folder(root, level):
    candidates = [root, root / level.name, root / "exercises" / level.name]
    candidates += [child for child in sorted(root.iterdir()) if child.is_dir()] if root.is_dir() else []
    candidates += [child / level.name for child in candidates[3:]]
    for folder in candidates:
        if folder.is_dir() and any((folder / f"{module}.py").is_file() for module in level.modules):
            return folder
    return None


def _single_file(source, level, workdir):
    workdir.mkdir(parents=True, exist_ok=True)
    for module in level.modules:
        (workdir / f"{module}.py").write_text(source)
    return workdir


def _unzip(path, target):
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNZIPPED_BYTES:
                raise SubmissionError("unreadable", f"{path.name} unpacks to more than 200 MiB")
            for member in members:
                destination = (target / member.filename).resolve()
                if not destination.is_relative_to(target.resolve()):
                    raise SubmissionError("unreadable", f"{path.name} has an unsafe path: {member.filename}")
            archive.extractall(target)
    except zipfile.BadZipFile:
        raise SubmissionError("unreadable", f"{path.name} is not a valid zip archive") from None
    return target


def prepare(entry, level, workdir):
    """Return the folder holding ``level``'s module files for submission ``entry``.

    Parameters
    ----------
    entry : Path
        A folder, ``.py``, ``.ipynb`` or ``.zip``.
    level : Level
    workdir : Path
        An empty scratch folder this submission may use (for unpacked or generated files).

    Raises
    ------
    SubmissionError
        If nothing gradable is found (``status`` ``"empty"``) or the file cannot be read
        (``"unreadable"``).
    """
    entry = Path(entry)
    if entry.is_file() and entry.suffix == ".py":
        if entry.stem in level.modules:
            folder = Path(workdir)
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry, folder / entry.name)
            return folder
        return _single_file(entry.read_text(errors="replace"), level, Path(workdir))
    if entry.is_file() and entry.suffix == ".ipynb":
        try:
            return _single_file(notebook_source(entry), level, Path(workdir))
        except NotebookError as error:
            raise SubmissionError("unreadable", str(error)) from None
    if entry.is_file() and entry.suffix == ".zip":
        entry = _unzip(entry, Path(workdir) / "unzipped")
    if entry.is_dir():
        folder = _module_folder(entry, level)
        singles = [path for path in entry.rglob("*") if path.suffix in (".py", ".ipynb") and path.is_file()]
        if folder is None and len(singles) == 1:
            return prepare(singles[0], level, Path(workdir) / "single")
        if folder is None:
            raise SubmissionError("empty", f"{entry.name} holds none of {', '.join(m + '.py' for m in level.modules)}")
        return folder
    raise SubmissionError("unreadable", f"{entry.name}: expected a folder, .py, .ipynb or .zip")
