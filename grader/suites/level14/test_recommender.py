"""Hidden suite for exercises/level14/recommender.py."""

from functools import partial

import numpy as np
import pytest

from mlgrade import checks
from mlgrade.checks import (
    CheckFailed,
    as_array,
    as_float,
    assert_close,
    assert_learner_raises,
    assert_shape,
    assert_unchanged,
    describe,
)
from mlgrade.reference.level14 import recommender as ref

MODULE = "recommender"
FRAMEWORKS = ("torch", "jax", "tensorflow", "autograd", "scipy")

NAN_HINT = ("0 · NaN = NaN: multiplying by the mask does not remove NaN placeholders; select the observed "
            "residuals with np.where(mask, R - P @ Q.T, 0.0) instead")
WARNING_HINTS = {
    "divide by zero": ("a user (or item) without ratings has 0 of them: do not divide by per-user counts; "
                       "the loss is a plain sum over observed entries"),
    "invalid value": ("a NaN placeholder in an unobserved entry reached your arithmetic, or 0/0 for a user "
                      "without ratings: use np.where(mask, R - P @ Q.T, 0.0) and no per-user means"),
    "overflow": "the factors blew up: the update must be P - lr · grad_P (against the gradient), with lr as given",
}
call_quietly = partial(checks.call_quietly, default_hints=WARNING_HINTS)


# -- data ----------------------------------------------------------------------------------------------
def ratings_problem(rng, n_users, n_items, k, *, density=0.4, fill=0.0):
    """Ratings from a rank-k taste model plus noise, about ``density`` of them observed.

    Unobserved entries of R hold ``fill`` (0, NaN, garbage...). Returns R, mask, P, Q (small random
    factors of rank k, a starting point).
    """
    truth = 3.0 + rng.normal(size=(n_users, k)) @ rng.normal(size=(k, n_items)) / np.sqrt(k)
    R = np.clip(truth + 0.3 * rng.normal(size=truth.shape), 1.0, 5.0)
    mask = rng.uniform(size=R.shape) < density
    R = np.where(mask, R, fill)
    P = 0.5 * rng.normal(size=(n_users, k))
    Q = 0.5 * rng.normal(size=(n_items, k))
    return R, mask, P, Q


def loss_variants(R, mask, P, Q, reg):
    """(loss, grad_P, grad_Q) of known mistakes, keyed by what is wrong."""
    E = np.where(mask, R - P @ Q.T, 0.0)
    full = R - P @ Q.T
    penalty = np.sum(P**2) + np.sum(Q**2)
    data = np.sum(E**2)
    count = max(int(mask.sum()), 1)
    return {
        "half": (0.5 * data + 0.5 * reg * penalty, -E @ Q + reg * P, -E.T @ P + reg * Q),
        "mean": (data / count + reg * penalty, -2 * E @ Q / count + 2 * reg * P, -2 * E.T @ P / count + 2 * reg * Q),
        "no_mask": (np.sum(full**2) + reg * penalty, -2 * full @ Q + 2 * reg * P, -2 * full.T @ P + 2 * reg * Q),
        "reg_not_doubled": (data + reg * penalty, -2 * E @ Q + reg * P, -2 * E.T @ P + reg * Q),
        "no_reg_grad": (data + reg * penalty, -2 * E @ Q, -2 * E.T @ P),
        "sign": (data + reg * penalty, 2 * E @ Q - 2 * reg * P, 2 * E.T @ P - 2 * reg * Q),
    }


LOSS_HINTS = {
    "half": "this is ½ of the loss (and its gradient): the loss is the plain sum of squared errors, so the "
            "gradient carries a factor 2",
    "mean": "you divided by the number of observed ratings: the loss is a sum, not a mean",
    "no_mask": "you used the unobserved entries too: only entries where mask is True count",
    "reg_not_doubled": "the derivative of reg·‖P‖² is 2·reg·P (you have reg·P)",
    "no_reg_grad": "the penalty is missing from the gradient: add 2·reg·P and 2·reg·Q",
    "sign": "the gradient has the wrong sign: d/dP of (R - P Qᵀ)² is -2 E Q",
}


