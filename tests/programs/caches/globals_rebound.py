# Global and builtin loads that warmed up, then the names changed.
import builtins

SCALE = 2


def scaled(xs):
    return [x * SCALE for x in xs]


for _ in range(5):
    scaled([1, 2])
print(scaled([1, 2]))
SCALE = 10
print(scaled([1, 2]))
globals()["SCALE"] = 100
print(scaled([1, 2]))
del SCALE
try:
    scaled([1])
except NameError as e:
    print("NameError:", e)
SCALE = 3
print(scaled([1]))


def count(xs):
    return len(xs)


for _ in range(5):
    count([1, 2, 3])
print(count([1, 2, 3]))

# A global shadows the builtin, then goes away again.
len = lambda xs: "shadowed"
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))

# The builtins module itself changes.
original = builtins.len
builtins.len = lambda xs: "patched builtin"
print(count([1, 2, 3]))
builtins.len = original
print(count([1, 2, 3]))
del builtins.len
try:
    count([1])
except NameError as e:
    print("NameError:", e)
builtins.len = original
print(count([4, 5]))

# Many globals added after a site warmed (the dict grows and moves its entries).
def read_target():
    return TARGET


TARGET = "first"
for _ in range(5):
    read_target()
for i in range(100):
    globals()["filler_%d" % i] = i
print(read_target())
TARGET = "second"
print(read_target())
