"""Read the code of a Jupyter notebook as one Python module.

Code cells are joined in order; IPython-only lines (``%magic``, ``!shell``) are
commented out so the result is plain Python that the sandbox can import.
"""

import json


class NotebookError(ValueError):
    """The file is not a readable notebook."""


def notebook_source(path):
    """Return the Python source of the code cells of the notebook at ``path``."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        cells = document["cells"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise NotebookError(f"{path.name} is not a readable .ipynb notebook ({error})") from None
    chunks = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        lines = [f"# {line}" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()]
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n"
