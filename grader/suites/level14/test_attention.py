"""Hidden suite for exercises/level14/attention.py."""

from functools import partial

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level14 import attention as ref

MODULE = "attention"
FRAMEWORKS = ("torch", "jax", "tensorflow", "scipy")

# -- known mistakes, computed on the judge's side ----------------------------------------------------
OVERFLOW_HINT = ("e^{score} overflows for scores of a few hundred or more: subtract each row's maximum "
                 "before exponentiating (softmax(s) = softmax(s - max s)), so every exponent is <= 0")
FULLY_MASKED_NAN_HINT = ("a fully masked row has maximum -∞, and -∞ - (-∞) is NaN (or its weights sum to 0 "
                         "and 0/0 is NaN): by the spec such a row gets weights 0 and output 0, so subtract 0 "
                         "instead of -∞ there and divide by 1 instead of 0")
WARNING_HINTS = {
    "overflow": OVERFLOW_HINT,
    "invalid value": FULLY_MASKED_NAN_HINT,
    "divide by zero": FULLY_MASKED_NAN_HINT,
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


def softmax(S, axis=-1):
    """A stable softmax where a row of -∞ gives zeros (the judge's own, for hints)."""
    top = np.max(S, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(under="ignore", over="ignore", invalid="ignore"):
        e = np.exp(S - top)
        total = np.sum(e, axis=axis, keepdims=True)
        return e / np.where(total > 0, total, 1.0)


def attention_with(Q, K, V, mask=None, *, scale=None, axis=-1, fill=-np.inf):
    """Attention with a chosen scale, softmax axis and masked-score fill (to reproduce mistakes)."""
    d = Q.shape[-1]
    S = np.matmul(Q, np.swapaxes(K, -1, -2)) * (1.0 / np.sqrt(d) if scale is None else scale)
    if mask is not None:
        S = np.where(mask, S, fill)
    A = softmax(S, axis=axis)
    return np.matmul(A, V), A


def looped_attention(Q, K, V, mask=None):
    """The oracle, written the slow obvious way: one query at a time, one batch entry at a time."""
    batch = Q.shape[:-2]
    out = np.zeros(batch + (Q.shape[-2], V.shape[-1]))
    weights = np.zeros(batch + (Q.shape[-2], K.shape[-2]))
    full_mask = np.ones(weights.shape, dtype=bool) if mask is None else np.broadcast_to(mask, weights.shape)
    for b in np.ndindex(*batch):
        for i in range(Q.shape[-2]):
            allowed = np.flatnonzero(full_mask[b][i])
            if allowed.size == 0:
                continue
            scores = np.array([Q[b][i] @ K[b][j] for j in allowed]) / np.sqrt(Q.shape[-1])
            e = np.exp(scores - scores.max())
            weights[b][i, allowed] = e / e.sum()
            out[b][i] = weights[b][i] @ V[b]
    return out, weights


def attention_hints(Q, K, V, mask, part):
    """(candidate, hint) pairs for output (part 0) or weights (part 1)."""
    d = Q.shape[-1]
    hints = [
        (attention_with(Q, K, V, mask, scale=1.0)[part],
         "these match softmax(Q Kᵀ) V without the scaling: divide the scores by √d (d = Q.shape[-1])"),
        (attention_with(Q, K, V, mask, scale=1.0 / d)[part],
         "you divided the scores by d; the scaling is 1/√d"),
        (attention_with(Q, K, V, mask, axis=-2)[part],
         "your softmax normalises over the queries (axis -2); each query's weights over the keys (the last "
         "axis) must sum to 1"),
    ]
    if mask is not None:
        hints += [
            (attention_with(Q, K, V)[part], "the mask was ignored: masked keys (mask False) must get weight 0"),
            (attention_with(Q, K, V, mask, fill=0.0)[part],
             "masked scores were set to 0, which still gives them weight e⁰ = 1: set them to -∞ instead"),
        ]
    return hints


def unpack(result, shape_out, shape_w, inputs):
    if not isinstance(result, tuple) or len(result) != 2:
        raise CheckFailed(f"return a tuple (output, weights); got {type(result).__name__} for {inputs}")
    output = assert_shape(result[0], shape_out, "the output", inputs)
    weights = assert_shape(result[1], shape_w, "the attention weights", inputs)
    return output, weights


def make_qkv(rng, batch, n_q, n_k, d, d_v):
    return (rng.normal(size=batch + (n_q, d)), rng.normal(size=batch + (n_k, d)),
            rng.normal(size=batch + (n_k, d_v)))


def random_mask(rng, shape):
    """A random boolean mask where every query may attend to at least one key."""
    mask = rng.uniform(size=shape) < 0.6
    first = rng.integers(0, shape[-1], size=shape[:-1])
    np.put_along_axis(mask, first[..., None], True, axis=-1)
    return mask


CASES = [((), 5, 7, 4, 3, False), ((2, 3), 6, 4, 8, 5, True), ((3,), 9, 11, 16, 2, True)]
CASE_IDS = ["nq5-nk7-d4-dv3", "batch2x3-nq6-nk4-d8-dv5-masked", "batch3-nq9-nk11-d16-dv2-masked"]


@pytest.mark.exercise("scaled_dot_product_attention", banned=FRAMEWORKS)
class TestScaledDotProductAttention:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (output, weights) of the right shapes, leaves the inputs unchanged, rejects mismatched shapes"""
        Q, K, V = make_qkv(rng, (2,), 5, 7, 4, 3)
        mask = random_mask(rng, (2, 5, 7))
        args = (Q.copy(), K.copy(), V.copy(), mask.copy())
        inputs = describe(Q=Q, K=K, V=V, mask=mask)
        result, after = call_quietly(learner.scaled_dot_product_attention, *args, inputs=inputs,
                                     checking_inputs=True)
        unpack(result, (2, 5, 3), (2, 5, 7), inputs)
        assert_unchanged(args, after, ["Q", "K", "V", "mask"])
        Q, K, V = make_qkv(rng, (), 4, 5, 3, 2)
        assert_learner_raises(lambda: learner.scaled_dot_product_attention(Q, K[:, :2], V, None), "ValueError",
                              what="Q (4, 3) with K (5, 2)")
        assert_learner_raises(lambda: learner.scaled_dot_product_attention(Q, K, V[:3], None), "ValueError",
                              what="K (5, 3) with V (3, 2)")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("batch", "n_q", "n_k", "d", "d_v", "masked"), CASES, ids=CASE_IDS)
    def test_matches_reference(self, learner, rng, batch, n_q, n_k, d, d_v, masked):
        """matches the reference (output and weights), with and without a mask"""
        Q, K, V = make_qkv(rng, batch, n_q, n_k, d, d_v)
        mask = random_mask(rng, batch + (n_q, n_k)) if masked else None
        inputs = describe(Q=Q, K=K, V=V) + (", a random mask" if masked else ", no mask")
        result = call_quietly(learner.scaled_dot_product_attention, Q, K, V, mask, inputs=inputs)
        output, weights = unpack(result, batch + (n_q, d_v), batch + (n_q, n_k), inputs)
        expected = ref.scaled_dot_product_attention(Q, K, V, mask)
        assert_close(weights, expected[1], what="the weight matrix A", inputs=inputs, rtol=1e-10,
                     hints=attention_hints(Q, K, V, mask, 1))
        assert_close(output, expected[0], what="the output", inputs=inputs, rtol=1e-10,
                     hints=attention_hints(Q, K, V, mask, 0) + [
                         (np.matmul(np.swapaxes(weights, -1, -2), V) if n_q == n_k else np.zeros(1),
                          "multiply the weights (n_q, n_k) by V: output = A V")])

    @pytest.mark.points(1)
    def test_matches_looped_oracle(self, learner, rng):
        """agrees with a query-by-query loop under a causal mask, and every row of weights sums to 1"""
        Q, K, V = make_qkv(rng, (2,), 8, 8, 6, 5)
        mask = np.tril(np.ones((8, 8), dtype=bool))  # broadcast over the batch axis
        inputs = describe(Q=Q, K=K, V=V) + ", a causal (8, 8) mask broadcast over the batch"
        result = call_quietly(learner.scaled_dot_product_attention, Q, K, V, mask, inputs=inputs)
        output, weights = unpack(result, (2, 8, 5), (2, 8, 8), inputs)
        expected = looped_attention(Q, K, V, mask)
        assert_close(weights.sum(axis=-1), np.ones((2, 8)), what="the row sums of the weights", inputs=inputs,
                     rtol=1e-12, hints=[(weights.sum(axis=-2), "your columns sum to 1 instead: normalise along "
                                                               "the last axis (over keys)")])
        assert_close(weights, expected[1], what="the weight matrix A", inputs=inputs, rtol=1e-10,
                     hints=attention_hints(Q, K, V, mask, 1))
        assert_close(output, expected[0], what="the output", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    def test_huge_logits(self, learner, rng):
        """no overflow and exact weights when the logits are multiplied by 1e3 (scores up to ~1e4)"""
        Q, K, V = make_qkv(rng, (2,), 6, 9, 8, 4)
        Q = Q * 1e3
        mask = random_mask(rng, (2, 6, 9))
        inputs = describe(Q=Q, K=K, V=V) + ", Q scaled by 1e3 (scores up to ~1e4), a random mask"
        result = call_quietly(learner.scaled_dot_product_attention, Q, K, V, mask, inputs=inputs)
        output, weights = unpack(result, (2, 6, 4), (2, 6, 9), inputs)
        expected = ref.scaled_dot_product_attention(Q, K, V, mask)
        if not np.isfinite(weights).all():
            raise CheckFailed(f"the attention weights contain NaN or inf for {inputs}\nHint: {OVERFLOW_HINT}")
        assert_close(weights, expected[1], what="the weight matrix A", inputs=inputs, rtol=1e-8,
                     hints=attention_hints(Q, K, V, mask, 1))
        assert_close(output, expected[0], what="the output", inputs=inputs, rtol=1e-8)

    @pytest.mark.points(1)
    def test_fully_masked_row(self, learner, rng):
        """a query that may attend to no key gets weights 0 and output 0 (the spec), without NaN or warnings"""
        Q, K, V = make_qkv(rng, (2,), 5, 6, 4, 3)
        mask = random_mask(rng, (2, 5, 6))
        mask[0, 1] = False
        mask[1, 4] = False
        inputs = describe(Q=Q, K=K, V=V) + ", a mask with fully masked rows (batch 0 query 1, batch 1 query 4)"
        result = call_quietly(learner.scaled_dot_product_attention, Q, K, V, mask, inputs=inputs)
        output, weights = unpack(result, (2, 5, 3), (2, 5, 6), inputs)
        expected = ref.scaled_dot_product_attention(Q, K, V, mask)
        if not (np.isfinite(weights).all() and np.isfinite(output).all()):
            raise CheckFailed(f"the result contains NaN or inf for {inputs}\nHint: {FULLY_MASKED_NAN_HINT}")
        for b, i in ((0, 1), (1, 4)):
            if np.any(weights[b, i] != 0.0) or np.any(output[b, i] != 0.0):
                uniform = np.allclose(weights[b, i], 1.0 / 6)
                raise CheckFailed(
                    f"the fully masked row (batch {b}, query {i}) should have weights 0 and output 0 (the spec) "
                    f"for {inputs}" + ("\nHint: your weights there are uniform (1/n_k): a large finite fill such as "
                                       "-1e9 makes all scores of the row equal. Use -∞ (np.where(mask, S, -np.inf)) "
                                       "and treat a row whose maximum is -∞ separately" if uniform else ""))
        assert_close(weights, expected[1], what="the weight matrix A", inputs=inputs, rtol=1e-10)
        assert_close(output, expected[0], what="the output", inputs=inputs, rtol=1e-10)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation over a batch of heads"""
        Q, K, V = make_qkv(rng, (4,), 512, 16, 8, 8)
        mask = random_mask(rng, (4, 512, 16))
        speed.check(learner.scaled_dot_product_attention, (Q, K, V, mask), max_ratio=8,
                    inputs=describe(Q=Q, K=K, V=V, mask=mask),
                    hint="one np.matmul(Q, np.swapaxes(K, -1, -2)) computes every score of every batch entry; "
                         "softmax along axis=-1 with keepdims=True, then np.matmul(weights, V). Loops over "
                         "queries or keys are the usual cause")


# -- positional encodings ------------------------------------------------------------------------------
def pe_with(max_len, d, *, exponent="pair", swap=False, layout="interleaved", start=0):
    """Sinusoidal encodings with known mistakes switched on (the judge's side)."""
    pos = np.arange(start, start + max_len, dtype=float)[:, None]
    j = np.arange(d)
    if exponent == "pair":
        power = (j - j % 2) / d
    elif exponent == "column":
        power = j / d
    else:  # "half": i instead of 2i
        power = (j // 2) / d
    angles = pos / 10000.0 ** power
    even = (j % 2 == 0) != swap
    pe = np.where(even, np.sin(angles), np.cos(angles))
    if layout == "halves":
        half = (d + 1) // 2
        pe = np.empty((max_len, d))
        pe[:, :half] = np.sin(pos / 10000.0 ** (2 * np.arange(half) / d))
        pe[:, half:] = np.cos(pos / 10000.0 ** (2 * np.arange(d - half) / d))
    return pe


def pe_hints(max_len, d):
    return [
        (pe_with(max_len, d, swap=True), "PE[0] should be [0, 1, 0, 1, ...]: sine in the even columns (0, 2, ...), "
                                         "cosine in the odd ones"),
        (pe_with(max_len, d, exponent="column"), "both columns of a pair (2i, 2i + 1) share the frequency "
                                                 "10000^(-2i/d); you used the column's own index in the exponent"),
        (pe_with(max_len, d, exponent="half"), "the exponent is 2i/d where 2i is the even column index of the pair; "
                                               "you used i/d"),
        (pe_with(max_len, d, layout="halves"), "you put all the sines first and then all the cosines; they are "
                                               "interleaved: column 2i is a sine, column 2i + 1 the matching cosine"),
        (pe_with(max_len, d, start=1), "positions start at 0, not 1"),
    ]


@pytest.mark.exercise("sinusoidal_positional_encoding", banned=FRAMEWORKS)
class TestSinusoidalPositionalEncoding:
    @pytest.mark.points(1)
    def test_shape(self, learner):
        """returns a float array of shape (max_len, d), and raises ValueError for max_len = 0 or d = 0"""
        PE = learner.sinusoidal_positional_encoding(7, 6)
        PE = assert_shape(PE, (7, 6), "PE", describe(max_len=7, d=6))
        if PE.dtype.kind != "f":
            raise CheckFailed(f"PE should hold floats, but has dtype {PE.dtype}")
        assert_learner_raises(lambda: learner.sinusoidal_positional_encoding(0, 8), "ValueError", what="max_len = 0")
        assert_learner_raises(lambda: learner.sinusoidal_positional_encoding(10, 0), "ValueError", what="d = 0")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("max_len", "d"), [(50, 16), (13, 64), (200, 10)],
                             ids=["len50-d16", "len13-d64", "len200-d10"])
    def test_matches_reference(self, learner, max_len, d):
        """matches the reference"""
        inputs = describe(max_len=max_len, d=d)
        PE = call_quietly(learner.sinusoidal_positional_encoding, max_len, d, inputs=inputs)
        assert_close(PE, ref.sinusoidal_positional_encoding(max_len, d), what="PE", inputs=inputs, rtol=1e-10,
                     hints=pe_hints(max_len, d))

    @pytest.mark.points(1)
    def test_formula(self, learner, rng):
        """PE[0] = [0, 1, 0, 1, ...] and entries follow sin/cos(pos / 10000^(2i/d)) from the paper"""
        d = 12
        PE = assert_shape(learner.sinusoidal_positional_encoding(40, d), (40, d), "PE", describe(max_len=40, d=d))
        first = np.tile([0.0, 1.0], d // 2)
        assert_close(PE[0], first, what="PE[0] (position 0)", inputs=describe(max_len=40, d=d), rtol=1e-15,
                     hints=[(1.0 - first, "sine goes in the even columns and cosine in the odd ones")])
        for pos in rng.choice(40, size=4, replace=False):
            for i in range(d // 2):
                angle = pos / 10000 ** (2 * i / d)
                got = PE[pos, 2 * i: 2 * i + 2]
                assert_close(got, [np.sin(angle), np.cos(angle)], what=f"PE[{pos}, {2 * i}:{2 * i + 2}]",
                             inputs=describe(max_len=40, d=d), rtol=1e-12)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("d", [7, 1], ids=["d7", "d1"])
    def test_odd_d(self, learner, d):
        """odd d works, and its last column is a sine column (the spec)"""
        inputs = describe(max_len=30, d=d)
        PE = call_quietly(learner.sinusoidal_positional_encoding, 30, d, inputs=inputs)
        expected = ref.sinusoidal_positional_encoding(30, d)
        PE = assert_shape(PE, (30, d), "PE", inputs)
        last = np.cos(np.arange(30) / 10000.0 ** ((d - 1) / d))
        assert_close(PE[:, -1], expected[:, -1], what="the last column of PE", inputs=inputs, rtol=1e-10, hints=[
            (last, "for odd d the last column (index d - 1, even) is a sine column: sin(pos / 10000^((d-1)/d))"),
        ])
        assert_close(PE, expected, what="PE", inputs=inputs, rtol=1e-10, hints=pe_hints(30, d))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed):
        """as fast as a vectorised implementation"""
        speed.check(learner.sinusoidal_positional_encoding, (30000, 4), max_ratio=8,
                    inputs=describe(max_len=30000, d=4),
                    hint="build the angles for every position at once: positions[:, None] * frequencies[None, :] "
                         "by broadcasting, then np.sin/np.cos into PE[:, 0::2] and PE[:, 1::2]; a loop over "
                         "positions is the usual cause")
