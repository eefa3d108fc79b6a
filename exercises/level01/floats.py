"""Level 1 — floating point bites back: the bits of a float, ulps, closeness, compensated sums.

A float64 (IEEE-754 double) is 64 bits: 1 sign bit ``s``, an 11-bit exponent field ``E``
and a 52-bit mantissa (fraction) field ``m``. For a *normal* number (``1 <= E <= 2046``)

.. math:: x = (-1)^s \\cdot \\left(1 + \\frac{m}{2^{52}}\\right) \\cdot 2^{E - 1023}

— the leading 1 is implicit (not stored) and 1023 is the exponent *bias*. ``E = 0``
holds zero (``+0.0`` and ``-0.0``, which differ only in ``s``) and the *subnormal*
numbers below ``2.2e-308``, with no implicit 1: ``x = (-1)^s (m / 2^{52}) 2^{-1022}``.
``E = 2047`` holds ``inf`` (``m = 0``) and NaN (``m != 0``).

So floats are not the real line: between 1 and 2 there are exactly 2**52 of them, evenly
spaced by ``2**-52``; between 2 and 4 just as many, twice as far apart. Every operation
rounds its exact result to the nearest float (an error of at most half a spacing, a
relative ``2**-53 ≈ 1.1e-16``), and those roundings add up: ``0.1 + 0.2 != 0.3``.

The tool for reading the bits is ``x.view(np.uint64)`` (or ``np.int64``): the same 8
bytes, read as an integer, without any conversion. Then ``>>`` (shift right), ``&``
(bitwise and) and ``|`` take the fields apart. Everything here but the sum works on
whole arrays at once.

Rules for this module: NumPy and the standard library. Banned, because they are the
exercise: ``math.frexp`` and ``np.frexp`` in :func:`float_parts`; ``np.isclose``,
``np.allclose`` and ``math.isclose`` in :func:`isclose`; ``np.sum``, ``np.nansum``, any
``.sum()`` method, the built-in ``sum()``, ``math.fsum``, ``math.sumprod`` and the
``fractions``, ``decimal`` and ``statistics`` modules in :func:`kahan_sum`.
Floating-point warnings (overflow, invalid value, division by zero) count as errors.
Never modify the arguments. Run ``mlgrade level01 floats`` to grade this file.
"""

import numpy as np


def float_parts(x):
    """Split each float64 into its three IEEE-754 bit fields.

    The 64 bits of a float64, from the most significant:

    ======  =========================  ==========================================
    bit 63  bits 62 … 52 (11 bits)     bits 51 … 0 (52 bits)
    sign    exponent field ``E``       mantissa field ``m``
    ======  =========================  ==========================================

    .. math:: x = (-1)^{\\text{sign}} \\cdot \\left(1 + \\frac{m}{2^{52}}\\right) \\cdot 2^{E - 1023}
              \\quad (1 \\le E \\le 2046)

    In words: the sign bit says whether ``x`` is negative, ``E`` (biased by 1023) says
    which power of two ``x`` lies in, and ``m`` says where ``x`` sits between that power
    and the next. ``E = 0`` means zero or subnormal (no implicit leading 1),
    ``E = 2047`` means inf (``m = 0``) or NaN (``m != 0``).

    Parameters
    ----------
    x : float or ndarray of float64, any shape
        The numbers. Zeros, subnormals, infinities and NaNs are all allowed.

    Returns
    -------
    sign : ndarray of int64, shape of x
        The sign bit: 0 for positive (and ``+0.0``), 1 for negative (and ``-0.0``).
    exponent : ndarray of int64, shape of x
        The stored (biased) exponent field ``E``, from 0 to 2047 — not ``E - 1023``.
    mantissa : ndarray of int64, shape of x
        The stored fraction field ``m``, from 0 to ``2**52 - 1`` — without the implicit
        leading 1.

    For a float ``x`` each part may be a 0-d array (or an int).

    Notes
    -----
    Banned: ``math.frexp`` and ``np.frexp``. They return a *normalised* fraction and
    exponent, which is not what is stored (subnormals come out wrong), and the point is
    to read the bits yourself.

    Use ``np.asarray(x, dtype=np.float64).view(np.uint64)``: one integer per float with
    the same bits. Then ``bits >> 63`` is the sign, ``(bits >> 52) & 0x7FF`` the
    exponent and ``bits & (2**52 - 1)`` the mantissa. Comparisons cannot do this: ``-0.0
    < 0`` is False, and logarithms fail on 0, subnormals, inf and NaN. Work on the whole
    array; a Python loop over elements (``struct`` per float) is far too slow.

    Examples
    --------
    >>> float_parts(np.array([1.0, -2.5, 0.0]))
    (array([0, 1, 0]), array([1023, 1024,    0]), array([               0, 1125899906842624,                0]))

    (``-2.5 = -1.25 · 2**1``: sign 1, ``E = 1 + 1023``, ``m = 0.25 · 2**52``.)
    """
    raise NotImplementedError


