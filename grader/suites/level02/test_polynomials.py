"""Hidden suite for exercises/level02/polynomials.py."""

import numpy as np
import pytest

from mlgrade.checks import CheckFailed, assert_learner_raises, assert_unchanged, describe
from mlgrade.reference.level02 import polynomials as ref
from mlgrade.suites.level02 import assert_close_entrywise, numbers

MODULE = "polynomials"
POLYVAL_BANS = ("numpy.polyval", "numpy.poly1d", "numpy.polynomial.polynomial.polyval",
                "numpy.polynomial.polynomial.Polynomial", "numpy.polynomial.Polynomial")
POLYMUL_BANS = ("numpy.convolve", "numpy.polymul", "numpy.poly1d", "numpy.polynomial.polynomial.polymul",
                "numpy.polynomial.polynomial.Polynomial", "numpy.polynomial.Polynomial")
VANDER_BANS = ("numpy.vander", "numpy.polynomial.polynomial.polyvander")


# -- horner ---------------------------------------------------------------------------------------------
def horner_scale(coeffs, x):
    """``Σ |c_k| |x|^(n-k)``: Horner's rounding error is at most about 2n·eps times this, whatever p(x) is."""
    return np.polyval(np.abs(coeffs), np.abs(np.asarray(x, dtype=float)))


def horner_hints(coeffs, x):
    """Results of known mistakes, as (candidate, hint) pairs."""
    with np.errstate(all="ignore"):
        return [
            (np.polyval(coeffs[::-1], x), "these are the coefficients read lowest degree first: coeffs[0] "
                                          "multiplies the highest power xⁿ (np.polyval's order)"),
            (np.polyval(coeffs, x) * x, "one multiplication by x too many: start from p = c0 and do "
                                        "p = p * x + c for c1 … cn (multiply, then add)"),
            (np.polyval(coeffs[:-1], x) if coeffs.size > 1 else None,
             "the constant term cn is missing: the loop must reach the last coefficient"),
            (np.polyval(coeffs[1:], x) if coeffs.size > 1 else None,
             "the leading coefficient c0 is missing: start from p = c0"),
        ]


def check_horner(actual, coeffs, x, expected, rtol=1e-12):
    inputs = describe(coeffs=coeffs, x=x)
    assert_close_entrywise(actual, expected, what="p(x)", inputs=inputs, rtol=rtol, scale=horner_scale(coeffs, x),
                           at=("x", x), hints=horner_hints(coeffs, x))


