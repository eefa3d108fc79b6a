"""Plausible versions of exercises/level10/dependence.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "mutual_information__bits": ("failed", "in bits"),
    "mutual_information__not_clipped": ("failed", "clip the sum at 0"),
    "mutual_information__pairs_loop": ("too_slow", "pairs of values"),
    "mutual_information__sklearn": ("forbidden", "sklearn"),
    "mutual_information__counts_not_probabilities": ("failed", "divide the counts by n"),
    "mutual_information__entropies": ("passed", None),
    "information_gain__unweighted_children": ("failed", "weight each child"),
    "information_gain__nats": ("failed", "in nats"),
    "information_gain__where_log_of_zero": ("failed", "np.where"),
    "information_gain__sklearn": ("forbidden", "sklearn"),
    "information_gain__via_mutual_information": ("passed", None),
}


def _table(x, y):
    _, xc = np.unique(x, return_inverse=True)
    _, yc = np.unique(y, return_inverse=True)
    a, b = xc.max() + 1, yc.max() + 1
    return np.bincount(xc * b + yc, minlength=a * b).reshape(a, b)


def _mi(x, y, log=np.log, n_divide=True):
    if len(x) != len(y):
        raise ValueError("lengths differ")
    counts = _table(x, y)
    joint = counts / x.size if n_divide else counts.astype(float)
    px, py = joint.sum(axis=1, keepdims=True), joint.sum(axis=0, keepdims=True)
    c = joint > 0
    return float(np.sum(joint[c] * log(joint[c] / (px * py)[c]) if n_divide else
                        joint[c] * log(joint[c] * x.size / (px * py)[c])))


def mutual_information__bits(x, y):
    return max(_mi(x, y, log=np.log2), 0.0)


def mutual_information__not_clipped(x, y):
    return _mi(x, y)


def mutual_information__pairs_loop(x, y):
    if len(x) != len(y):
        raise ValueError("lengths differ")
    n = len(x)
    total = 0.0
    for a in np.unique(x):
        in_a = x == a
        pa = in_a.mean()
        for b in np.unique(y):
            pab = np.sum(in_a & (y == b)) / n
            if pab > 0:
                total += pab * np.log(pab / (pa * np.mean(y == b)))
    return max(total, 0.0)


def mutual_information__sklearn(x, y):
    from sklearn.metrics import mutual_info_score
    return mutual_info_score(x, y)


def mutual_information__counts_not_probabilities(x, y):
    return max(_mi(x, y, n_divide=False), 0.0)


def _entropy_nats(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return -np.sum(p * np.log(p))


def mutual_information__entropies(x, y):
    x, y = np.asarray(x), np.asarray(y)
    if x.shape != y.shape or x.ndim != 1 or x.size == 0:
        raise ValueError("x and y must be 1-D of the same length")
    _, xc = np.unique(x, return_inverse=True)
    _, yc = np.unique(y, return_inverse=True)
    joint = xc * (yc.max() + 1) + yc
    # I(X; Y) = H(X) + H(Y) - H(X, Y)
    return max(float(_entropy_nats(xc) + _entropy_nats(yc) - _entropy_nats(joint)), 0.0)


def _bits(counts):
    p = counts[counts > 0] / counts.sum() if counts.sum() else np.zeros(0)
    return float(-np.sum(p * np.log2(p)))


def _children(y, split):
    if len(y) != len(split) or np.asarray(split).dtype != bool:
        raise ValueError("split must be a boolean mask as long as y")
    counts = _table(y, y)  # only for the codes' count
    _, codes = np.unique(y, return_inverse=True)
    k = counts.shape[0]
    return np.bincount(codes[split], minlength=k), np.bincount(codes[~split], minlength=k)


def information_gain__unweighted_children(y, split):
    left, right = _children(y, split)
    return max(_bits(left + right) - (_bits(left) + _bits(right)) / 2, 0.0)


def information_gain__nats(y, split):
    left, right = _children(y, split)
    n = len(y)
    gain = _bits(left + right) - left.sum() / n * _bits(left) - right.sum() / n * _bits(right)
    return max(gain * np.log(2), 0.0)


def information_gain__where_log_of_zero(y, split):
    left, right = _children(y, split)
    n = len(y)

    def bits(counts):
        p = counts / max(counts.sum(), 1)
        return -np.sum(np.where(p > 0, p * np.log2(p), 0.0))

    return max(float(bits(left + right) - left.sum() / n * bits(left) - right.sum() / n * bits(right)), 0.0)


def information_gain__sklearn(y, split):
    from sklearn.metrics import mutual_info_score
    return mutual_info_score(y, split) / np.log(2)


def information_gain__via_mutual_information(y, split):
    y, split = np.asarray(y), np.asarray(split)
    if split.dtype != bool or y.shape != split.shape:
        raise ValueError("split must be a boolean mask as long as y")
    # The gain of a split is the mutual information between the class and the side, in bits.
    return mutual_information(y, split) / np.log(2)