def ulp_distance(a, b):
    """Count how many float64 values separate ``a`` and ``b`` (the distance in ulps).

    An *ulp* (unit in the last place) is the gap between a float and the next one. Number
    every float by its position on the line of all float64 values, with ``+0.0`` and
    ``-0.0`` both at position 0; the distance is

    .. math:: d(a, b) = |\\operatorname{pos}(a) - \\operatorname{pos}(b)|

    In words: how many times you must apply ``np.nextafter`` to walk from ``a`` to ``b``.
    It is 0 when ``a == b``, 1 for neighbours, and it measures error in a scale-free way:
    "off by 3 ulps" means the same at 1e-300 and at 1e300.

    The positions come from the bits: for ``x >= 0`` the bit pattern read as an integer
    (``x.view(np.int64)``) already grows with ``x`` — the exponent sits above the mantissa,
    so the next float up is always the next integer. A negative float has the pattern of
    ``|x|`` with the sign bit set, so its position is ``-pos(|x|)``.

    Parameters
    ----------
    a, b : float or ndarray of float64
        Same shape, or shapes that broadcast (``b`` may be a single float). Any float but
        NaN; ``±inf`` is one step past the largest float.

    Returns
    -------
    distance : ndarray of int64, the broadcast shape of a and b
        Non-negative counts (a 0-d array for two floats).

    Raises
    ------
    ValueError
        If ``a`` or ``b`` contains NaN (it has no position on the line).

    Notes
    -----
    Positions reach ``±0x7FF0000000000000`` (about 9.2e18, for ``±inf``). For numbers of
    the same sign the distance always fits in int64. For *opposite* signs it is
    ``pos(|a|) + pos(|b|)``, which overflows int64 once the magnitudes are large (both above
    2, say, or one near 1e300); you need not handle that: opposite signs are only asked
    with ``|a|, |b| < 2``.

    ``|a - b| / np.spacing(b)`` is only right while ``a`` and ``b`` lie between the same
    two powers of two: the spacing doubles at each one. Subtracting raw bit patterns is
    only right when ``a`` and ``b`` have the same sign. No loops: this is a few
    whole-array operations (``view``, ``&``, ``np.where``, ``np.abs``).

    Examples
    --------
    >>> int(ulp_distance(1.0, np.nextafter(1.0, 2.0)))
    1
    >>> ulp_distance(np.array([0.0, -5e-324, 2.0]), np.array([-0.0, 5e-324, 4.0]))
    array([               0,                2, 4503599627370496])
    """
    raise NotImplementedError


