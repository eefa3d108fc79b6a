"""The rows of the reference-vs-library benchmark: one task, one size, two contenders.

Each :class:`Case` builds its data once from a seeded generator; ``reference`` and ``library``
take that data and return comparable results; ``agreement`` says how closely they agree.
"""

from dataclasses import dataclass, field
from typing import Callable

import numpy as np


@dataclass
class Case:
    task: str
    size: str
    library_name: str
    setup: Callable
    reference: Callable
    library: Callable
    agreement: Callable
    quick: bool = False  # part of the --quick run
    compiled: bool = False  # the library does the work in compiled loops NumPy cannot express
    note: str = ""
    flops: float = 0.0  # floating-point operations of the reference's matrix products, for the GEMM rate
    budget_s: float = 3.0
    extra: dict = field(default_factory=dict)


def max_rel_diff(a, b):
    """``max |a - b| / max |b|`` over all entries (arrays or tuples of arrays)."""
    if isinstance(a, tuple):
        return max(max_rel_diff(x, y) for x, y in zip(a, b))
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


def rel_diff_text(a, b):
    return f"max rel diff {max_rel_diff(a, b):.1e}"


def regression_data(rng, n, d, noise=0.1):
    X = rng.standard_normal((n, d))
    w = rng.standard_normal(d)
    return {"X": X, "y": X @ w + noise * rng.standard_normal(n)}


def classification_data(rng, n, d):
    X = rng.standard_normal((n, d))
    w = rng.standard_normal(d) / np.sqrt(d) * 2
    p = 1 / (1 + np.exp(-(X @ w)))
    return {"X": X, "y": (rng.random(n) < p).astype(float)}


def blobs(rng, n, d, k, spread=1.0):
    centres = rng.standard_normal((k, d)) * 4
    labels = rng.integers(0, k, n)
    return centres[labels] + spread * rng.standard_normal((n, d)), centres


def all_cases():
    """Every row, in course order."""
    from rows_advanced import ROWS as ADVANCED
    from rows_core import ROWS as CORE

    return [case for make in CORE + ADVANCED for case in make()]
