# Empty and Full: non-blocking and timed put/get, timeout validation,
# qsize/empty/full.
import queue
import threading

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)

q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty (block=False)")
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(True, 0)
except queue.Empty:
    print("Empty after zero timeout")
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(3, timeout=0.02)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, False)
except queue.Full:
    print("Full (block=False)")
for bad in (lambda: q.put(3, timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(), q.get_nowait(), q.qsize())
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(block=False, timeout=-1) if not q.empty() else "empty again")

# An unbounded queue is never full; a negative timeout on put is not checked.
u = queue.Queue()
for i in range(1000):
    u.put_nowait(i)
u.put(5, timeout=-1)
print(u.full(), u.qsize())
print(sum(u.get() for _ in range(1001)))
print(queue.Queue(0).full(), queue.Queue(-1).full())

# A timed get succeeds when an item arrives before the timeout.
w = queue.Queue()
ready = threading.Event()


def feeder():
    ready.wait()
    w.put("arrived")


t = threading.Thread(target=feeder)
t.start()
ready.set()
print(w.get(timeout=30))
t.join()

# A timed put succeeds once a consumer makes room.
f = queue.Queue(1)
f.put("first")
t = threading.Thread(target=lambda: print("took", f.get()))
t.start()
f.put("second", timeout=30)
t.join()
print(f.get_nowait())

# Waiting getters are woken one item each.
g = queue.Queue()
got = []
lock = threading.Lock()


def getter():
    item = g.get(timeout=30)
    with lock:
        got.append(item)


getters = [threading.Thread(target=getter) for _ in range(4)]
for t in getters:
    t.start()
for i in range(4):
    g.put(i)
for t in getters:
    t.join()
print(sorted(got))
