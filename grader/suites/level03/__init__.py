"""Functions: activations, piecewise functions, composition, inverses and functions on grids."""

# Learner code of this level may not import these packages at all. SciPy is out too: no exercise
# of this level needs it, and its expit / optimize are what the exercises build.
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd")
