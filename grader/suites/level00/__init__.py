"""Foundations: notation (Σ, Π, argmax), sets and logic."""

# Learner code of this level may not import these packages at all.
BANNED_IMPORTS = ("sklearn", "scipy", "torch", "jax", "tensorflow", "autograd")
