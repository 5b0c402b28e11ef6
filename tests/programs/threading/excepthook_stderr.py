# The default threading.excepthook writes "Exception in thread NAME:" and
# the traceback to sys.stderr, whatever sys.stderr is at the time.
import sys
import threading


def fail(msg):
    raise KeyError(msg)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


real = sys.stderr
sys.stderr = Capture()
captured = sys.stderr
try:
    t = threading.Thread(target=fail, args=("captured",))
    t.start()
    t.join()
finally:
    sys.stderr = real
lines = "".join(captured.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print([ln.split('"')[-1] for ln in lines if ln.startswith('  File ') and ln.split('"')[1].endswith('excepthook_stderr.py')])

# The default hook called directly, with an ExceptHookArgs.
sys.stderr = Capture()
captured = sys.stderr
try:
    try:
        raise OSError("direct")
    except OSError as e:
        err = e
    threading.excepthook(threading.ExceptHookArgs([type(err), err, err.__traceback__, threading.current_thread()]))
finally:
    sys.stderr = real
text = "".join(captured.parts)
print(text.splitlines()[0], "|", text.splitlines()[-1])
