# The gc module: switches, thresholds, argument errors, and collect()
# finalizing a generator suspended inside a reference cycle.
import gc

print(gc.isenabled(), gc.get_threshold(), gc.garbage)
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, type(e).__name__, e)
for call in [lambda: gc.collect("a"), lambda: gc.enable(1), lambda: gc.set_threshold(),
             lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.isenabled(True)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5, 6)
print(gc.get_threshold())
gc.set_threshold(*old)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print("nothing to collect:", gc.collect(), gc.collect(0), gc.collect(generation=1))


def worker(log):
    try:
        yield 1
    finally:
        log.append("finally ran")


class Holder:
    pass


log = []
h = Holder()
h.me = h
h.gen = worker(log)
next(h.gen)
del h
print("before collect:", log)
found = gc.collect()
print("after collect:", log, found > 0)
print("and again:", gc.collect())
