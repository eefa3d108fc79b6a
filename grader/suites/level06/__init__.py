"""Calculus: numerical derivatives, gradients and Hessians, gradient descent, numerical integration."""

# Learner code of this level may not import these packages at all (no exercise needs SciPy;
# scipy.integrate would hand over the integration exercises).
BANNED_IMPORTS = ("scipy", "sklearn", "torch", "jax", "tensorflow", "autograd")
