"""Hidden suite for exercises/level04/products.py."""

import numpy as np
import pytest
from sklearn.metrics.pairwise import cosine_similarity as sklearn_cosine_similarity

from mlgrade.checks import (
    CheckFailed,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.datasets import ratings_like
from mlgrade.reference.level04 import products as ref
from mlgrade.sandbox.faults import LearnerRaised
from mlgrade.suites.level04 import call_quietly

MODULE = "products"

# Every way NumPy (or Python) offers to multiply matrices for you. `@` and `.dot(...)` are syntax,
# so they are banned statically; the functions are also blocked at run time.
MATMUL_BANS = (
    "operator:@", "method:dot", "operator.matmul",
    "numpy.dot", "numpy.matmul", "numpy.einsum", "numpy.tensordot", "numpy.inner", "numpy.vdot",
    "numpy.vecdot", "numpy.matvec", "numpy.vecmat",
    "numpy.linalg.multi_dot", "numpy.linalg.matmul", "numpy.linalg.tensordot", "numpy.linalg.vecdot",
)


# -- matmul --------------------------------------------------------------------------------------------
def product_mistakes(A, B):
    """(result, hint) for the known ways of getting a product of the right shape wrong."""
    mistakes = []
    if A.shape == B.shape:
        mistakes.append((A * B, "this is the elementwise product A * B; the matrix product sums "
                                "A[i, t] · B[t, j] over t"))
    if A.shape[-1] == B.shape[-2] and B.shape[-1] == A.shape[-2]:
        mistakes.append((B @ A, "this is B A: the order of a matrix product matters"))
    if A.shape[-2] == B.shape[-2]:
        mistakes.append((np.swapaxes(A, -1, -2) @ B, "this is Aᵀ B: entry (i, j) pairs row i of A "
                                                     "(A[i, :]) with column j of B (B[:, j])"))
    if A.shape[-1] == B.shape[-1]:
        mistakes.append((A @ np.swapaxes(B, -1, -2), "this is A Bᵀ: entry (i, j) pairs row i of A with "
                                                     "column j of B (B[:, j]), not row j"))
    return mistakes


@pytest.mark.exercise("matmul", banned=MATMUL_BANS)
class TestMatmul:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, m) float array and leaves A and B unchanged"""
        A, B = rng.normal(size=(4, 3)), rng.normal(size=(3, 5))
        C, after = learner.matmul.call_checking_inputs(A.copy(), B.copy())
        assert_shape(C, (4, 5), "A B", describe(A=A, B=B))
        assert_unchanged((A, B), after, ["A", "B"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(7, 3, 5), (20, 13, 4), (6, 6, 6)], ids=["7x3@3x5", "20x13@13x4", "6x6@6x6"])
    def test_matches_numpy(self, learner, rng, shape):
        """matches A @ B"""
        n, k, m = shape
        A, B = rng.normal(size=(n, k)), rng.normal(size=(k, m))
        assert_close(learner.matmul(A, B), A @ B, what="A B", inputs=describe(A=A, B=B), rtol=1e-12,
                     hints=product_mistakes(A, B))

    @pytest.mark.points(1)
    def test_edge_shapes(self, learner, rng):
        """k = 0 gives zeros; 1×1 and (1, k) @ (k, 1) keep their matrix shape"""
        A, B = np.empty((3, 0)), np.empty((0, 4))
        C = learner.matmul(A, B)
        assert_close(C, np.zeros((3, 4)), what="A B with an empty inner dimension", inputs=describe(A=A, B=B),
                     rtol=0.0)
        A, B = np.array([[3.0]]), np.array([[-2.0]])
        assert_close(learner.matmul(A, B), A @ B, what="the 1×1 product", inputs=describe(A=A, B=B), rtol=1e-15)
        A, B = rng.normal(size=(1, 6)), rng.normal(size=(6, 1))
        assert_close(learner.matmul(A, B), A @ B, what="a row times a column", inputs=describe(A=A, B=B),
                     rtol=1e-12)

    @pytest.mark.points(1)
    def test_stacks_broadcast(self, learner, rng):
        """multiplies stacks of matrices, broadcasting the leading axes like A @ B"""
        for a_shape, b_shape in [((3, 4, 5), (5, 2)), ((2, 1, 4, 3), (5, 3, 6))]:
            A, B = rng.normal(size=a_shape), rng.normal(size=b_shape)
            inputs = describe(A=A, B=B)
            try:
                C = learner.matmul(A, B)
            except LearnerRaised as raised:
                if not raised.is_a("ValueError", "IndexError"):
                    raise
                raise CheckFailed(f"matmul raised {raised.exc_name} for {inputs}: {raised.exc_message}\nHint: the "
                                  "last two axes are the matrices, any axes before them are stacks that broadcast; "
                                  "index from the end (A[..., :, :, None] * B[..., None, :, :], sum over axis=-2)"
                                  ) from None
            assert_close(C, A @ B, what="the stacked product", inputs=inputs, rtol=1e-12)

    @pytest.mark.points(1)
    def test_bad_shapes(self, learner, rng):
        """raises ValueError when the inner dimensions differ or an input is not a matrix"""
        A, B = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
        assert_learner_raises(lambda: learner.matmul(A, B), "ValueError", what="A (4, 3) times B (4, 3)")
        a, B = rng.normal(size=3), rng.normal(size=(3, 2))
        assert_learner_raises(lambda: learner.matmul(a, B), "ValueError", what="a 1-D A of shape (3,)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a broadcasting implementation"""
        A, B = rng.normal(size=(4000, 6)), rng.normal(size=(6, 5))
        speed.check(learner.matmul, (A, B), max_ratio=8, inputs=describe(A=A, B=B),
                    hint="a Python loop over the rows (or entries) of the result is the usual cause: form every "
                         "product A[i, t] · B[t, j] at once by broadcasting, A[:, :, None] * B[None, :, :], then "
                         "sum over t (or loop only over the short inner dimension t)")


