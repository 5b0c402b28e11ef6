"""Thread objects and synchronization primitives, over the native ``_thread``.

isopy's ``threading`` behaves like CPython 3.11's: a ``Thread`` is a real OS
thread of the current interpreter, sharing its GIL; ``Lock`` is the native
lock, everything else (``RLock``, ``Condition``, ``Semaphore``, ``Event``,
``Barrier``, ``Timer``, ``local``) is built here from it.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
    'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remember a trace function for threads started from now on (isopy
    keeps it but has no tracing)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Remember a profile function for threads started from now on (isopy
    keeps it but has no profiling)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------- RLock

class _RLock:
    """A reentrant lock: the thread holding it may take it again; it is
    free once released as many times as it was taken."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__,
            self.__class__.__qualname__,
            0 if owner is None else owner,
            self._count,
            hex(id(self)),
        )

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    # What Condition needs to let go of the lock completely while waiting
    # and take it back afterwards, however deep the recursion was.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _RLock(*args, **kwargs)


# ---------------------------------------------------------------- Condition

class Condition:
    """A condition variable: threads wait on it, holding its lock, until
    another thread holding the lock notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore when it has them (RLock), so a
        # recursively held lock is released completely while waiting.
        release_save = getattr(lock, '_release_save', None)
        if release_save is not None:
            self._release_save = release_save
        acquire_restore = getattr(lock, '_acquire_restore', None)
        if acquire_restore is not None:
            self._acquire_restore = acquire_restore
        is_owned = getattr(lock, '_is_owned', None)
        if is_owned is not None:
            self._is_owned = is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is "owned" if taken.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter sleeps on a lock of its own, taken once here and a
        # second time below: notify() releases it.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                self._forget(waiter)

    def _forget(self, waiter):
        waiters = self._waiters
        for i in range(len(waiters)):
            if waiters[i] is waiter:
                del waiters[i]
                return

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # It timed out and is on its way out already.
                pass
            else:
                n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


# ---------------------------------------------------------------- Semaphore

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------- Event

class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait for one another: wait() returns, in each,
    once all of them have called it."""

    # States: filling (threads arrive), draining (the barrier tripped and
    # the waiters are leaving), resetting (reset() while threads waited:
    # they leave with BrokenBarrierError), broken.
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = Barrier._FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            # Wait for the previous round to drain (or a reset to finish).
            while self._state == Barrier._DRAINING or self._state == Barrier._RESETTING:
                cond.wait()
            if self._state == Barrier._BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action:
                            self._action()
                    except BaseException:
                        self._break()
                        raise
                    self._state = Barrier._DRAINING
                    cond.notify_all()
                else:
                    if not cond.wait_for(lambda: self._state != Barrier._FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state != Barrier._DRAINING:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == Barrier._DRAINING
                                         or self._state == Barrier._RESETTING):
                    self._state = Barrier._FILLING
                    cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == Barrier._FILLING or self._state == Barrier._BROKEN:
                    self._state = Barrier._RESETTING
            else:
                self._state = Barrier._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = Barrier._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == Barrier._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == Barrier._BROKEN


# ---------------------------------------------------------------- threads

# Threads whose start() is under way, and running threads by ident. The
# main thread is in _active too. Guarded by _active_limbo_lock (a plain
# lock: nothing that could take it again is called while it is held).
_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}

# The "running" lock of every started non-daemon thread, by id(lock):
# _shutdown() waits for each of them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}

_name_counter = 0
_name_lock = _allocate_lock()


def _newname(template="Thread-%d"):
    global _name_counter
    with _name_lock:
        _name_counter += 1
        number = _name_counter
    return template % number


class ExceptHookArgs:
    """What excepthook() receives: exc_type, exc_value, exc_traceback and
    thread (CPython's ``_thread._ExceptHookArgs``)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __init__(self, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError(
                f"_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)")
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = items

    def _items(self):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._items()[index]

    def __iter__(self):
        return iter(self._items())

    def __eq__(self, other):
        if isinstance(other, ExceptHookArgs):
            other = other._items()
        return self._items() == other

    __hash__ = None

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % self._items())


# A VM whose _thread has its own (CPython's) uses that one.
ExceptHookArgs = getattr(_thread, '_ExceptHookArgs', ExceptHookArgs)


def excepthook(args, /):
    """Print an exception that escaped a thread's run() to stderr."""
    return _thread._excepthook(args)


__excepthook__ = excepthook


def _invoke_excepthook(thread, error):
    """Hand an exception that escaped `thread`'s run() to excepthook; if
    the hook itself fails, report that."""
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((type(error), error, error.__traceback__, thread)))
    except Exception as hook_error:
        hook_error.__suppress_context__ = True
        stderr = _sys.stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_hook = getattr(_sys, 'excepthook', None)
        if sys_hook is None:
            # No sys.excepthook in this VM: let _thread report it.
            raise
        sys_hook(type(hook_error), hook_error, hook_error.__traceback__)


class Thread:
    """A thread of control: run() executes in a new OS thread once start()
    is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._running_lock = None
        self._started = Event()
        self._is_stopped = False
        self._locals = []
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[id(self)] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(id(self), None)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so the arguments do not outlive the run.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Everything is caught here: nothing may reach _thread's own report.
        try:
            self._set_ident()
            self._take_running_lock()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                _limbo.pop(id(self), None)
            try:
                self.run()
            except BaseException as error:
                _invoke_excepthook(self, error)
        finally:
            self._finish()

    def _set_ident(self):
        self._ident = get_ident()
        self._native_id = get_native_id()

    def _take_running_lock(self):
        # Held while the thread runs: join() and is_alive() look at it.
        lock = _allocate_lock()
        lock.acquire()
        self._running_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks[id(lock)] = lock

    def _finish(self):
        ident = self._ident
        for impl in self._locals:
            impl.dicts.pop(ident, None)
        self._locals = []
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
            _limbo.pop(id(self), None)
        lock = self._running_lock
        if lock is not None and lock.locked():
            lock.release()

    def _stop(self):
        lock = self._running_lock
        self._is_stopped = True
        self._running_lock = None
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.pop(id(lock), None)

    def _wait_until_done(self, block=True, timeout=-1):
        lock = self._running_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_until_done()
        else:
            self._wait_until_done(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_until_done(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_ident()
        self._take_running_lock()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread threading did not start (one started with
    _thread.start_new_thread): it is alive and daemonic, and cannot be
    joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._set_ident()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


def currentThread():
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """Every live Thread: running ones, then those still starting."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the VM when the main program has finished: waits for every
    non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        lock = _main_thread._running_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks.values())
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# ---------------------------------------------------------------- local

class _LocalImpl:
    """The per-thread dicts of one local object, by thread ident."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _local_dict(self):
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        thread = _active.get(ident)
        if thread is not None and thread is not _main_thread:
            # Dropped when the thread ends.
            thread._locals.append(impl)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            try:
                cls.__init__(self, *impl.args, **impl.kwargs)
            except BaseException:
                impl.dicts.pop(ident, None)
                raise
    return d


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return True, klass.__dict__[name]
    return False, None


def _type_name(obj):
    cls = type(obj)
    if cls is local:
        return '_thread._local'
    return cls.__name__


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict; type() runs __init__ in it.
        impl.dicts[get_ident()] = {}
        thread = _active.get(get_ident())
        if thread is not None and thread is not _main_thread:
            thread._locals.append(impl)
        return self

    def __getattribute__(self, name):
        if name == '_local__impl':
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        if found:
            return object.__getattribute__(self, name)
        raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            return object.__delattr__(self, name)
        if name not in d:
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")
        del d[name]


_main_thread = _MainThread()
