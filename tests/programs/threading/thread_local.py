# threading.local: every thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()


def worker(n):
    had = hasattr(data, "x")
    data.x = n
    data.items = [n] * 2
    for _ in range(100):
        data.x += 1
    with lock:
        results[n] = (had, data.x, data.items)


threads = [threading.Thread(target=worker, args=(i * 1000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print("main still sees:", data.x, hasattr(data, "items"))

try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
data.y = 1
print(data.__dict__)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)


# A subclass: __init__ runs again, with the same arguments, in each thread
# that first touches the object.
class Counter(threading.local):
    initialized = 0
    kind = "counter"

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        with lock:
            Counter.initialized += 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10, step=5)
print(c.bump(), c.doubled, c.kind)
out = []


def use_counter():
    v = c.bump()
    v = c.bump()
    with lock:
        out.append((v, c.doubled))


threads = [threading.Thread(target=use_counter) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
print("main value:", c.value, "inits:", Counter.initialized)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(c, threading.local))

# Values stored by a thread are gone for the next thread.
box = threading.local()
seen = []


def put_then_look():
    seen.append(getattr(box, "v", None))
    box.v = "set"


for _ in range(2):
    t = threading.Thread(target=put_then_look)
    t.start()
    t.join()
print(seen)
