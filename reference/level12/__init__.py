"""Reference implementations for level 12 (numerical methods)."""
