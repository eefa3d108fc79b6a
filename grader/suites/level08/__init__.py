"""Statistics: descriptive statistics, the bootstrap, estimation and hypothesis tests.

SciPy stays importable: the tests may use the t and chi-squared distributions' survival
functions (``scipy.stats.t.sf``, ``scipy.stats.chi2.sf``); the SciPy functions each exercise
rebuilds are banned per exercise with ``banned=``.
"""

# Learner code of this level may not import these packages at all.
BANNED_IMPORTS = ("sklearn", "torch", "jax", "tensorflow", "statsmodels", "pandas", "pingouin")