def hints_for(part, R, mask, P, Q, reg):
    return [(values[part], LOSS_HINTS[name]) for name, values in loss_variants(R, mask, P, Q, reg).items()]


def unpack_loss(result, n_users, n_items, k, inputs):
    if not isinstance(result, tuple) or len(result) != 3:
        raise CheckFailed(f"return a tuple (loss, grad_P, grad_Q); got {type(result).__name__} for {inputs}")
    loss = np.float64(as_float(result[0], "the loss"))
    grad_P = assert_shape(result[1], (n_users, k), "grad_P", inputs)
    grad_Q = assert_shape(result[2], (n_items, k), "grad_Q", inputs)
    return loss, grad_P, grad_Q


def check_loss_and_grad(result, R, mask, P, Q, reg, inputs, rtol=1e-10):
    n_users, n_items = R.shape
    loss, grad_P, grad_Q = unpack_loss(result, n_users, n_items, P.shape[1], inputs)
    if not np.isfinite(loss) or not (np.isfinite(grad_P).all() and np.isfinite(grad_Q).all()):
        raise CheckFailed(f"the loss or its gradient is not finite for {inputs}"
                          + (f"\nHint: {NAN_HINT}" if np.isnan(R).any() else ""))
    expected = ref.mf_loss_and_grad(R, mask, P, Q, reg)
    Rz = np.where(mask, R, 0.0)
    assert_close(loss, expected[0], what="the loss", inputs=inputs, rtol=rtol, hints=hints_for(0, Rz, mask, P, Q, reg))
    assert_close(grad_P, expected[1], what="grad_P", inputs=inputs, rtol=rtol, hints=hints_for(1, Rz, mask, P, Q, reg)
                 + [(-expected[1], LOSS_HINTS["sign"])])
    assert_close(grad_Q, expected[2], what="grad_Q", inputs=inputs, rtol=rtol, hints=hints_for(2, Rz, mask, P, Q, reg))


LOSS_SHAPES = [(12, 9, 3), (30, 45, 5), (7, 20, 2)]
LOSS_IDS = ["12users-9items-k3", "30users-45items-k5", "7users-20items-k2"]


