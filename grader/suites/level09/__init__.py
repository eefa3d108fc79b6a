"""Optimisation: losses and gradients, optimisers, schedules, mini-batch SGD, proximal steps, KKT systems."""

# Learner code of this level may not import these packages at all. SciPy stays allowed (e.g.
# scipy.special), with its optimisers and eigen solvers banned per exercise.
BANNED_IMPORTS = ("sklearn", "torch", "jax", "tensorflow", "autograd")
