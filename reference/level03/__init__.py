"""Reference implementations of level 3 (functions): the oracles and speed baselines."""