@pytest.mark.exercise("mf_loss_and_grad", banned=FRAMEWORKS)
class TestMfLossAndGrad:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (loss float, grad_P (n_users, k), grad_Q (n_items, k)) and leaves its inputs unchanged"""
        R, mask, P, Q = ratings_problem(rng, 8, 6, 3)
        args = (R.copy(), mask.copy(), P.copy(), Q.copy(), 0.1)
        inputs = describe(R=R, mask=mask, P=P, Q=Q, reg=0.1)
        result, after = call_quietly(learner.mf_loss_and_grad, *args, inputs=inputs, checking_inputs=True)
        unpack_loss(result, 8, 6, 3, inputs)
        assert_unchanged(args, after, ["R", "mask", "P", "Q"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n_users", "n_items", "k"), LOSS_SHAPES, ids=LOSS_IDS)
    def test_matches_reference(self, learner, rng, n_users, n_items, k):
        """matches the reference loss and gradients (unobserved entries of R hold 0)"""
        R, mask, P, Q = ratings_problem(rng, n_users, n_items, k)
        reg = 0.3
        inputs = describe(R=R, mask=mask, P=P, Q=Q, reg=reg)
        result = call_quietly(learner.mf_loss_and_grad, R, mask, P, Q, reg, inputs=inputs)
        check_loss_and_grad(result, R, mask, P, Q, reg, inputs)

    @pytest.mark.points(1)
    def test_finite_differences(self, learner, rng):
        """the gradients agree with centred finite differences of the loss (a gradient check)"""
        R, mask, P, Q = ratings_problem(rng, 6, 5, 2)
        reg, eps = 0.2, 1e-6
        inputs = describe(R=R, mask=mask, P=P, Q=Q, reg=reg)
        result = call_quietly(learner.mf_loss_and_grad, R, mask, P, Q, reg, inputs=inputs)
        _, grad_P, grad_Q = unpack_loss(result, 6, 5, 2, inputs)
        for name, analytic, which in (("grad_P", grad_P, 0), ("grad_Q", grad_Q, 1)):
            numeric = np.zeros_like(analytic)
            for index in np.ndindex(*analytic.shape):
                shifted = []
                for sign in (1.0, -1.0):
                    params = [P.copy(), Q.copy()]
                    params[which][index] += sign * eps
                    shifted.append(ref.mf_loss_and_grad(R, mask, params[0], params[1], reg)[0])
                numeric[index] = (shifted[0] - shifted[1]) / (2 * eps)
            error = checks.relative_error(analytic, numeric)
            if error > 1e-6:
                worst = np.unravel_index(np.argmax(np.abs(analytic - numeric)), analytic.shape)
                message = (f"{name} disagrees with centred finite differences for {inputs}: relative error "
                           f"{error:.2g} (allowed 1e-06); worst entry {tuple(int(i) for i in worst)}: analytic "
                           f"{analytic[worst]:.6g} vs numeric {numeric[worst]:.6g}")
                for candidate, hint in hints_for(1 + which, np.where(mask, R, 0.0), mask, P, Q, reg):
                    if checks.matches(analytic, candidate, 1e-6):
                        message += f"\nHint: {hint}"
                        break
                raise CheckFailed(message)

    @pytest.mark.points(1)
    @pytest.mark.parametrize("fill", ["nan", "garbage"], ids=["nan", "garbage"])
    def test_unobserved_ignored(self, learner, rng, fill):
        """unobserved entries of R are ignored, whatever they hold (NaN, or garbage values)"""
        R, mask, P, Q = ratings_problem(rng, 10, 14, 3)
        value = np.nan if fill == "nan" else 1e3 * rng.normal(size=R.shape)
        R_filled = np.where(mask, R, value)
        inputs = describe(R=R, mask=mask, P=P, Q=Q, reg=0.1) + f", unobserved entries of R set to {fill}"
        result = call_quietly(learner.mf_loss_and_grad, R_filled, mask, P, Q, 0.1, inputs=inputs,
                              hints={"invalid value": NAN_HINT})
        check_loss_and_grad(result, R_filled, mask, P, Q, 0.1, inputs)

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R, mask, P, Q = ratings_problem(rng, 400, 300, 8, density=0.3)
        speed.check(learner.mf_loss_and_grad, (R, mask, P, Q, 0.1), max_ratio=8,
                    inputs=describe(R=R, mask=mask, P=P, Q=Q),
                    hint="the residual E = np.where(mask, R - P @ Q.T, 0) and the gradients -2 E Q + 2 reg P, "
                         "-2 Eᵀ P + 2 reg Q are whole-matrix operations; a loop over the observed ratings is "
                         "the usual cause")


# -- gradient descent --------------------------------------------------------------------------------------
def gd_variant(R, mask, P, Q, lr, reg, n_epochs, *, alternating=False):
    """The trajectory with updates of P then Q using the new P (a known mistake)."""
    R = np.where(mask, R, 0.0)
    P, Q = P.copy(), Q.copy()
    losses = [ref.mf_loss_and_grad(R, mask, P, Q, reg)[0]]
    with np.errstate(all="ignore"):
        for _ in range(n_epochs):
            _, grad_P, grad_Q = ref.mf_loss_and_grad(R, mask, P, Q, reg)
            P = P - lr * grad_P
            if alternating:
                grad_Q = ref.mf_loss_and_grad(R, mask, P, Q, reg)[2]
            Q = Q - lr * grad_Q
            losses.append(ref.mf_loss_and_grad(R, mask, P, Q, reg)[0])
    return P, Q, np.array(losses)


ALTERNATING_HINT = ("your Q was updated with the gradient at the new P: compute both gradients at (P_t, Q_t) "
                    "first, then update P and Q together")


def unpack_gd(result, R, k, n_epochs, inputs):
    if not isinstance(result, tuple) or len(result) != 3:
        raise CheckFailed(f"return a tuple (P, Q, losses); got {type(result).__name__} for {inputs}")
    P = assert_shape(result[0], (R.shape[0], k), "P", inputs)
    Q = assert_shape(result[1], (R.shape[1], k), "Q", inputs)
    losses = as_array(result[2], "losses")
    if losses.shape == (n_epochs,):
        raise CheckFailed(f"losses should have shape ({n_epochs + 1},) but has shape ({n_epochs},) for {inputs}"
                          "\nHint: losses[t] = L(P_t, Q_t) for t = 0, ..., n_epochs: include the initial loss "
                          "L(P0, Q0) first and the final loss last")
    losses = assert_shape(losses, (n_epochs + 1,), "losses", inputs)
    return P, Q, losses


def check_gd(result, R, mask, P0, Q0, lr, reg, n_epochs, inputs, rtol=1e-8):
    P, Q, losses = unpack_gd(result, R, P0.shape[1], n_epochs, inputs)
    expected = ref.matrix_factorization_gd(R, mask, P0, Q0, lr, reg, n_epochs)
    alternating = gd_variant(R, mask, P0, Q0, lr, reg, n_epochs, alternating=True)
    assert_close(losses, expected[2], what="the loss history", inputs=inputs, rtol=rtol, hints=[
        (alternating[2], ALTERNATING_HINT),
        (np.concatenate([[expected[2][0]], expected[2][:-1]]), "losses[t] should be the loss at (P_t, Q_t): "
                                                              "losses[0] at the start, losses[-1] after the last step"),
    ])
    assert_close(P, expected[0], what="the fitted P", inputs=inputs, rtol=rtol, hints=[(alternating[0], ALTERNATING_HINT)])
    assert_close(Q, expected[1], what="the fitted Q", inputs=inputs, rtol=rtol, hints=[(alternating[1], ALTERNATING_HINT)])


@pytest.mark.exercise("matrix_factorization_gd", banned=FRAMEWORKS)
class TestMatrixFactorizationGd:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns (P, Q, losses of length n_epochs + 1) and leaves R, mask, P0 and Q0 unchanged"""
        R, mask, P0, Q0 = ratings_problem(rng, 8, 6, 3)
        args = (R.copy(), mask.copy(), P0.copy(), Q0.copy(), 0.01, 0.1, 5)
        inputs = describe(R=R, mask=mask, P0=P0, Q0=Q0, lr=0.01, reg=0.1, n_epochs=5)
        result, after = call_quietly(learner.matrix_factorization_gd, *args, inputs=inputs, checking_inputs=True)
        unpack_gd(result, R, 3, 5, inputs)
        assert_unchanged(args, after, ["R", "mask", "P0", "Q0"])

    @pytest.mark.points(2)
    @pytest.mark.parametrize(("n_users", "n_items", "k", "n_epochs"), [(15, 11, 3, 40), (9, 25, 4, 60)],
                             ids=["15users-11items-k3-40epochs", "9users-25items-k4-60epochs"])
    def test_matches_reference(self, learner, rng, n_users, n_items, k, n_epochs):
        """matches the reference trajectory: final P, Q and the loss history"""
        R, mask, P0, Q0 = ratings_problem(rng, n_users, n_items, k)
        lr, reg = 0.01, 0.1
        inputs = describe(R=R, mask=mask, P0=P0, Q0=Q0, lr=lr, reg=reg, n_epochs=n_epochs)
        result = call_quietly(learner.matrix_factorization_gd, R, mask, P0, Q0, lr, reg, n_epochs, inputs=inputs)
        check_gd(result, R, mask, P0, Q0, lr, reg, n_epochs, inputs)

    @pytest.mark.points(1)
    def test_user_without_ratings(self, learner, rng):
        """a user and an item without ratings (and NaN placeholders) are fine: their factors only shrink"""
        R, mask, P0, Q0 = ratings_problem(rng, 12, 10, 3, fill=np.nan)
        mask[4, :] = False
        mask[:, 7] = False
        R = np.where(mask, R, np.nan)
        lr, reg, n_epochs = 0.01, 0.2, 30
        inputs = (describe(R=R, mask=mask, P0=P0, Q0=Q0, lr=lr, reg=reg, n_epochs=n_epochs)
                  + ", user 4 and item 7 without ratings, NaN in unobserved entries")
        result = call_quietly(learner.matrix_factorization_gd, R, mask, P0, Q0, lr, reg, n_epochs, inputs=inputs,
                              hints={"invalid value": NAN_HINT})
        P, Q, losses = unpack_gd(result, R, 3, n_epochs, inputs)
        if not (np.isfinite(P).all() and np.isfinite(Q).all() and np.isfinite(losses).all()):
            raise CheckFailed(f"the result contains NaN or inf for {inputs}\nHint: {NAN_HINT}")
        shrink = (1 - 2 * lr * reg) ** n_epochs
        assert_close(P[4], shrink * P0[4], what="the factors of the user without ratings", inputs=inputs, rtol=1e-10)
        assert_close(Q[7], shrink * Q0[7], what="the factors of the item without ratings", inputs=inputs, rtol=1e-10)
        check_gd(result, R, mask, P0, Q0, lr, reg, n_epochs, inputs)

    @pytest.mark.points(1)
    def test_loss_decreases(self, learner, rng):
        """the loss history starts at L(P0, Q0) and never increases for a small learning rate"""
        R, mask, P0, Q0 = ratings_problem(rng, 20, 16, 2)
        lr, reg, n_epochs = 0.005, 0.05, 50
        inputs = describe(R=R, mask=mask, P0=P0, Q0=Q0, lr=lr, reg=reg, n_epochs=n_epochs)
        result = call_quietly(learner.matrix_factorization_gd, R, mask, P0, Q0, lr, reg, n_epochs, inputs=inputs)
        _, _, losses = unpack_gd(result, R, 2, n_epochs, inputs)
        assert_close(losses[0], ref.mf_loss_and_grad(R, mask, P0, Q0, reg)[0], what="losses[0]", inputs=inputs,
                     rtol=1e-10)
        rises = np.flatnonzero(np.diff(losses) > 1e-12 * losses[:-1])
        if rises.size:
            raise CheckFailed(f"the loss went up from epoch {rises[0]} to {rises[0] + 1} for {inputs}: gradient "
                              "descent with a small step never increases it.\nHint: step against the gradient "
                              "(P - lr · grad_P), with both gradients taken at the current point")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        R, mask, P0, Q0 = ratings_problem(rng, 60, 40, 3)
        speed.check(learner.matrix_factorization_gd, (R, mask, P0, Q0, 0.01, 0.1, 100), max_ratio=8,
                    inputs=describe(R=R, mask=mask, P0=P0, Q0=Q0, n_epochs=100),
                    hint="each epoch is a few matrix products (reuse mf_loss_and_grad); a loop over the "
                         "ratings inside the epoch loop is the usual cause")


