# threading.Condition: producer/consumer with wait and notify, wait_for,
# notify(n), notify_all, timed waits and the errors of an unheld lock.
import threading

cond = threading.Condition()
items = []
consumed = []
DONE = object()


def producer(base):
    for i in range(5):
        with cond:
            items.append(base + i)
            cond.notify()


def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with cond:
    items.extend([DONE] * 3)
    cond.notify_all()
for t in consumers:
    t.join()
print(sorted(consumed))

# wait_for with a predicate.
state = {"n": 0}


def incr():
    for _ in range(10):
        with cond:
            state["n"] += 1
            cond.notify_all()


t = threading.Thread(target=incr)
with cond:
    t.start()
    print("wait_for:", cond.wait_for(lambda: state["n"] == 10))
t.join()

# Timed waits that nobody notifies.
with cond:
    print("wait(0.02):", cond.wait(0.02))
    print("wait(0):", cond.wait(0))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.02))
    print("wait_for value:", cond.wait_for(lambda: "truthy", timeout=0.01))

# notify(n) wakes exactly n of the waiters; notify_all the rest.
woken = []
ready = threading.Semaphore(0)
left = threading.Semaphore(0)
c2 = threading.Condition(threading.Lock())


def sleeper(i):
    with c2:
        ready.release()
        c2.wait()
        woken.append(i)
    left.release()


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in sleepers:
    s.start()
for _ in sleepers:
    ready.acquire()
with c2:            # every sleeper is waiting once it let go of the lock
    c2.notify(2)
left.acquire()
left.acquire()
print("another wakes within 0.05s:", left.acquire(timeout=0.05))
print("after notify(2):", len(woken))
with c2:
    c2.notify_all()
for s in sleepers:
    s.join()
print("after notify_all:", sorted(woken))

# Errors on an unheld lock.
for call in (cond.wait, cond.notify, cond.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
plain = threading.Condition(threading.Lock())
try:
    plain.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# A condition over an RLock held twice releases it fully while waiting.
rc = threading.Condition(threading.RLock())
flag = []


def setter():
    with rc:
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        th = threading.Thread(target=setter)
        th.start()
        rc.wait_for(lambda: flag)
        print("recursive owner woke:", flag)
th.join()
with rc:
    print("lock usable afterwards")
