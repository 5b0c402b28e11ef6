# with statement: several items, __exit__ receiving the exception, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: type={kind} value={exc!r} tb={tb is not None}")
        return self.suppress
with Resource("a") as a:
    print("inside", a)
with Resource("x") as x, Resource("y") as y, Resource("z"):
    print("inside", x, y)
try:
    with Resource("outer"), Resource("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with Resource("quiet", suppress=True):
    raise KeyError("suppressed")
print("after suppressed block")
with Resource("outer2"), Resource("inner2", suppress=True):
    raise RuntimeError("inner swallows")
print("outer2 saw no exception")
def returns_inside():
    with Resource("ret"):
        return "returned value"
print(returns_inside())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Failing:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Resource("first"), Failing():
        print("not reached")
except OSError as e:
    print("OSError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy() as nothing:
    1 / 0
print("suppressed by truthy return", nothing)
with Resource("target") as (first, *rest):
    print(first, rest)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
