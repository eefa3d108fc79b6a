"""Turn a :class:`~mlgrade.results.Report` into text for people or documents for machines."""

from mlgrade.reporters.json import render_json
from mlgrade.reporters.text import render_text

FORMATS = {"text": render_text, "json": render_json}
