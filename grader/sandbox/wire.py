"""Framing and decoding of the messages between the judge and a sandbox worker.

Replies come from an untrusted process, so they are decoded with an unpickler that
only rebuilds plain data: builtins, NumPy dtypes, numeric arrays and scalars.
"""

import io
import pickle
import struct

import numpy as np

HEADER = struct.Struct("!Q")
MAX_REPLY_BYTES = 512 * 1024 * 1024


class WireError(Exception):
    """A reply that is not well-formed data (too large, or of a forbidden kind)."""


def _frombuffer(buffer, dtype, shape, order):
    dtype = np.dtype(dtype)
    if dtype.hasobject:
        raise WireError("arrays of Python objects cannot cross the sandbox boundary")
    from numpy._core.numeric import _frombuffer as rebuild

    return rebuild(buffer, dtype, shape, order)


def _scalar(dtype, *state):
    if np.dtype(dtype).hasobject:
        raise WireError("Python objects cannot cross the sandbox boundary")
    from numpy._core.multiarray import scalar

    return scalar(dtype, *state)


class DataUnpickler(pickle.Unpickler):
    """Rebuild only plain data; every other global is refused."""

    ALLOWED = {
        ("numpy._core.numeric", "_frombuffer"): _frombuffer,
        ("numpy._core.multiarray", "scalar"): _scalar,
        ("numpy", "dtype"): np.dtype,
        ("builtins", "complex"): complex,
    }

    def find_class(self, module, name):
        try:
            return self.ALLOWED[module, name]
        except KeyError:
            raise WireError(f"refused to rebuild {module}.{name}") from None


def encode(message):
    payload = pickle.dumps(message, protocol=5)
    return HEADER.pack(len(payload)) + payload


def decode(payload):
    try:
        return DataUnpickler(io.BytesIO(payload)).load()
    except WireError:
        raise
    except Exception as error:  # malformed bytes of any kind
        raise WireError(f"malformed reply: {type(error).__name__}: {error}") from None
