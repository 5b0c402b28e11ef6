# threading.excepthook: a replacement sees ExceptHookArgs; the default
# prints "Exception in thread NAME:" and the traceback to sys.stderr.
import sys
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


def fail(msg):
    raise KeyError(msg)


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=fail, args=("missing",), name="failing")
t.start()
t.join()
print(seen)

# SystemExit reaches a custom hook too.
t = threading.Thread(target=sys.exit, args=(2,), name="exiting")
t.start()
t.join()
print(seen[-1][:1], seen[-1][2])


# A hook can be a callable object.
class Collector:
    def __init__(self):
        self.names = []

    def __call__(self, args):
        self.names.append(args.thread.name)


c = Collector()
threading.excepthook = c
for i in range(3):
    th = threading.Thread(target=fail, args=(i,), name="w%d" % i)
    th.start()
    th.join()
print(sorted(c.names))
threading.excepthook = threading.__excepthook__

# ExceptHookArgs is built from a 4-sequence.
args = threading.ExceptHookArgs([ValueError, None, None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args), tuple(args))
