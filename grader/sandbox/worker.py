"""The sandbox worker: runs learner code in its own process.

This file is executed as a script (``python -I worker.py REQ_FD RESP_FD``) and
imports only the standard library and NumPy, never ``mlgrade``: the judge that
holds the hidden tests, the reference and the verdict lives in another process.

Protocol (length-prefixed pickles over two pipes):

judge -> worker
    ``("load", config)`` once, then ``("call", function, args, kwargs, options)``.
    Timed requests may keep their arguments (option ``keep_args``) and later ones
    reuse them (``reuse_args``, with ``None`` sent for the arguments).
worker -> judge
    ``("ready",)`` or ``("load_failed", kind, message, where)`` after the load;
    for a call one of ``("result", value, args_after)``, ``("timed", repeat)``,
    ``("raised", mro_names, message, where)``, ``("forbidden", api, where)``,
    ``("not_implemented", where)``, ``("missing", function)``,
    ``("bad_result", message)``.

The judge only trusts what crosses as data; nothing the learner does here can
change how it compares results.
"""

import errno
import importlib.abc
import importlib.util
import io
import os
import pickle
import resource
import signal
import struct
import sys
import traceback
import types
import warnings

import numpy as np

HEADER = struct.Struct("!Q")
CALLABLES_PACKAGE = "mlgrade.sandbox.callables"


class ForbiddenAPI(Exception):
    """Raised inside the worker when learner code reaches a banned API."""

    def __init__(self, api):
        super().__init__(api)
        self.api = api


class ForbiddenImport(ImportError):
    """Raised when learner code imports a package this level does not allow."""

    def __init__(self, name):
        super().__init__(f"importing {name} is not allowed here")
        self.api = name


class ImportBlocker(importlib.abc.MetaPathFinder):
    """Refuse imports of whole packages (``sklearn``, ``scipy``, ``mlgrade`` …)."""

    def __init__(self, packages):
        self.packages = frozenset(packages)

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in self.packages:
            raise ForbiddenImport(fullname.partition(".")[0])
        return None


class BanState:
    """Which dotted APIs are banned during the call that is running now."""

    def __init__(self):
        self.active = frozenset()


def resolve(dotted):
    """Return ``(parent, attribute, object)`` for a dotted path like ``numpy.linalg.pinv``."""
    parts = dotted.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            parent = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        obj = parent
        for name in parts[cut:-1]:
            obj = getattr(obj, name)
        return obj, parts[-1], getattr(obj, parts[-1])
    raise LookupError(dotted)


def install_guards(apis, state):
    """Replace each banned callable by a guard that raises while it is active."""
    for api in sorted(set(apis)):
        try:
            parent, name, original = resolve(api)
        except (LookupError, AttributeError, ImportError):
            continue
        if isinstance(original, (types.ModuleType, type)) or not callable(original):
            continue  # modules and classes are banned statically only: a guard would break their use

        def guard(*args, __api=api, __original=original, **kwargs):
            if __api in state.active:
                raise ForbiddenAPI(__api)
            return __original(*args, **kwargs)

        guard.__name__ = getattr(original, "__name__", name)
        guard.__doc__ = getattr(original, "__doc__", None)
        try:
            setattr(parent, name, guard)
        except (TypeError, AttributeError):
            continue  # e.g. a method of a built-in type: banned statically only ("method:NAME")
        # Also patch every other loaded module of the package that holds the same object
        # (NumPy defines its functions in private modules and re-exports them).
        root = api.partition(".")[0] + "."
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith(root) and module is not parent:
                if getattr(module, name, None) is original:
                    setattr(module, name, guard)


class SandboxUnpickler(pickle.Unpickler):
    """Unpickle judge requests; judge callables come from local copies of their modules."""

    def __init__(self, file, callables):
        super().__init__(file)
        self.callables = callables

    def find_class(self, module, name):
        if module.startswith(CALLABLES_PACKAGE + "."):
            return getattr(self.callables.module(module.rpartition(".")[2]), name)
        return super().find_class(module, name)


class CallableModules:
    """The NumPy-only modules of ``mlgrade/sandbox/callables/``, loaded by path on first use."""

    def __init__(self, folder):
        self.folder = folder
        self.loaded = {}

    def module(self, name):
        if name not in self.loaded:
            path = os.path.join(self.folder, os.path.basename(name) + ".py")
            self.loaded[name] = load_by_path(f"mlgrade_sandbox_callables_{name}", path)
        return self.loaded[name]


