"""Plausible versions of exercises/level12/stability.py: wrong ones the suite must reject,
and right-but-different ones it must accept (status "passed")."""

import numpy as np

EXPECTED = {
    "logsumexp__naive": ("failed", "subtract the maximum first"),
    "logsumexp__global_max": ("failed", "not the maximum of the whole array"),
    "logsumexp__no_guard_for_all_minus_inf": ("failed", "shift such slices by 0"),
    "logsumexp__forgets_max": ("failed", "add the maximum back"),
    "logsumexp__apply_along_axis": ("too_slow", "np.apply_along_axis"),
    "logsumexp__logaddexp_reduce": ("forbidden", "numpy.logaddexp"),
    "logsumexp__moveaxis_and_mask": ("passed", None),
    "softmax__naive": ("failed", "subtract each slice's maximum first"),
    "softmax__global_max": ("failed", "not the maximum of the whole batch"),
    "softmax__always_axis_0": ("failed", "you normalised along axis 0"),
    "softmax__loop_over_rows": ("too_slow", "loop over the slices"),
    "softmax__scipy": ("forbidden", "scipy"),
    "softmax__via_logsumexp": ("passed", None),
    "condition_number__calls_cond": ("forbidden", "numpy.linalg.cond"),
    "condition_number__through_gram_matrix": ("failed", "squares κ"),
    "condition_number__divides_by_zero": ("failed", "return np.inf instead of dividing"),
    "condition_number__eigenvalues": ("failed", "eigenvalues"),
    "condition_number__full_svd_norm_ratio": ("passed", None),
}


# -- logsumexp -------------------------------------------------------------------------------------
def logsumexp__naive(a, axis=None):
    a = np.asarray(a, dtype=float)
    out = np.log(np.sum(np.exp(a), axis=axis))
    return float(out) if axis is None else out


def logsumexp__global_max(a, axis=None):
    a = np.asarray(a, dtype=float)
    m = np.max(a)
    if not np.isfinite(m):
        m = 0.0
    out = m + np.log(np.sum(np.exp(a - m), axis=axis))
    return float(out) if axis is None else out


def logsumexp__no_guard_for_all_minus_inf(a, axis=None):
    a = np.asarray(a, dtype=float)
    m = np.max(a, axis=axis, keepdims=True)
    out = np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True)) + m
    return float(out.reshape(())) if axis is None else np.squeeze(out, axis=axis)


def logsumexp__forgets_max(a, axis=None):
    a = np.asarray(a, dtype=float)
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        out = np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True))
    return float(out.reshape(())) if axis is None else np.squeeze(out, axis=axis)


def _lse_1d(v):
    m = v.max()
    if not np.isfinite(m):
        return -np.inf
    return m + np.log(np.sum(np.exp(v - m)))


def logsumexp__apply_along_axis(a, axis=None):
    a = np.asarray(a, dtype=float)
    if axis is None:
        return float(_lse_1d(a.ravel()))
    return np.apply_along_axis(_lse_1d, axis, a)


def logsumexp__logaddexp_reduce(a, axis=None):
    a = np.asarray(a, dtype=float)
    if axis is None:
        return float(np.logaddexp.reduce(a.ravel()))
    return np.logaddexp.reduce(a, axis=axis)


def logsumexp__moveaxis_and_mask(a, axis=None):
    a = np.asarray(a, dtype=float)
    if a.size == 0:
        raise ValueError("empty input")
    if axis is None:
        b = a.reshape(1, -1)
    else:
        moved = np.moveaxis(a, axis, -1)
        b = moved.reshape(-1, moved.shape[-1])
    m = b.max(axis=1)
    finite = np.isfinite(m)
    shift = np.where(finite, m, 0.0)
    s = np.exp(b - shift[:, None]).sum(axis=1)
    out = np.full(len(b), -np.inf)
    out[s > 0] = np.log(s[s > 0]) + shift[s > 0]
    if axis is None:
        return float(out[0])
    return out.reshape(moved.shape[:-1])


# -- softmax ---------------------------------------------------------------------------------------
def softmax__naive(z, axis=-1):
    e = np.exp(np.asarray(z, dtype=float))
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax__global_max(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax__always_axis_0(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def softmax__loop_over_rows(z, axis=-1):
    z = np.asarray(z, dtype=float)
    if axis is None:
        e = np.exp(z - z.max())
        return e / e.sum()
    moved = np.moveaxis(z, axis, -1)
    flat = moved.reshape(-1, moved.shape[-1])
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        e = np.exp(flat[i] - flat[i].max())
        out[i] = e / e.sum()
    return np.moveaxis(out.reshape(moved.shape), -1, axis)


def softmax__scipy(z, axis=-1):
    import scipy.special

    return scipy.special.softmax(z, axis=axis)


def softmax__via_logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    lse = logsumexp(z, axis=axis)  # noqa: F821 (the solution's logsumexp, in the graded module)
    return np.exp(z - (lse if axis is None else np.expand_dims(lse, axis)))


# -- condition_number ------------------------------------------------------------------------------
def condition_number__calls_cond(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    return float(np.linalg.cond(A))


def condition_number__through_gram_matrix(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    G = A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T
    values = np.abs(np.linalg.eigvalsh(G))
    if values.min() == 0.0:
        return np.inf
    return float(np.sqrt(values.max() / values.min()))


def condition_number__divides_by_zero(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[0] / s[-1])


def condition_number__eigenvalues(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        s = np.linalg.svd(A, compute_uv=False)
        return np.inf if s[-1] == 0 else float(s[0] / s[-1])
    values = np.abs(np.linalg.eigvals(A))
    if values.min() == 0.0:
        return np.inf
    return float(values.max() / values.min())


def condition_number__full_svd_norm_ratio(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("A must be a non-empty 2-D array")
    _, s, _ = np.linalg.svd(A)  # full U and V, same singular values
    smallest, largest = s.min(), s.max()
    return np.inf if smallest == 0 else float(largest / smallest)
