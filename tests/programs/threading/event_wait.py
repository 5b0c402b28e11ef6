# threading.Event: set/clear/is_set and wait with and without a timeout.
import threading

e = threading.Event()
print(e.is_set(), e.isSet())
print("wait timeout:", e.wait(0.02))
print("wait 0:", e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.clear()
print("cleared:", e.is_set(), e.wait(timeout=0.01))

# set() releases every waiter.
start = threading.Event()
results = []
lock = threading.Lock()


def waiter(i):
    ok = start.wait(30)
    with lock:
        results.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(sorted(results))

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

# A waiter that times out reports False even if set() comes later.
late = threading.Event()
outcome = []
t = threading.Thread(target=lambda: outcome.append(late.wait(0.01)))
t.start()
t.join()
late.set()
print("timed-out waiter:", outcome)
