# threading.RLock: recursion, ownership, and the errors of a wrong release.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with")

# While one thread holds it, another cannot take it, nor release it.
r.acquire()
r.acquire()
seen = []


def other():
    seen.append(r.acquire(blocking=False))
    seen.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
r.release()
seen.clear()
t = threading.Thread(target=other)
t.start()
t.join()
print("held once more:", seen)
r.release()
seen.clear()


def take_and_give_back():
    seen.append(r.acquire(blocking=False))
    seen.append(r.acquire(timeout=0.02))
    r.release()
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))


t = threading.Thread(target=take_and_give_back)
t.start()
t.join()
print("free:", seen)


# Recursive code protected by one RLock.
def fact(n):
    with r:
        return 1 if n <= 1 else n * fact(n - 1)


results = []


def run(n):
    v = fact(n)
    with r:
        results.append((n, v))


threads = [threading.Thread(target=run, args=(n,)) for n in (5, 10, 15, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print("acquire after all:", r.acquire(False))
r.release()
