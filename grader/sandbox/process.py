"""A sandbox worker process seen from the judge: start, request with a deadline, kill.

The worker runs ``worker.py`` under ``python -I`` in its own session, with a memory
cap (RLIMIT_AS), an output cap (RLIMIT_FSIZE on its stdout/stderr file) and BLAS
pinned to one thread so that timings are comparable. The judge enforces the wall
timeout: it waits on the pipe and kills the whole process group when time is up.
"""

import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from mlgrade.sandbox.wire import HEADER, MAX_REPLY_BYTES, WireError, decode, encode

WORKER_SCRIPT = Path(__file__).with_name("worker.py")
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


@dataclass(frozen=True)
class Limits:
    """Resource limits for one worker."""

    memory_bytes: int = 3 * 1024**3
    output_bytes: int = 8 * 1024**2
    start_timeout_s: float = 20.0


@dataclass(frozen=True)
class WorkerSpec:
    """Everything needed to (re)start a worker on one module file."""

    path: Path
    api_bans: dict = field(default_factory=dict)  # function name -> tuple of dotted APIs
    banned_imports: tuple = ()
    limits: Limits = Limits()


class WorkerTimeout(Exception):
    """No reply before the deadline; the worker has been killed."""


class WorkerDied(Exception):
    """The worker process ended (or sent garbage); ``str`` says how, for a learner."""


def describe_exit(returncode, limits):
    if returncode is None:
        return "the worker process stopped answering"
    if returncode < 0:
        number = -returncode
        if number == signal.SIGXFSZ:
            return f"your code printed more than {limits.output_bytes // 1024**2} MiB of output (the output limit)"
        if number == signal.SIGKILL:
            return "the process was killed (SIGKILL), probably for using too much memory"
        if number == signal.SIGSEGV:
            return "the process crashed with a segmentation fault"
        return f"the process was killed by signal {signal.Signals(number).name}"
    return f"the process exited with code {returncode} (sys.exit or os._exit in your code?)"


class WorkerProcess:
    """One running worker; not thread-safe (one request at a time)."""

    def __init__(self, spec):
        self.spec = spec
        self.process = None
        self.output = None
        self.load_reply = None

    # -- lifecycle ---------------------------------------------------------------
    def start(self):
        """Start the worker and load the module; return the worker's load reply."""
        request_read, self.request_write = os.pipe()
        self.reply_read, reply_write = os.pipe()
        self.output = tempfile.TemporaryFile()
        self.workdir = tempfile.TemporaryDirectory(prefix="mlgrade-worker-")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.workdir.name,
            "LANG": "C.UTF-8",
            # A fixed glibc malloc policy: arrays up to 32 MiB come from the heap and freed memory is
            # kept, so a timed call does not page-fault fresh memory in on every repeat, and timings do
            # not depend on each worker's allocation history (glibc's adaptive mmap threshold).
            "MALLOC_MMAP_THRESHOLD_": str(32 * 1024 * 1024),
            "MALLOC_TRIM_THRESHOLD_": str(1024 * 1024 * 1024),
            **{name: "1" for name in THREAD_VARIABLES},
        }
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-B", str(WORKER_SCRIPT), str(request_read), str(reply_write)],
            pass_fds=(request_read, reply_write),
            stdin=subprocess.DEVNULL,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            cwd=self.workdir.name,
            env=env,
            start_new_session=True,
        )
        os.close(request_read)
        os.close(reply_write)
        os.set_blocking(self.request_write, False)
        config = {
            "path": str(self.spec.path),
            "api_bans": {name: tuple(apis) for name, apis in self.spec.api_bans.items()},
            "banned_imports": tuple(self.spec.banned_imports),
            "memory_bytes": self.spec.limits.memory_bytes,
            "output_bytes": self.spec.limits.output_bytes,
        }
        self.load_reply = self._exchange(("load", config), self.spec.limits.start_timeout_s)
        return self.load_reply

    @property
    def alive(self):
        return self.process is not None and self.process.poll() is None

    def kill(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait()
        for fd in (self.request_write, self.reply_read):
            try:
                os.close(fd)
            except OSError:
                pass
        self.output.close()
        self.workdir.cleanup()
        self.process = None

    close = kill

    # -- requests ----------------------------------------------------------------
    def request(self, function, args, kwargs, options, timeout):
        """Run one call in the worker; return its reply tuple.

        Raises
        ------
        WorkerTimeout
            No reply within ``timeout`` seconds (the worker is killed).
        WorkerDied
            The worker ended or replied with something that is not data.
        """
        return self._exchange(("call", function, args, kwargs, options), timeout)

    def _exchange(self, message, timeout):
        deadline = time.monotonic() + timeout
        try:
            self._write(encode(message), deadline)
            header = self._read(HEADER.size, deadline)
            (size,) = HEADER.unpack(header)
            if size > MAX_REPLY_BYTES:
                raise WireError(f"the result is larger than {MAX_REPLY_BYTES // 1024**2} MiB")
            return decode(self._read(size, deadline))
        except TimeoutError:
            self.kill()
            raise WorkerTimeout(timeout) from None
        except (EOFError, BrokenPipeError):
            returncode = self.process.wait(timeout=5)
            description = describe_exit(returncode, self.spec.limits)
            self.kill()
            raise WorkerDied(description) from None
        except WireError as error:
            self.kill()
            raise WorkerDied(str(error)) from None

    def _write(self, data, deadline):
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            _, writable, _ = select.select([], [self.request_write], [], remaining)
            if writable:
                try:
                    view = view[os.write(self.request_write, view[: 1 << 16]) :]
                except BlockingIOError:
                    continue

    def _read(self, size, deadline):
        chunks = []
        while size:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            readable, _, _ = select.select([self.reply_read], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(self.reply_read, min(size, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)