def isclose(a, b, rtol=1e-05, atol=1e-08):
    """Elementwise "is ``a`` close to ``b``?", by NumPy's rule.

    .. math:: |a - b| \\le \\text{atol} + \\text{rtol} \\cdot |b|

    In words: the allowed difference is an absolute part ``atol`` (for numbers near 0)
    plus a part relative to the size of ``b`` (``rtol = 1e-5`` means "5 significant
    digits agree"). The rule is NumPy's: ``b`` is the reference value, so it is not
    symmetric (``math.isclose`` uses ``max(rtol · max(|a|, |b|), atol)`` instead). The bound
    is inclusive (``<=``).

    Special values: an infinity is close only to the same infinity (``inf`` to ``inf``,
    ``-inf`` to ``-inf``); NaN is close to nothing, not even to NaN.

    Parameters
    ----------
    a, b : float or ndarray of float64
        Same shape, or shapes that broadcast.
    rtol : float, default 1e-5
        Relative tolerance, ``>= 0``.
    atol : float, default 1e-8
        Absolute tolerance, ``>= 0``. With ``atol = 0``, only 0 itself is close to 0.

    Returns
    -------
    close : ndarray of bool, the broadcast shape of a and b
        (For two floats a 0-d array or a NumPy bool.)

    Raises
    ------
    ValueError
        If ``rtol`` or ``atol`` is negative.

    Notes
    -----
    Banned: ``np.isclose``, ``np.allclose`` and ``math.isclose`` (the point is to build it).

    Infinities are where the formula breaks: with ``b = inf`` the bound ``rtol · |b|`` is
    inf, so every finite ``a`` would pass; and ``inf - inf`` is NaN, with an "invalid
    value" warning (an error here). Compute ``|a - b|`` only from finite values (e.g.
    replace the others by 0 with ``np.where`` first) and decide the rest with ``a == b``.
    Work on whole arrays: no Python loops.

    Examples
    --------
    >>> isclose(np.array([1.0, 1.0, 0.0, np.inf]), np.array([1.00001, 1.001, 1e-9, np.inf]))
    array([ True, False,  True,  True])
    >>> isclose(np.array([1e-20]), np.array([0.0]), atol=0.0)
    array([False])
    """
    raise NotImplementedError


def kahan_sum(x):
    """Sum a 1-D array with compensated (Kahan–Babuška–Neumaier) summation.

    Each addition ``t = s + x_i`` rounds, and its exact rounding error is itself a float
    that two more operations recover:

    .. math:: e = \\begin{cases} (s - t) + x_i & |s| \\ge |x_i| \\\\ (x_i - t) + s & \\text{otherwise} \\end{cases}
              \\qquad s + x_i = t + e \\text{ exactly}

    In words: keep a running total ``s`` *and* a running compensation ``c``; after each
    addition, put what the rounding threw away into ``c`` (``c += e``); at the end return
    ``s + c``. The result is as accurate as summing in twice the precision: within about
    one rounding of the exact sum, however many terms and however much they cancel.

    Classic Kahan summation (``y = x_i - c; t = s + y; c = (t - s) - y; s = t``) only
    recovers the low bits of the *new term*; when a term is larger than the total so far,
    the bits that fall off belong to the total, and it fails: it returns 0 for
    ``[1e16, 1, -1e16]``. Neumaier's version above compares magnitudes and gets 1.

    Parameters
    ----------
    x : ndarray of float64 of shape (n,)
        The terms (``n`` may be 0). All finite.

    Returns
    -------
    total : float
        The compensated sum; ``0.0`` for an empty array.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D.

    Notes
    -----
    Banned: ``np.sum``, ``np.nansum``, the ``.sum()`` method, the built-in ``sum()``
    (compensated itself since Python 3.12), ``math.fsum``, ``math.sumprod``, and the
    ``fractions``, ``decimal`` and ``statistics`` modules — the point is to write the
    compensation. (``np.sum`` uses pairwise summation, better than a running sum but not
    compensated.)

    The loop is sequential by nature, so a Python loop is fine here. It is much faster
    over Python floats (``for v in x.tolist()``) than over NumPy scalars (``for v in x``).
    A plain running sum of ``0.1`` a million times gives ``100000.00000133288``; the
    compensated sum gives ``100000.0``.

    Examples
    --------
    >>> kahan_sum(np.array([1e16, 1.0, -1e16]))
    1.0
    >>> kahan_sum(np.full(10, 0.1))
    1.0
    """
    raise NotImplementedError
