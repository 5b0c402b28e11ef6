# Thread construction: target, args, kwargs, default and explicit names,
# run() in a subclass, ident before and after start.
import threading

results = []


def work(a, b, *, c=0):
    results.append((a, b, c, threading.current_thread().name))


t1 = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3})
t2 = threading.Thread(target=work, args=("x", "y"))
t3 = threading.Thread(target=work, name="custom", args=(7, 8))
t4 = threading.Thread(target=work, name="", args=(0, 0))   # empty name: a default one
t5 = threading.Thread(target=work, name=42, args=(5, 6))   # names are made str
t6 = threading.Thread(target=lambda: results.append("lambda"))
t7 = threading.Thread()                                      # no target: run() does nothing
print([t.name for t in (t1, t2, t3, t4, t5, t6, t7)])
print("ident before start:", t1.ident, t1.native_id)
print("alive before start:", t1.is_alive())
for t in (t1, t2, t3, t4, t5, t6, t7):
    t.start()
for t in (t1, t2, t3, t4, t5, t6, t7):
    print(t.join())
print(sorted(map(str, results)))
print("ident after:", type(t1.ident).__name__, t1.ident is not None, type(t1.native_id).__name__)
print("alive after join:", [t.is_alive() for t in (t1, t2, t7)])


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = None

    def run(self):
        self.out = sum(range(self.n))


workers = [Worker(n) for n in (10, 100, 1000)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.out for w in workers])


class Named(threading.Thread):
    def run(self):
        results.append("named " + self.name)


n = Named(name="fixed")
n.start()
n.join()
print(results[-1])

# The name is settable, also after the thread finished.
n.name = "renamed"
print(n.name, n.getName())
n.setName("again")
print(n.name)

# Arguments are any iterable for args, and the run drops them afterwards.
got = []
t = threading.Thread(target=lambda *a, **k: got.append((a, sorted(k.items()))), args=[1, 2], kwargs={"z": 1, "a": 2})
t.start()
t.join()
print(got)
