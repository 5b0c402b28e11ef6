# __enter__/__exit__: arguments received, suppression by truthy return, errors in each phase.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"value of {self.name}"
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: type={kind} exc={exc!r} tb={'present' if tb else None}")
        return self.suppress
with CM("plain") as v:
    print("  body got:", v)
with CM("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed block")
try:
    with CM("not suppressing"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))
with CM("outer", suppress=True), CM("inner"):
    raise RuntimeError("inner exits first, outer suppresses")
print("multiple items: exit in reverse order")
with CM("a") as a, CM("b") as b:
    print("  both:", a, "|", b)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *args): return "non-empty string is truthy"
with Truthy():
    1 / 0
print("truthy non-bool return suppresses")
class EnterFails:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        print("  never: exit not called when enter fails")
try:
    with EnterFails():
        print("never")
except OSError as e:
    print("enter error:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise TypeError(f"exit raised while handling {t.__name__ if t else None}")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("exit error replaces:", e, "| context:", repr(e.__context__))
class Resource:
    def __init__(self): self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
def use():
    with Resource() as r:
        return r
res = use()
print("exit runs on return:", res.open)
for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
print("exit runs on continue/break")
with CM("unpacking") as (first, *rest):
    print("  target unpacked:", first, "".join(rest)[:5])
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("reentrant depths:", d1, d2)
print("depth after:", Reentrant.depth)
with (CM("parenthesised 1") as p1,
      CM("parenthesised 2") as p2):
    print("  parenthesised items:", p1[-1], p2[-1])
