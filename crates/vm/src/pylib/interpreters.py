"""Subinterpreters: isolated interpreters in one process, each with its own
heap, modules and GIL, talking through channels and queues.

The API is CPython's (PEP 554 channels, PEP 734 ``concurrent.interpreters``);
the work is done by the native ``_interpreters``, ``_interpchannels`` and
``_interpqueues`` modules.
"""

import _interpreters
import _interpchannels
import _interpqueues
import queue as _queue

__all__ = [
    'Interpreter', 'get_current', 'get_main', 'main', 'create', 'list_all',
    'is_shareable',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_channel', 'list_all_channels', 'RecvChannel', 'SendChannel',
    'ChannelError', 'ChannelNotFoundError', 'ChannelEmptyError',
    'ChannelClosedError', 'ChannelFullError',
    'create_queue', 'Queue', 'QueueError', 'QueueEmpty', 'QueueFull',
]

InterpreterError = _interpreters.InterpreterError
InterpreterNotFoundError = _interpreters.InterpreterNotFoundError
NotShareableError = _interpreters.NotShareableError
ChannelError = _interpchannels.ChannelError
ChannelNotFoundError = _interpchannels.ChannelNotFoundError
ChannelClosedError = _interpchannels.ChannelClosedError
ChannelEmptyError = _interpchannels.ChannelEmptyError
ChannelFullError = _interpchannels.ChannelFullError


# ---------------------------------------------------------------- exceptions

class _ExcType:
    """What ``excinfo.type`` tells about the exception's class."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        if self.__module__ in ('builtins', '__main__', ''):
            return f"<class '{self.__qualname__}'>"
        return f"<class '{self.__module__}.{self.__qualname__}'>"


class ExceptionSnapshot:
    """An exception raised in another interpreter, as plain data."""

    def __init__(self, name, qualname, module, msg, formatted, errdisplay):
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return (f'ExceptionSnapshot(type={self.type!r}, msg={self.msg!r}, '
                f'formatted={self.formatted!r})')

    def __str__(self):
        return self.formatted


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution.

    This is raised from ``Interpreter.exec()`` and ``Interpreter.call()``.
    """

    def __init__(self, excinfo):
        if isinstance(excinfo, tuple):
            excinfo = ExceptionSnapshot(*excinfo)
        msg = excinfo.formatted
        if not msg:
            msg = excinfo.type.__name__
            if excinfo.msg:
                msg = f'{msg}: {excinfo.msg}'
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        formatted = self.excinfo.formatted
        errdisplay = self.excinfo.errdisplay
        if not errdisplay:
            return formatted
        return f'{formatted}\n\nUncaught in the interpreter:\n\n{errdisplay}'


# ---------------------------------------------------------------- interpreters

class _Handle:
    """An object of this module that stands for something of the process by
    its id (an interpreter, a channel end, a queue): it crosses between
    interpreters as that id (see ``__isopy_shared__``), is equal to and
    hashes like every other handle of its kind with the same id."""

    def __init__(self, id):
        if isinstance(id, bool) or not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        if id < 0:
            raise ValueError(f'id must be a non-negative int, got {id!r}')
        self._id = id

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._id == other._id

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id


