"""Learner stubs, shipped as files and always loaded by path (never imported)."""