# -- recommend ---------------------------------------------------------------------------------------------
def assert_items(actual, expected, what, inputs, hints=()):
    """Fail unless ``actual`` is exactly the integer index array ``expected`` (order matters)."""
    actual = as_array(actual, what)
    hint = next((text for candidate, text in hints
                 if actual.shape == np.shape(candidate) and np.array_equal(actual, candidate)), None)
    suffix = f"\nHint: {hint}" if hint else ""
    if actual.dtype.kind not in "iu":
        raise CheckFailed(f"{what} should be an array of integer item indices, but has dtype {actual.dtype} "
                          f"for {inputs}" + suffix)
    if actual.shape != expected.shape:
        raise CheckFailed(f"{what} should have shape {expected.shape} but has shape {actual.shape} for {inputs}"
                          + suffix)
    if not np.array_equal(actual, expected):
        first = int(np.flatnonzero(actual != expected)[0])
        raise CheckFailed(f"{what} is wrong for {inputs}: {int(np.sum(actual != expected))} of {actual.size} "
                          f"positions differ, the first at rank {first}" + suffix)


def recommend_hints(mask, P, Q, user, n):
    scores = Q @ P[user]
    unrated = np.flatnonzero(~mask[user])
    ascending = unrated[np.argsort(scores[unrated], kind="stable")]
    return [
        (np.argsort(-scores, kind="stable")[:n], "you recommended items the user already rated: only items with "
                                                 "mask[user, i] False are candidates"),
        (ascending[::-1][:n], "tied items come out highest index first: reversing an ascending sort reverses the "
                              "ties too. Sort -scores with np.argsort(..., kind=\"stable\") instead"),
        (ascending[:n], "these are the lowest-scored items: sort by descending score"),
    ]


