"""Plausible versions of exercises/level10/losses.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import math

import numpy as np

EXPECTED = {
    "cross_entropy_from_logits__no_shift": ("failed", "subtract each row's maximum"),
    "cross_entropy_from_logits__log_of_softmax": ("failed", "log-sum-exp"),
    "cross_entropy_from_logits__sum_not_mean": ("failed", "divide by n"),
    "cross_entropy_from_logits__no_label_check": ("failed", "0 <= labels < n_classes"),
    "cross_entropy_from_logits__sample_loop": ("too_slow", "loop over samples"),
    "cross_entropy_from_logits__scipy_log_softmax": ("forbidden", "scipy"),
    "cross_entropy_from_logits__one_hot": ("passed", None),
    "kl_gaussians__variance_confusion": ("failed", "standard deviations, not variances"),
    "kl_gaussians__swapped": ("failed", "not symmetric"),
    "kl_gaussians__squares_first": ("failed", "ratios"),
    "kl_gaussians__element_loop": ("too_slow", "looping over entries"),
    "kl_gaussians__log_difference": ("passed", None),
}


def _check_labels(logits, labels):
    n, C = logits.shape
    if labels.shape != (n,) or (labels < 0).any() or (labels >= C).any():
        raise ValueError("labels must be in 0..C-1")


def cross_entropy_from_logits__no_shift(logits, labels):
    _check_labels(logits, labels)
    n = len(labels)
    return float(np.mean(np.log(np.exp(logits).sum(axis=1)) - logits[np.arange(n), labels]))


def cross_entropy_from_logits__log_of_softmax(logits, labels):
    _check_labels(logits, labels)
    shifted = logits - logits.max(axis=1, keepdims=True)
    with np.errstate(under="ignore"):
        e = np.exp(shifted)
    probabilities = e / e.sum(axis=1, keepdims=True)
    return float(-np.mean(np.log(probabilities[np.arange(len(labels)), labels])))


def cross_entropy_from_logits__sum_not_mean(logits, labels):
    _check_labels(logits, labels)
    top = logits.max(axis=1, keepdims=True)
    with np.errstate(under="ignore"):
        lse = top[:, 0] + np.log(np.exp(logits - top).sum(axis=1))
    return float(np.sum(lse - logits[np.arange(len(labels)), labels]))


def cross_entropy_from_logits__no_label_check(logits, labels):
    top = logits.max(axis=1, keepdims=True)
    with np.errstate(under="ignore"):
        lse = top[:, 0] + np.log(np.exp(logits - top).sum(axis=1))
    return float(np.mean(lse - logits[np.arange(len(labels)), labels]))


def cross_entropy_from_logits__sample_loop(logits, labels):
    _check_labels(logits, labels)
    total = 0.0
    for row, label in zip(logits, labels):
        top = row.max()
        with np.errstate(under="ignore"):
            total += top + np.log(np.sum(np.exp(row - top))) - row[label]
    return total / len(labels)


def cross_entropy_from_logits__scipy_log_softmax(logits, labels):
    from scipy.special import log_softmax
    _check_labels(logits, labels)
    return float(-np.mean(log_softmax(logits, axis=1)[np.arange(len(labels)), labels]))


def cross_entropy_from_logits__one_hot(logits, labels):
    labels = np.asarray(labels)
    if labels.dtype.kind not in "iu" or labels.shape != (logits.shape[0],):
        raise ValueError("labels must be integers, one per row")
    if labels.min() < 0 or labels.max() >= logits.shape[1]:
        raise ValueError("label out of range")
    one_hot = labels[:, None] == np.arange(logits.shape[1])
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    with np.errstate(under="ignore"):
        log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return -np.sum(log_probs[one_hot]) / len(labels)


def _check_sigmas(s1, s2):
    if (np.asarray(s1) <= 0).any() or (np.asarray(s2) <= 0).any():
        raise ValueError("standard deviations must be positive")


def kl_gaussians__variance_confusion(mu1, s1, mu2, s2):
    _check_sigmas(s1, s2)
    mu1, s1, mu2, s2 = (np.asarray(a, dtype=float) for a in (mu1, s1, mu2, s2))
    value = 0.5 * np.log(s2 / s1) + (s1 + (mu1 - mu2) ** 2) / (2 * s2) - 0.5  # s used as a variance
    return float(value) if value.ndim == 0 else value


def kl_gaussians__swapped(mu1, s1, mu2, s2):
    _check_sigmas(s1, s2)
    mu1, s1, mu2, s2 = (np.asarray(a, dtype=float) for a in (mu2, s2, mu1, s1))
    r, z = s1 / s2, (mu1 - mu2) / s2
    value = 0.5 * (r * r + z * z - 1.0) - np.log(r)
    return float(value) if value.ndim == 0 else value


def kl_gaussians__squares_first(mu1, s1, mu2, s2):
    _check_sigmas(s1, s2)
    mu1, s1, mu2, s2 = (np.asarray(a, dtype=float) for a in (mu1, s1, mu2, s2))
    with np.errstate(under="ignore"):
        value = np.log(s2 / s1) + (s1**2 + (mu1 - mu2) ** 2) / (2 * s2**2) - 0.5
    return float(value) if value.ndim == 0 else value


def kl_gaussians__element_loop(mu1, s1, mu2, s2):
    _check_sigmas(s1, s2)
    b = np.broadcast(mu1, s1, mu2, s2)
    out = np.empty(b.shape)
    for index, (m1, a, m2, c) in zip(np.ndindex(b.shape), b):
        out[index] = math.log(c / a) + 0.5 * ((a / c) ** 2 + ((m1 - m2) / c) ** 2) - 0.5
    return float(out) if out.ndim == 0 else out


def kl_gaussians__log_difference(mu1, s1, mu2, s2):
    mu1, s1, mu2, s2 = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (mu1, s1, mu2, s2)))
    if np.any(s1 <= 0) or np.any(s2 <= 0):
        raise ValueError("standard deviations must be positive")
    with np.errstate(under="ignore"):
        value = np.log(s2) - np.log(s1) + 0.5 * ((s1 / s2) ** 2 + ((mu1 - mu2) / s2) ** 2) - 0.5
    return value[()] if value.ndim == 0 else value.copy()
