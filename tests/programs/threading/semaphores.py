# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire,
# bounding concurrency, and the ValueErrors.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
print("timed:", s.acquire(timeout=0.02))
s.release()
print(s.acquire(False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
s.release()

with s:
    print("inside with")

for bad in (lambda: threading.Semaphore(-1),
            lambda: s.release(0),
            lambda: s.acquire(False, 1),
            lambda: threading.BoundedSemaphore(-3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print("bounded back to full:", b.acquire(False), b.acquire(False), b.acquire(False))
b.release()
b.release()
print(isinstance(b, threading.Semaphore))

# Semaphore(0) as a signal: the main thread waits for three workers.
sig = threading.Semaphore(0)
got = []


def signaller(i):
    got.append(i)
    sig.release()


for i in range(3):
    threading.Thread(target=signaller, args=(i,)).start()
for _ in range(3):
    sig.acquire()
print("signalled:", sorted(got))

# At most two workers inside at once.
pool = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]


def limited():
    with pool:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1


threads = [threading.Thread(target=limited) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within bound:", 1 <= peak[0] <= 2, "inside now:", inside[0])
