# At a recursion limit of 100,000 every kind of deep recursion raises
# RecursionError; none overflows the host's stack (CPython 3.11 crashes on
# several of these at this limit, so the expected output is by hand).
import sys

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())


def f(n):
    return f(n + 1)


class A:
    def __init__(self, n):
        A(n + 1)


class E:
    def __eq__(self, other):
        return self == other


class G:
    def __getattr__(self, name):
        return self.missing


def through_sorted(n):
    return sorted([1, 2], key=lambda k: through_sorted(n + 1))


def through_map(n):
    return list(map(lambda k: through_map(n + 1), [1]))


def through_generator(n):
    yield from through_generator(n + 1)


nested = []
for i in range(300000):
    nested = [nested]

cases = [
    ("python function", lambda: f(0)),
    ("__init__", lambda: A(0)),
    ("__eq__", lambda: E() == E()),
    ("__getattr__", lambda: G().x),
    ("sorted key", lambda: through_sorted(0)),
    ("map", lambda: through_map(0)),
    ("yield from", lambda: list(through_generator(0))),
    ("repr of nested lists", lambda: repr(nested)),
    ("str of nested lists", lambda: str(nested)),
    ("== of nested lists", lambda: nested == nested[0]),
]
for name, case in cases:
    try:
        case()
        print(name, "returned")
    except RecursionError as e:
        # The message's suffix ("in comparison", "while calling a Python
        # object") names the check that tripped; only its start is fixed.
        print(name, "-> RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
print("the interpreter is still usable:", f.__name__, sum(range(10)))
