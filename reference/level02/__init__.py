"""Reference implementations for level 2 (algebra): the oracles and speed baselines."""
