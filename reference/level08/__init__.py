"""Reference implementations of level 8 (statistics): the oracles and the speed baselines."""
