"""Advanced topics: attention, positional encodings, k-means, Gaussian mixtures by EM, matrix-factorisation recommenders."""

# Learner code of this level may not import these packages at all.
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd")
