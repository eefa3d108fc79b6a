"""Turn a :class:`~mlgrade.results.Report` into text for people or documents for machines."""

from mlgrade.reporters.exercism import render_exercism
from mlgrade.reporters.gradescope import render_gradescope
from mlgrade.reporters.json import render_json
from mlgrade.reporters.junit import render_junit
from mlgrade.reporters.text import render_text

FORMATS = {"text": render_text, "json": render_json, "gradescope": render_gradescope,
           "exercism": render_exercism, "junit": render_junit}