@pytest.mark.exercise("horner", banned=POLYVAL_BANS)
class TestHorner:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an array of x's shape and leaves coeffs and x unchanged"""
        coeffs, x = rng.normal(size=6), rng.uniform(-2, 2, size=(5, 4))
        args = (coeffs.copy(), x.copy())
        p, after = learner.horner.call_checking_inputs(*args)
        numbers(p, "p(x)", (5, 4), describe(coeffs=coeffs, x=x))
        assert_unchanged(args, after, ["coeffs", "x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("degree", "shape"), [(5, (40,)), (12, (6, 9)), (3, ())],
                             ids=["deg5-x40", "deg12-x6x9", "deg3-scalar-x"])
    def test_matches_reference(self, learner, rng, degree, shape):
        """matches the reference (relative to Σ|c_k||x|^k, Horner's error scale)"""
        coeffs = rng.normal(size=degree + 1)
        x = rng.uniform(-2, 2, size=shape) if shape else float(rng.uniform(-2, 2))
        check_horner(learner.horner(coeffs, x), coeffs, x, ref.horner(coeffs, x))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.polyval"""
        coeffs, x = rng.normal(size=9) * 10.0 ** rng.uniform(-2, 2, size=9), np.linspace(-3, 3, 101)
        check_horner(learner.horner(coeffs, x), coeffs, x, np.polyval(coeffs, x))

    @pytest.mark.points(1)
    def test_degree_30(self, learner, rng):
        """degree 30: random coefficients, and (x - 1)³⁰ expanded (values far below the rounding scale near 1)"""
        coeffs, x = rng.normal(size=31), rng.uniform(-1.5, 1.5, size=400)
        check_horner(learner.horner(coeffs, x), coeffs, x, np.polyval(coeffs, x))
        binomial = np.poly(np.ones(30))  # (x - 1)^30 = Σ C(30, k) (-1)^k x^(30-k)
        x = np.linspace(0.0, 2.0, 201)
        check_horner(learner.horner(binomial, x), binomial, x, np.polyval(binomial, x))

    @pytest.mark.points(1)
    def test_degree_zero(self, learner, rng):
        """a constant polynomial (one coefficient) gives an array of x's shape filled with it"""
        coeffs, x = np.array([4.25]), rng.uniform(-2, 2, size=(3, 5))
        p = learner.horner(coeffs, x)
        inputs = describe(coeffs=coeffs, x=x)
        numbers(p, "p(x)", (3, 5), inputs, shape_hints=[
            ((), "a constant polynomial still has one value per point: start from an array of x's shape, "
                 "e.g. p = np.full(np.shape(x), c0), not from the number c0"),
        ])
        check_horner(p, coeffs, x, np.full((3, 5), 4.25))

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as np.polyval (degree 30 on 20 000 points)"""
        coeffs, x = rng.normal(size=31), rng.uniform(-1.5, 1.5, size=20_000)
        speed.check(learner.horner, (coeffs, x), max_ratio=8, inputs=describe(coeffs=coeffs, x=x),
                    hint="Horner's rule is one multiply and one add per coefficient on the whole array x: "
                         "p = p * x + c. A power sum Σ c_k x^k calls pow for every term (many times slower), "
                         "and a loop over the entries of x is slower still")


# -- poly_mul -------------------------------------------------------------------------------------------
def strip(p):
    nonzero = np.flatnonzero(p)
    return p[nonzero[0]:] if nonzero.size else np.zeros(1)


def product_shape_hints(p, q):
    """Known wrong lengths of the product, as (shape, hint) pairs."""
    m, n = strip(p).size, strip(q).size
    zero = not strip(p).any() or not strip(q).any()
    hints = [((0,), "the zero polynomial is array([0.]), never an empty array")]
    if not zero:
        hints.append(((p.size + q.size - 1,), "leading zeros: [0, 1, 2] is x + 2, of degree 1. The product has "
                                              "deg p + deg q + 1 coefficients and no leading zeros"))
        hints.append(((m + n,), "one coefficient too many: degrees add, so factors with m and n coefficients "
                                "give a product with m + n - 1"))
        hints.append(((max(m, n),), "p * q multiplies coefficients pairwise; the product of polynomials is a "
                                    "convolution, r_k = Σ_{i+j=k} p_i q_j, with deg p + deg q + 1 coefficients"))
    return hints


def check_product(actual, p, q, expected, what="the product"):
    sp, sq = strip(p), strip(q)
    if not (sp.any() and sq.any()) and isinstance(actual, np.ndarray) and actual.ndim == 1 and actual.size > 1 \
            and actual.dtype.kind in "fiu" and not actual.any():
        raise CheckFailed(f"{what} should have shape (1,) but has shape {actual.shape} (for {describe(p=p, q=q)})"
                          "\nHint: the product is the zero polynomial: return array([0.]), not a row of zeros "
                          "(it has no leading coefficient to keep)")
    scale = np.convolve(np.abs(sp), np.abs(sq)) if sp.any() and sq.any() else np.zeros(1)
    assert_close_entrywise(actual, expected, what=what, inputs=describe(p=p, q=q), rtol=1e-10, scale=scale,
                           at=("index", np.arange(expected.size)), shape_hints=product_shape_hints(p, q), hints=[
                               (expected[::-1], "your coefficients come out lowest degree first; "
                                                "keep the highest degree first, like p and q"),
                           ])


def random_poly(rng, size):
    p = rng.normal(size=size)
    p[0] = np.sign(p[0]) * (0.5 + abs(p[0]))  # a clear leading coefficient
    return p


@pytest.mark.exercise("poly_mul", banned=POLYMUL_BANS)
class TestPolyMul:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns deg p + deg q + 1 coefficients and leaves p and q unchanged"""
        p, q = random_poly(rng, 5), random_poly(rng, 3)
        args = (p.copy(), q.copy())
        r, after = learner.poly_mul.call_checking_inputs(*args)
        numbers(r, "the product", (7,), describe(p=p, q=q), shape_hints=product_shape_hints(p, q))
        assert_unchanged(args, after, ["p", "q"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize("sizes", [(7, 4), (1, 9)], ids=["7x4", "1x9"])
    def test_matches_reference(self, learner, rng, sizes):
        """matches the reference (relative to the convolution of |p| and |q|)"""
        p, q = random_poly(rng, sizes[0]), random_poly(rng, sizes[1])
        check_product(learner.poly_mul(p, q), p, q, ref.poly_mul(p, q))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.polymul"""
        p, q = random_poly(rng, 9) * 100.0, random_poly(rng, 5) * 1e-3
        check_product(learner.poly_mul(p, q), p, q, np.polymul(p, q))

    @pytest.mark.points(1)
    def test_zero_polynomial(self, learner, rng):
        """anything times the zero polynomial is the zero polynomial, array([0.])"""
        q = random_poly(rng, 4)
        for p, other in ((np.zeros(1), np.zeros(1)), (np.zeros(1), q), (q, np.zeros(3))):
            check_product(learner.poly_mul(p, other), p, other, np.zeros(1))

    @pytest.mark.points(1)
    def test_leading_zeros(self, learner, rng):
        """leading zeros of p and q are ignored, and the product has none"""
        p = np.concatenate([np.zeros(2), random_poly(rng, 3)])
        q = np.concatenate([np.zeros(1), random_poly(rng, 4)])
        check_product(learner.poly_mul(p, q), p, q, np.polymul(strip(p), strip(q)))

    @pytest.mark.points(1)
    def test_empty(self, learner, rng):
        """raises ValueError for an empty coefficient array"""
        q = random_poly(rng, 3)
        assert_learner_raises(lambda: learner.poly_mul(np.zeros(0), q), "ValueError", what="p = [] (empty)")
        assert_learner_raises(lambda: learner.poly_mul(q, np.zeros(0)), "ValueError", what="q = [] (empty)")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as one vectorised update per coefficient (700 × 450 coefficients)"""
        p, q = random_poly(rng, 700), random_poly(rng, 450)
        speed.check(learner.poly_mul, (p, q), max_ratio=10, inputs=describe(p=p, q=q),
                    hint="a double loop over (i, j) does m·n scalar steps; loop over the coefficients of one "
                         "factor and add p_i * q (a whole array) into the slice r[i : i + len(q)]")


# -- vandermonde ----------------------------------------------------------------------------------------
def vander_shape_hints(n, degree):
    return [
        ((n, degree), "degree + 1 columns: x⁰, x¹, …, x^degree (range(degree + 1) has degree + 1 powers)"),
        ((n,), "V is a matrix with one column per power: for degree 0 that is shape (n, 1), a column of ones"),
        ((degree + 1, n), "that is the transpose: one row per point, one column per power"),
    ]


def check_vandermonde(actual, x, degree, expected):
    inputs = describe(x=x, degree=degree)
    assert_close_entrywise(actual, expected, what="V", inputs=inputs, rtol=1e-13, at=("x", x[:, None]),
                           shape_hints=vander_shape_hints(x.size, degree), hints=[
                               (expected[:, ::-1], "your columns go from x^degree down to x⁰ (np.vander's "
                                                   "default order); here column j is x**j, increasing"),
                           ])


@pytest.mark.exercise("vandermonde", banned=VANDER_BANS)
class TestVandermonde:
    @pytest.mark.points(1)
    def test_shape_and_inputs(self, learner, rng):
        """returns an (n, degree + 1) array and leaves x unchanged"""
        x = rng.uniform(-2, 2, size=6)
        V, (x_after, _) = learner.vandermonde.call_checking_inputs(x.copy(), 3)
        numbers(V, "V", (6, 4), describe(x=x, degree=3), shape_hints=vander_shape_hints(6, 3))
        assert_unchanged((x,), (x_after,), ["x"])

    @pytest.mark.points(1)
    @pytest.mark.parametrize(("n", "degree"), [(30, 4), (5, 9)], ids=["30pts-deg4", "5pts-deg9"])
    def test_matches_reference(self, learner, rng, n, degree):
        """matches the reference, entry by entry"""
        x = rng.uniform(-3, 3, size=n)
        check_vandermonde(learner.vandermonde(x, degree), x, degree, ref.vandermonde(x, degree))

    @pytest.mark.points(1)
    def test_matches_numpy(self, learner, rng):
        """agrees with np.vander(x, degree + 1, increasing=True), also at x = 0 and x < 0"""
        x = np.concatenate([rng.normal(size=20) * 10.0 ** rng.uniform(-3, 1, size=20), [0.0, -1.0, 1.0]])
        check_vandermonde(learner.vandermonde(x, 6), x, 6, np.vander(x, 7, increasing=True))

    @pytest.mark.points(1)
    def test_degree_zero(self, learner, rng):
        """degree 0 gives a single column of ones (x⁰ = 1, also for x = 0)"""
        x = np.concatenate([rng.normal(size=7), [0.0]])
        check_vandermonde(learner.vandermonde(x, 0), x, 0, np.ones((8, 1)))

    @pytest.mark.points(1)
    def test_negative_degree(self, learner, rng):
        """raises ValueError for a negative degree"""
        x = rng.normal(size=4)
        assert_learner_raises(lambda: learner.vandermonde(x, -1), "ValueError", what="degree = -1")

    @pytest.mark.points(1)
    @pytest.mark.speed
    def test_speed(self, learner, speed, rng):
        """as fast as np.vander (20 000 points, degree 6)"""
        x = rng.uniform(-2, 2, size=20_000)
        speed.check(learner.vandermonde, (x, 6), max_ratio=10, inputs=describe(x=x, degree=6),
                    hint="fill whole columns (each the previous one times x) or broadcast "
                         "x[:, None] ** np.arange(degree + 1); a loop over the points is the usual cause")