# -- cosine similarity ------------------------------------------------------------------------------
ZERO_USER_HINT = ("a user with no ratings has norm 0, and 0/0 is undefined: give such a user similarity 0 with "
                  "everyone, e.g. divide by np.where(norms > 0, norms, 1) instead of by norms")


def cosine_mistakes(R):
    """(result, hint) for the known wrong similarity matrices."""
    norms = np.linalg.norm(R, axis=1)
    safe = np.where(norms > 0, norms, 1.0)
    gram = R @ R.T
    Rc = R - R.mean(axis=1, keepdims=True)
    return [
        (gram, "these are the raw dot products rᵢ · rⱼ: divide by ‖rᵢ‖ ‖rⱼ‖"),
        (gram / safe[:, None], "you divided by ‖rᵢ‖ only: the cosine divides by both norms, ‖rᵢ‖ ‖rⱼ‖"),
        (gram / safe[None, :], "you divided by ‖rⱼ‖ only: the cosine divides by both norms, ‖rᵢ‖ ‖rⱼ‖"),
        (gram / np.outer(safe, safe) ** 2, "you divided by the squared norms; divide by ‖rᵢ‖ ‖rⱼ‖"),
        (1.0 - ref.cosine_similarity(R), "this is the cosine *distance* 1 - cos; return the similarity"),
        (ref.cosine_similarity(Rc), "you subtracted each user's mean rating: that is the Pearson correlation; "
                                    "the cosine uses the ratings as they are"),
    ]


def check_users_shape(S, R, inputs):
    n, d = R.shape
    if isinstance(S, np.ndarray) and S.shape == (d, d) and n != d:
        raise CheckFailed(f"the similarity matrix should have shape ({n}, {n}), one row and column per user, but "
                          f"has shape {S.shape} (for {inputs})\nHint: you compared the items (columns); compare "
                          "the users (rows of R)")
    return assert_shape(S, (n, n), "the similarity matrix", inputs)


@pytest.mark.exercise("cosine_similarity", banned=("sklearn", "scipy"))
class TestCosineSimilarity:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n_users, n_users) float array and leaves R unchanged"""
        R = ratings_like(rng, 12, 7)
        S, (R_after,) = learner.cosine_similarity.call_checking_inputs(R.copy())
        check_users_shape(S, R, describe(R=R))
        assert_unchanged((R,), (R_after,), ["R"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("shape", [(30, 12), (8, 50), (100, 7)], ids=["30x12", "8x50", "100x7"])
    def test_matches_reference(self, learner, rng, shape):
        """matches the reference on ratings-like data"""
        R = ratings_like(rng, *shape)
        inputs = describe(R=R)
        S = check_users_shape(learner.cosine_similarity(R), R, inputs)
        assert_close(S, ref.cosine_similarity(R), what="the cosine similarities", inputs=inputs, rtol=1e-10,
                     hints=cosine_mistakes(R))

    @pytest.mark.points(1)
    def test_matches_sklearn(self, learner, rng):
        """agrees with sklearn's cosine_similarity on sparse integer ratings (0 = not rated)"""
        R = rng.integers(1, 6, size=(40, 25)) * (rng.uniform(size=(40, 25)) < 0.4)
        R[:, 0] = rng.integers(1, 6, size=40)  # every user rated at least one movie
        inputs = describe(R=R) + ", integer ratings, 60% missing"
        S = check_users_shape(learner.cosine_similarity(R), R, inputs)
        assert_close(S, sklearn_cosine_similarity(R), what="the cosine similarities", inputs=inputs, rtol=1e-10,
                     hints=cosine_mistakes(R.astype(float)))

    @pytest.mark.points(2)
    def test_user_without_ratings(self, learner, rng):
        """a user with no ratings has similarity 0 with everyone (not NaN), like sklearn"""
        R = rng.integers(1, 6, size=(9, 6)).astype(float)
        R[[2, 6]] = 0.0
        inputs = describe(R=R) + " with two all-zero users (rows 2 and 6)"
        S = call_quietly(learner.cosine_similarity, R, inputs=inputs,
                         hints={"invalid value": ZERO_USER_HINT, "divide by zero": ZERO_USER_HINT})
        S = check_users_shape(S, R, inputs)
        if np.isnan(S).any():
            raise CheckFailed(f"the similarity matrix contains NaN for {inputs}\nHint: {ZERO_USER_HINT}")
        expected = sklearn_cosine_similarity(R)
        assert_close(S, expected, what="the similarities", inputs=inputs, rtol=1e-10, hints=[
            (expected + np.diag(np.isin(np.arange(9), [2, 6]).astype(float)),
             "a user with no ratings has similarity 0 with everyone, itself included (sklearn's convention): "
             "there is no direction to compare"),
        ])

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R = ratings_like(rng, 100, 1000)
        speed.check(learner.cosine_similarity, (R,), max_ratio=8, inputs=describe(R=R),
                    hint="all n² cosines are one matrix product: divide each row by its norm, then U Uᵀ; "
                         "a loop over pairs of users is the usual cause")