class Interpreter(_Handle):
    """A single interpreter of the process."""

    __isopy_shared__ = 'interp'

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    @property
    def whence(self):
        if self._id == _interpreters.get_main():
            return 'runtime init'
        return 'stdlib'

    def is_running(self):
        """Whether it is executing code right now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter.

        Attempting to destroy the current interpreter results
        in an InterpreterError.
        """
        return _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__.

        The values must be shareable.
        """
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        _interpreters.set___main___attrs(self._id, ns)

    def exec(self, code, /):
        """Run the given source code (or function) in the interpreter.

        This is essentially the same as calling the builtin "exec"
        with this interpreter, using the __dict__ of its __main__
        module as both globals and locals.

        It runs in the current thread; the caller's GIL is released
        meanwhile. If the code raises, ExecutionFailed is raised here.
        """
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def run(self, code, /):
        """The same as exec()."""
        self.exec(code)

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with the given arguments.

        The arguments and the result must be shareable.
        """
        res, excinfo = _interpreters.call(self._id, callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter."""
        import threading

        def task():
            self.call(callable, *args, **kwargs)
        t = threading.Thread(target=task)
        t.start()
        return t


def create(**limits):
    """Return a new (idle) Python interpreter."""
    if limits:
        name = next(iter(limits))
        raise TypeError(f"create() got an unexpected keyword argument '{name}'")
    return Interpreter(_interpreters.create())


def list_all():
    """Return all existing interpreters, the main one first."""
    return [Interpreter(id) for id in _interpreters.list_all()]


def get_current():
    """Return the currently running interpreter."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """Return the main interpreter."""
    return Interpreter(_interpreters.get_main())


main = get_main


def is_shareable(obj):
    """Return True if the object's data may be shared between interpreters."""
    return _interpreters.is_shareable(obj)


# ---------------------------------------------------------------- channels

_NOT_SET = object()


class _ChannelEnd(_Handle):
    """The base class for RecvChannel and SendChannel."""

    def __init__(self, id):
        if isinstance(id, _ChannelEnd):
            id = id.id
        super().__init__(id)

    def __repr__(self):
        return f'{type(self).__name__}(id={self._id})'

    @property
    def _info(self):
        return None

    @property
    def is_closed(self):
        return _interpchannels.is_closed(self._id)

    def close(self):
        """Close the channel: no more sends; receivers drain it, then see
        ChannelClosedError."""
        _interpchannels.close(self._id)


class RecvChannel(_ChannelEnd):
    """The receiving end of a cross-interpreter channel."""

    __isopy_shared__ = 'recv'

    def recv(self, timeout=None):
        """Return the next object from the channel.

        This blocks (with the GIL released) until an object has been sent,
        if none have been sent already.
        """
        return _interpchannels.recv(self._id, timeout)

    def recv_nowait(self, default=_NOT_SET):
        """Return the next object from the channel.

        If none have been sent then return the default if one
        is provided or fail with ChannelEmptyError.
        """
        if default is _NOT_SET:
            return _interpchannels.recv_nowait(self._id)
        try:
            return _interpchannels.recv_nowait(self._id)
        except ChannelEmptyError:
            return default


class SendChannel(_ChannelEnd):
    """The sending end of a cross-interpreter channel."""

    __isopy_shared__ = 'send'

    def send(self, obj, timeout=None):
        """Send the object (i.e. its data) to the channel's receiving end.

        The channel is buffered: this waits only while a bounded channel
        is full.
        """
        _interpchannels.send(self._id, obj, timeout)

    def send_nowait(self, obj):
        """Send the object to the channel's receiving end, or raise
        ChannelFullError if the channel is full."""
        _interpchannels.send_nowait(self._id, obj)

    def send_buffer(self, obj, timeout=None):
        """Send the object's buffer (the same as send() in isopy)."""
        self.send(obj, timeout)

    def send_buffer_nowait(self, obj):
        """Send the object's buffer (the same as send_nowait() in isopy)."""
        self.send_nowait(obj)


def create_channel(maxsize=0):
    """Return (recv, send) for a new cross-interpreter channel.

    The channel may be used to pass data safely between interpreters.
    """
    cid = _interpchannels.create(maxsize)
    return RecvChannel(cid), SendChannel(cid)


def list_all_channels():
    """Return a list of (recv, send) for all open channels."""
    return [(RecvChannel(cid), SendChannel(cid))
            for cid in _interpchannels.list_all()]


# ---------------------------------------------------------------- queues

class QueueError(RuntimeError):
    """Indicates that a queue-related error happened."""


class QueueNotFoundError(QueueError):
    """No queue has that id."""


class QueueEmpty(QueueError, _queue.Empty):
    """Raised from get_nowait() when the queue is empty.

    It is also raised from get() if it times out.
    """


class QueueFull(QueueError, _queue.Full):
    """Raised from put_nowait() when the queue is full.

    It is also raised from put() if it times out.
    """


class Queue(_Handle):
    """A cross-interpreter queue (PEP 734)."""

    __isopy_shared__ = 'queue'

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    @property
    def maxsize(self):
        return _interpqueues.maxsize(self._id)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        maxsize = self.maxsize
        return maxsize > 0 and self.qsize() >= maxsize

    def qsize(self):
        return _interpqueues.qsize(self._id)

    def put(self, obj, timeout=None):
        """Add the object to the queue.

        This blocks while the queue is full; QueueFull is raised if it
        is still full after the timeout.
        """
        if timeout is not None and timeout < 0:
            raise ValueError("timeout value must be non-negative")
        if not _interpqueues.put(self._id, obj, True, timeout):
            raise QueueFull('queue is full')

    def put_nowait(self, obj):
        if not _interpqueues.put(self._id, obj, False):
            raise QueueFull('queue is full')

    def get(self, timeout=None):
        """Return the next object from the queue.

        This blocks while the queue is empty; QueueEmpty is raised if it
        is still empty after the timeout.
        """
        if timeout is not None and timeout < 0:
            raise ValueError("timeout value must be non-negative")
        obj, ok = _interpqueues.get(self._id, True, timeout)
        if not ok:
            raise QueueEmpty('queue is empty')
        return obj

    def get_nowait(self):
        """Return the next object from the queue, or raise QueueEmpty."""
        obj, ok = _interpqueues.get(self._id, False)
        if not ok:
            raise QueueEmpty('queue is empty')
        return obj


def create_queue(maxsize=0):
    """Return a new cross-interpreter queue.

    The queue may be used to pass data safely between interpreters.
    """
    return Queue(_interpqueues.create(maxsize))


def list_all_queues():
    """Return a list of all open queues."""
    return [Queue(qid) for qid in _interpqueues.list_all()]
