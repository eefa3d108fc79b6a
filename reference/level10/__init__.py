"""Reference implementations for level 10 (information theory): oracles and speed baselines."""
