"""Replies from a worker are decoded as plain data only: no code runs in the judge."""

import os
import pickle

import numpy as np
import pytest

from mlgrade.sandbox.wire import WireError, decode, encode


class RunsCode:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def test_round_trip_of_plain_data():
    message = ("result", (np.arange(6.0).reshape(2, 3), np.float64(1.5), [1, "a", None], {"k": 2j}), None)
    decoded = decode(encode(message)[8:])
    assert np.array_equal(decoded[1][0], message[1][0]) and decoded[1][1:] == message[1][1:]


@pytest.mark.parametrize("payload", [
    pickle.dumps(RunsCode()),
    pickle.dumps(np.array([object()], dtype=object)),
    pickle.dumps(np.ma.masked_array([1.0])),
    b"\x80\x05garbage",
])
def test_anything_else_is_refused(payload):
    with pytest.raises(WireError):
        decode(payload)
