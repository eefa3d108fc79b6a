"""Reference implementations for level 9 (optimisation): oracles and speed baselines."""
