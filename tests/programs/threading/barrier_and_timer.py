# Barrier: parties meet, action runs once, indices are distinct; abort and
# timeouts break it. Timer: runs later unless cancelled.
import threading

calls = []
b = threading.Barrier(3, action=lambda: calls.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def meet():
    for round_ in range(2):
        i = b.wait()
        with lock:
            indices.append((round_, i))


threads = [threading.Thread(target=meet) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), calls)
print(b.n_waiting, b.broken)

# A timed-out wait breaks the barrier for everybody.
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("reset:", b2.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# abort() wakes the waiters with BrokenBarrierError.
b3 = threading.Barrier(3)
outcomes = []


def wait_b3():
    try:
        b3.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")


waiters = [threading.Thread(target=wait_b3) for _ in range(2)]
for t in waiters:
    t.start()
while b3.n_waiting < 2:
    threading.Event().wait(0.001)
b3.abort()
for t in waiters:
    t.join()
print(outcomes, b3.broken)

# Default timeout from the constructor.
b4 = threading.Barrier(2, timeout=0.01)
try:
    b4.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it")

# Timer.
fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
print(t.name.startswith("Thread-"), t.interval)
t.start()
t.join()
print(fired)
c = threading.Timer(30, fired.append, args=("never",))
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())
k = threading.Timer(0, lambda **kw: fired.append(sorted(kw)), kwargs={"b": 1, "a": 2})
k.start()
k.join()
print(fired)
