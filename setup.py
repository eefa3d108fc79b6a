"""Map the repository folders onto the ``mlgrade`` package (metadata is in pyproject.toml).

``grader/`` is ``mlgrade``, ``reference/`` is ``mlgrade.reference``; the stubs and
solutions ship as data of ``mlgrade.exercises`` / ``mlgrade.solutions``.
"""

from setuptools import find_packages, setup

PACKAGE_DIRS = {
    "mlgrade": "grader",
    "mlgrade.reference": "reference",
    "mlgrade.exercises": "exercises",
    "mlgrade.solutions": "solutions",
}
CODE_PACKAGES = ("mlgrade", "mlgrade.reference")

packages = list(PACKAGE_DIRS)
for name in CODE_PACKAGES:
    packages += [f"{name}.{sub}" for sub in find_packages(PACKAGE_DIRS[name])]

setup(packages=packages, package_dir=PACKAGE_DIRS)
