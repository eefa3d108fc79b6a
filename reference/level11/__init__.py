"""Reference implementations for level 11 (graph theory): oracles and speed baselines."""
