# join(timeout) returns when the time is up even if the thread is still
# running; is_alive() tells which happened.
import threading
import time

go = threading.Event()
done = []


def slow():
    go.wait()
    done.append("slow")


t = threading.Thread(target=slow)
t.start()
print("alive:", t.is_alive())
start = time.monotonic()
print(t.join(timeout=0.05))
elapsed = time.monotonic() - start
print("timed out, still alive:", t.is_alive(), elapsed >= 0.04)
t.join(0)
t.join(-1)          # a negative timeout is a zero one
print("still alive:", t.is_alive(), done)
go.set()
t.join(timeout=30)
print("finished:", t.is_alive(), done)
t.join()            # joining again is fine
t.join(0.01)
print("joined again")

# Many short threads, each joined with a generous timeout.
out = []
lock = threading.Lock()


def add(i):
    with lock:
        out.append(i * i)


threads = [threading.Thread(target=add, args=(i,)) for i in range(20)]
for th in threads:
    th.start()
for th in threads:
    th.join(timeout=60)
print(all(not th.is_alive() for th in threads), sorted(out))
