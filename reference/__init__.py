"""The optimised reference implementations (the oracle and the speed baseline)."""
