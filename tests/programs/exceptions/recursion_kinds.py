# Deep recursion raises RecursionError at the default limit, through Python
# calls, __getattr__, built-ins that call back, generators and nested
# containers. (Recursion that alternates a native call and a Python frame,
# like __init__ or a sort key, gets a message whose suffix depends on which
# of the two CPython's counter runs out at; tests/limits covers those.)
import sys

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
for i in range(5000):
    nested = [nested]

cases = [
    ("python function", lambda: f(0)),
    ("__getattr__", lambda: G().x),
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
        print(name, "-> RecursionError:", e)
print("the interpreter is still usable:", f.__name__, sum(range(10)))
