"""Plausible versions of exercises/level08/estimation.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "mle_normal__divides_by_n_minus_1": ("failed", "divides by n, not n - 1"),
    "mle_normal__returns_variance": ("failed", "return the standard deviation"),
    "mle_normal__shortcut_formula": ("failed", "E[x²] - E[x]²"),
    "mle_normal__np_std": ("passed", None),
    "map_bernoulli__posterior_mean": ("failed", "posterior mean"),
    "map_bernoulli__swapped_prior": ("failed", "swapped"),
    "map_bernoulli__ignores_prior": ("failed", "MLE k / n"),
    "map_bernoulli__success_and_failure_counts": ("passed", None),
}


def _check_nonempty(x):
    if len(x) == 0:
        raise ValueError("x is empty")


def mle_normal__divides_by_n_minus_1(x):
    _check_nonempty(x)
    return float(np.mean(x)), float(np.std(x, ddof=1))


def mle_normal__returns_variance(x):
    _check_nonempty(x)
    return float(np.mean(x)), float(np.mean((x - np.mean(x)) ** 2))


def mle_normal__shortcut_formula(x):
    _check_nonempty(x)
    mu = np.mean(x)
    return float(mu), float(np.sqrt(np.mean(x**2) - mu**2))


def mle_normal__np_std(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("the MLE needs at least one value")
    return np.mean(x), np.std(x)  # NumPy floats are fine; np.std divides by n (ddof=0)


def _check_map(x, a, b):
    x = np.asarray(x)
    if not np.all((x == 0) | (x == 1)) or a < 1 or b < 1 or len(x) + a + b <= 2:
        raise ValueError("bad arguments")
    return len(x), float(np.sum(x))


def map_bernoulli__posterior_mean(x, a, b):
    n, k = _check_map(x, a, b)
    return (k + a) / (n + a + b)


def map_bernoulli__swapped_prior(x, a, b):
    n, k = _check_map(x, a, b)
    return (k + b - 1) / (n + a + b - 2)


def map_bernoulli__ignores_prior(x, a, b):
    n, k = _check_map(x, a, b)
    return k / n if n else (a - 1) / (a + b - 2)


def map_bernoulli__success_and_failure_counts(x, a, b):
    x = np.asarray(x)
    if x.ndim != 1 or np.any((x != 0) & (x != 1)):
        raise ValueError("x must hold 0/1 outcomes")
    if min(a, b) < 1 or x.size + a + b - 2 == 0:
        raise ValueError("need a, b >= 1 and some data or an informative prior")
    successes = np.count_nonzero(x) + a - 1   # pseudo-successes from the prior
    failures = x.size - np.count_nonzero(x) + b - 1
    return float(successes / (successes + failures))
