"""The suite helpers measure errors safely and word failures for learners."""

import numpy as np
import pytest

from mlgrade.checks import CheckFailed, assert_close, assert_shape, relative_error


def test_relative_error_is_normwise_and_symmetric():
    assert relative_error([1.0, 2.0], [1.0, 2.2]) == pytest.approx(0.2 / 4.2)
    assert relative_error([3.0], [3.0]) == 0.0 and relative_error([], []) == 0.0


@pytest.mark.filterwarnings("error")
def test_relative_error_near_the_largest_float_does_not_overflow():
    huge = np.finfo(float).max
    assert relative_error([huge], [huge]) == 0.0
    assert relative_error([huge], [-huge]) == pytest.approx(1.0)


def test_mismatch_names_input_and_hint_but_not_the_expected_values():
    expected = np.array([[2.0, 4.0], [4.0, 8.0]])
    with pytest.raises(CheckFailed) as failure:
        assert_close(expected / 2, expected, what="the covariance", inputs="X of shape (2, 2)",
                     hints=[(expected / 2, "you divided by n")])
    message = str(failure.value)
    assert "X of shape (2, 2)" in message and "Hint: you divided by n" in message and "8.0" not in message


def test_transposed_shape_gets_a_hint():
    with pytest.raises(CheckFailed, match="transpose"):
        assert_shape(np.zeros((3, 2)), (2, 3), "Z")
