"""mlgrade: a course kit and autograder for the mathematics of machine learning."""
