# Misuse of Thread raises CPython's RuntimeErrors; repr shows the state.
import threading

ev = threading.Event()


def wait_for_event():
    ev.wait()


t = threading.Thread(target=wait_for_event)
print(repr(t))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(t).startswith("<Thread(Thread-1 (wait_for_event), started "))
ev.set()
t.join()
print(repr(t).startswith("<Thread(Thread-1 (wait_for_event), stopped "))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=join_self)
s.start()
s.join()
print(errors)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


ni = NoInit()
try:
    ni.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ni.join()
except RuntimeError as e:
    print("RuntimeError:", e)

d = threading.Thread(target=print, daemon=True, name="d")
print(repr(d))
m = threading.Thread(name="plain")
print(repr(m))


class MyThread(threading.Thread):
    pass


print(repr(MyThread(name="mine")))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

# run() can be called directly, once: it drops target and args afterwards.
calls = []
r = threading.Thread(target=calls.append, args=("direct",))
r.run()
print(calls)
try:
    r.run()
except AttributeError:
    print("AttributeError on a second run()")
