"""Functions the hidden suites hand to learner code, one NumPy-only module per topic.

Instances cross the sandbox boundary by reference (module and class name plus
plain-data state): the worker loads ``callables/<name>.py`` by path, never
through ``mlgrade``. Suites import them from their module, e.g.
``from mlgrade.sandbox.callables.common import QuadraticForm``.
"""

from mlgrade.sandbox.callables.common import QuadraticForm, SmoothNonlinear

__all__ = ["QuadraticForm", "SmoothNonlinear"]
