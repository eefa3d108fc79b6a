"""Hidden suites, one package per level (``levelNN``), one ``test_<module>.py`` per learner module."""