def load_by_path(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class Channel:
    """Length-prefixed pickles over two raw file descriptors."""

    def __init__(self, read_fd, write_fd, callables):
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.callables = callables

    def _read_exact(self, size):
        chunks = []
        while size:
            chunk = os.read(self.read_fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def receive(self):
        (size,) = HEADER.unpack(self._read_exact(HEADER.size))
        return SandboxUnpickler(io.BytesIO(self._read_exact(size)), self.callables).load()

    def send(self, message):
        payload = pickle.dumps(message, protocol=5)
        view = memoryview(HEADER.pack(len(payload)) + payload)
        while view:
            written = os.write(self.write_fd, view)
            view = view[written:]


PLAIN_TYPES = (type(None), bool, int, float, complex, str)


def describe_unsupported(value, depth=0):
    """Return why ``value`` cannot cross back to the judge, or ``None`` if it can."""
    if depth > 20:
        return "a result nested more than 20 levels deep"
    if type(value) in PLAIN_TYPES:
        return None
    if type(value) is np.ndarray:
        if value.dtype.hasobject:
            return "an array of dtype object; return numbers, e.g. np.asarray(result, dtype=float)"
        return None
    if isinstance(value, np.generic) and not isinstance(value, np.object_):
        return None
    if type(value) in (list, tuple):
        for item in value:
            problem = describe_unsupported(item, depth + 1)
            if problem:
                return problem
        return None
    if type(value) is dict:
        for key, item in value.items():
            problem = describe_unsupported(key, depth + 1) or describe_unsupported(item, depth + 1)
            if problem:
                return problem
        return None
    kind = type(value)
    return f"a {kind.__module__}.{kind.__qualname__}; return NumPy arrays, numbers, tuples or lists"


def contiguous(value):
    """Copy non-contiguous arrays (views, transposes) so they pickle as plain buffers."""
    if type(value) is np.ndarray:
        return value if value.flags.c_contiguous else np.ascontiguousarray(value)
    if type(value) in (list, tuple):
        return type(value)(contiguous(item) for item in value)
    if type(value) is dict:
        return {key: contiguous(item) for key, item in value.items()}
    return value


def where_in_learner_code(tb, learner_path):
    """Format the traceback frames that belong to the learner file, innermost last."""
    frames = [
        f"{os.path.basename(frame.filename)}, line {frame.lineno}, in {frame.name}: {(frame.line or '').strip()}"
        for frame in traceback.extract_tb(tb)
        if os.path.abspath(frame.filename) == learner_path
    ]
    return frames[-3:]


class Worker:
    """Load one learner module and answer call requests until the pipe closes."""

    def __init__(self, channel, config):
        self.channel = channel
        self.path = os.path.abspath(config["path"])
        self.bans = {name: frozenset(apis) for name, apis in config["api_bans"].items()}
        self.state = BanState()
        self.module = None
        self.output_mib = config["output_bytes"] // 1024**2
        # Block packages first, so resolving a guarded API cannot import one of them.
        sys.meta_path.insert(0, ImportBlocker(config["banned_imports"]))
        install_guards([api for apis in self.bans.values() for api in apis], self.state)

    def load(self):
        try:
            with warnings.catch_warnings():
                self.module = load_by_path(os.path.splitext(os.path.basename(self.path))[0], self.path)
        except ForbiddenImport as error:
            return ("load_failed", "forbidden", error.api, [])
        except SyntaxError as error:
            return ("load_failed", "syntax", f"SyntaxError on line {error.lineno}: {error.msg}", [])
        except BaseException as error:  # SystemExit and KeyboardInterrupt included
            where = where_in_learner_code(error.__traceback__, self.path)
            return ("load_failed", "exception", f"{type(error).__name__}: {error}", where)
        return ("ready",)

    def call(self, function, args, kwargs, options):
        target = getattr(self.module, function, None)
        if not callable(target):
            return ("missing", function)
        self.state.active = self.bans.get(function, frozenset())
        try:
            # Overflow, invalid and division by zero warn (and warnings are errors here);
            # underflow to 0 is the expected outcome of stable formulas, so it is silent.
            with warnings.catch_warnings(), np.errstate(all="warn", under="ignore"):
                warnings.simplefilter("error")
                result = None
                for _ in range(options.get("repeat", 1)):
                    result = target(*args, **kwargs)
        except ForbiddenAPI as error:
            return ("forbidden", error.api, where_in_learner_code(error.__traceback__, self.path))
        except ForbiddenImport as error:
            return ("forbidden", f"import {error.api}", where_in_learner_code(error.__traceback__, self.path))
        except NotImplementedError as error:
            return ("not_implemented", where_in_learner_code(error.__traceback__, self.path))
        except BaseException as error:  # a learner's SystemExit is a learner error, not ours
            mro = [kind.__name__ for kind in type(error).__mro__]
            message = str(error)[:2000]
            if isinstance(error, OSError) and error.errno == errno.EFBIG:
                message = f"your code printed more than {self.output_mib} MiB of output (the output limit)"
            return ("raised", mro, message, where_in_learner_code(error.__traceback__, self.path))
        finally:
            self.state.active = frozenset()
        if options.get("timed"):
            return ("timed", options.get("repeat", 1))
        problem = describe_unsupported(result)
        if problem:
            return ("bad_result", f"{function} returned {problem}")
        echoed = None
        if options.get("echo_args"):  # only data comes back; a judge callable stands as None
            echoed = tuple(None if describe_unsupported(arg) else contiguous(arg) for arg in args)
        return ("result", contiguous(result), echoed)


def limit_resources(config):
    memory = config["memory_bytes"]
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (config["output_bytes"], config["output_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def die_with_the_judge():
    """Ask Linux to kill this worker when the judge dies, so no orphan spins on after a kill."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the judge died before the request took effect
        os._exit(1)


def main(argv):
    die_with_the_judge()
    read_fd, write_fd = int(argv[1]), int(argv[2])
    callables = CallableModules(os.path.join(os.path.dirname(os.path.abspath(__file__)), "callables"))
    channel = Channel(read_fd, write_fd, callables)
    kind, config = channel.receive()
    assert kind == "load"
    limit_resources(config)
    worker = Worker(channel, config)
    channel.send(worker.load())
    send = channel.send  # keep our own reference: learner code may patch the class
    kept = ((), {})  # arguments kept for timed requests that reuse them
    while True:
        try:
            request = channel.receive()
        except EOFError:
            return
        _, function, args, kwargs, options = request
        if options.get("reuse_args"):
            args, kwargs = kept
        elif options.get("keep_args"):
            kept = (args, kwargs)
        reply = worker.call(function, args, kwargs, options)
        try:
            send(reply)
        except (pickle.PicklingError, TypeError, ValueError, AttributeError) as error:
            send(("bad_result", f"{function} returned a value that cannot be sent back: {error}"))


if __name__ == "__main__":
    main(sys.argv)
