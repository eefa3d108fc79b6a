"""Timing helpers shared by the benchmarks: interleaved medians, the GEMM rate, the machine."""

import os
import platform
import statistics
import time
from pathlib import Path

import numpy as np


def interleaved_medians(calls, *, min_rounds=5, max_rounds=41, budget_s=4.0):
    """Median wall time (seconds) of each callable, timed in interleaved rounds.

    Parameters
    ----------
    calls : dict of str to callable
        The contenders; each is called with no arguments.
    min_rounds, max_rounds : int
        Every contender runs at least ``min_rounds`` and at most ``max_rounds`` times.
    budget_s : float
        Rounds stop once ``min_rounds`` are done and this much time has been spent.

    Returns
    -------
    dict of str to float
        The median time of each contender. One round calls every contender once, in turn,
        so a burst of load on the machine hits all of them alike.
    """
    times = {name: [] for name in calls}
    for call in calls.values():  # warm-up: imports, caches, first-touch page faults
        call()
    start = time.perf_counter()
    for round_ in range(max_rounds):
        for name, call in calls.items():
            t0 = time.perf_counter()
            call()
            times[name].append(time.perf_counter() - t0)
        if round_ + 1 >= min_rounds and time.perf_counter() - start > budget_s:
            break
    return {name: statistics.median(values) for name, values in times.items()}


def gemm_gflops(n=2000):
    """The machine's measured double-precision matrix-product rate in GFLOP/s (best of 5, n x n)."""
    rng = np.random.default_rng(0)
    A, B = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    A @ B
    best = min(_timed(lambda: A @ B) for _ in range(5))
    return 2 * n**3 / best / 1e9


def _timed(call):
    t0 = time.perf_counter()
    call()
    return time.perf_counter() - t0


def machine_description():
    """One line: CPU model, cores usable by this process, Python, NumPy and its BLAS."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    blas = "unknown BLAS"
    try:
        config = np.show_config(mode="dicts")
        info = config["Build Dependencies"]["blas"]
        blas = f"{info.get('name', '?')} {info.get('version', '')}".strip()
    except Exception:  # older NumPy: show_config has no dict mode
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, {cores} cores, Python {platform.python_version()}, NumPy {np.__version__} ({blas})"
