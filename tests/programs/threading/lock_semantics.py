# threading.Lock: acquire/release/locked, non-blocking and timed acquire,
# errors, the context manager, and mutual exclusion between threads.
import threading

lock = threading.Lock()
print(type(lock) is type(threading.Lock()), isinstance(lock, type(threading.Lock())))
print("locked:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("try again:", lock.acquire(False))
print("blocking=False:", lock.acquire(blocking=False))
print("timeout:", lock.acquire(timeout=0.02))
print("timeout 0:", lock.acquire(True, 0))
lock.release()
print("locked:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.ThreadError is RuntimeError)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print("still free:", lock.locked())

with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, "lock released:", not lock.locked())

# A lock may be released by a thread other than the one that took it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())

# Mutual exclusion: a read-modify-write under the lock loses no update.
counter = [0]


def bump(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            counter[0] = v + 1


threads = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter[0])

# A thread waiting on a held lock gets it once the holder lets go.
order = []
gate = threading.Lock()
gate.acquire()
started = threading.Event()


def waiter():
    started.set()
    with gate:
        order.append("waiter got the lock")


w = threading.Thread(target=waiter)
w.start()
started.wait()
order.append("main releases")
gate.release()
w.join()
print(order)

print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
