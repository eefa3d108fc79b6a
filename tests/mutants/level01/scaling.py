"""Plausible versions of exercises/level01/scaling.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "minmax_scale__per_row": ("failed", "each row"),
    "minmax_scale__sklearn": ("forbidden", "import sklearn"),
    "minmax_scale__where_after_dividing": ("failed", "evaluates both of its branches"),
    "minmax_scale__loop_over_movies": ("too_slow", "loop"),
    "minmax_scale__in_place": ("failed", "modified its input R"),
    "minmax_scale__errstate_then_zero": ("passed", None),
    "zscore__sample_std": ("failed", "ddof = 1"),
    "zscore__one_pass_variance": ("failed", "E[x²] - E[x]²"),
    "zscore__std_equals_zero_test": ("failed", "max == min"),
    "zscore__calls_np_std": ("forbidden", "numpy.std"),
    "zscore__loop_over_movies": ("too_slow", "loop"),
    "zscore__ptp_and_einsum": ("passed", None),
}


def minmax_scale__per_row(R):
    R = np.asarray(R, dtype=float)
    low = R.min(axis=1, keepdims=True)
    span = R.max(axis=1, keepdims=True) - low
    return (R - low) / np.where(span == 0, 1.0, span)


def minmax_scale__sklearn(R):
    from sklearn.preprocessing import MinMaxScaler

    return MinMaxScaler().fit_transform(R)


def minmax_scale__where_after_dividing(R):
    R = np.asarray(R, dtype=float)
    low = R.min(axis=0)
    span = R.max(axis=0) - low
    return np.where(span == 0, 0.0, (R - low) / span)


def minmax_scale__loop_over_movies(R):
    R = np.asarray(R, dtype=float)
    out = np.zeros_like(R)
    for j in range(R.shape[1]):
        column = R[:, j]
        low, high = column.min(), column.max()
        if high > low:
            out[:, j] = (column - low) / (high - low)
    return out


def minmax_scale__in_place(R):
    R = np.asarray(R, dtype=float)  # no copy when R already holds floats
    low = R.min(axis=0)
    span = R.max(axis=0) - low
    R -= low
    R /= np.where(span == 0, 1.0, span)
    return R


def minmax_scale__errstate_then_zero(R):
    R = np.array(R, dtype=float)
    span = np.ptp(R, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        scaled = (R - R.min(axis=0)) / span
    scaled[:, span == 0] = 0.0  # the 0/0 columns, overwritten
    return scaled


def _constant(R):
    return R.max(axis=0) == R.min(axis=0)


def zscore__sample_std(R):
    R = np.asarray(R, dtype=float)
    centred = R - R.mean(axis=0)
    std = np.sqrt((centred**2).sum(axis=0) / (R.shape[0] - 1))
    constant = _constant(R)
    return np.where(constant, 0.0, centred / np.where(constant, 1.0, std))


def zscore__one_pass_variance(R):
    R = np.asarray(R, dtype=float)
    mean = R.mean(axis=0)
    std = np.sqrt(np.mean(R**2, axis=0) - mean**2)
    constant = _constant(R)
    return np.where(constant, 0.0, (R - mean) / np.where(constant, 1.0, std))


def zscore__std_equals_zero_test(R):
    R = np.asarray(R, dtype=float)
    centred = R - R.mean(axis=0)
    std = np.sqrt(np.mean(centred**2, axis=0))
    return centred / np.where(std == 0, 1.0, std)


def zscore__calls_np_std(R):
    R = np.asarray(R, dtype=float)
    std = np.std(R, axis=0)
    constant = _constant(R)
    return np.where(constant, 0.0, (R - R.mean(axis=0)) / np.where(constant, 1.0, std))


def zscore__loop_over_movies(R):
    R = np.asarray(R, dtype=float)
    Z = np.zeros_like(R)
    for j in range(R.shape[1]):
        column = R[:, j]
        if column.max() > column.min():
            centred = column - column.mean()
            Z[:, j] = centred / np.sqrt(np.mean(centred * centred))
    return Z


def zscore__ptp_and_einsum(R):
    R = np.array(R, dtype=float)  # a copy we may change
    n = R.shape[0]
    R -= R.mean(axis=0)
    std = np.sqrt(np.einsum("ij,ij->j", R, R) / n)
    constant = np.ptp(R, axis=0) == 0  # centring keeps equal values equal
    std[constant] = 1.0
    R[:, constant] = 0.0
    return R / std
