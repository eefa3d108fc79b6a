"""Arithmetic and numbers (floating point bites back): bases, IEEE-754 bits, ulps, sums, scaling."""

# Learner code of this level may not import these packages at all (NumPy and the standard library only).
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd", "mpmath", "gmpy2")