def check_recommend(learner, mask, P, Q, user, n, inputs):
    result = learner.recommend(mask, P, Q, user, n)
    assert_items(result, ref.recommend(mask, P, Q, user, n), "the recommended item list", inputs,
                 recommend_hints(mask, P, Q, user, n))


def tie_problem(rng, n_users, n_items, k):
    """Integer-valued factors: scores are small exact integers, so many items tie."""
    P = rng.integers(-1, 2, size=(n_users, k)).astype(float)
    P[:, 0] = 1.0
    Q = rng.integers(-1, 2, size=(n_items, k)).astype(float)
    mask = rng.uniform(size=(n_users, n_items)) < 0.3
    return mask, P, Q


@pytest.mark.exercise("recommend", banned=FRAMEWORKS)
class TestRecommend:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns n integer item indices, leaves its inputs unchanged, raises ValueError for a bad user or n < 0"""
        _, mask, P, Q = ratings_problem(rng, 8, 12, 3)
        mask[2, ::2] = False  # user 2 has at least 6 unrated items
        args = (mask.copy(), P.copy(), Q.copy(), 2, 4)
        inputs = describe(mask=mask, P=P, Q=Q, user=2, n=4)
        items, after = learner.recommend.call_checking_inputs(*args)
        items = assert_shape(items, (4,), "the recommended items", inputs)
        if items.dtype.kind not in "iu":
            raise CheckFailed(f"the recommended items should be integer indices, but have dtype {items.dtype}"
                              "\nHint: return the item indices (from np.argsort), not the scores")
        assert_unchanged(args, after, ["mask", "P", "Q"])
        assert_learner_raises(lambda: learner.recommend(mask, P, Q, 8, 3), "ValueError", what="user = 8 of 8 users")
        assert_learner_raises(lambda: learner.recommend(mask, P, Q, 1, -1), "ValueError", what="n = -1")

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n_users", "n_items", "k", "n"), [(10, 30, 3, 5), (25, 14, 4, 3), (6, 60, 2, 12)],
                             ids=["10users-30items-n5", "25users-14items-n3", "6users-60items-n12"])
    def test_matches_reference(self, learner, rng, n_users, n_items, k, n):
        """matches the reference: the best-predicted unrated items, best first"""
        _, mask, P, Q = ratings_problem(rng, n_users, n_items, k, density=0.3)
        for user in rng.choice(n_users, size=3, replace=False):
            check_recommend(learner, mask, P, Q, int(user), n, describe(mask=mask, P=P, Q=Q, user=int(user), n=n))

    @pytest.mark.points(1)
    def test_ties(self, learner, rng):
        """ties in the predicted score go to the lowest item index first (the spec)"""
        mask, P, Q = tie_problem(rng, 5, 40, 3)
        for user in range(5):
            inputs = describe(mask=mask, P=P, Q=Q, user=user, n=15) + ", integer factors (many exact ties)"
            check_recommend(learner, mask, P, Q, user, 15, inputs)

    @pytest.mark.points(1)
    def test_corner_cases(self, learner, rng):
        """a user with no ratings gets recommendations; n beyond the unrated items returns them all (the spec)"""
        mask, P, Q = tie_problem(rng, 4, 12, 2)
        mask[1] = False   # user 1 has no ratings
        mask[2] = True    # user 2 rated everything
        mask[3] = True
        mask[3, [2, 5, 9]] = False  # user 3 has 3 unrated items
        for user, n, what in ((1, 5, "user 1 has no ratings"), (1, 12, "user 1 has no ratings, n = all items"),
                              (3, 7, "user 3 has only 3 unrated items"), (2, 4, "user 2 rated every item"),
                              (0, 0, "n = 0")):
            check_recommend(learner, mask, P, Q, user, n, describe(mask=mask, P=P, Q=Q, user=user, n=n) + f" ({what})")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as a vectorised implementation"""
        n_items, k = 40000, 8
        mask = rng.uniform(size=(3, n_items)) < 0.95  # most items rated: the sort is short, scoring is not
        P = rng.normal(size=(3, k))
        Q = rng.normal(size=(n_items, k))
        speed.check(learner.recommend, (mask, P, Q, 1, 10), max_ratio=8, inputs=describe(mask=mask, P=P, Q=Q, n=10),
                    hint="score every item with one product Q @ P[user], then sort once; a loop over items is "
                         "the usual cause")
