# yield from: any iterable, return values, send/throw/close passthrough, nesting.
def inner():
    x = yield "inner-1"
    y = yield f"inner got {x}"
    return f"inner result ({x}, {y})"
def outer():
    result = yield from inner()
    yield f"outer saw: {result}"
    return "outer done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
print("iterables:", list(from_iterables()))
def depth(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1
g = depth(3)
print("nested:", [v for v in g])
def collect_depth():
    total = yield from depth(4)
    yield f"total {total}"
print("nested return values:", list(collect_depth())[-1])
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"
def delegator():
    yield from catcher()
g = delegator()
next(g)
print("throw passes through:", g.throw(ValueError("x")))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally on close")
g = closing_outer()
next(g)
g.close()
def unhandled_inner():
    yield 1
def wrap():
    try:
        yield from unhandled_inner()
    except KeyError as e:
        yield f"outer caught {e!r}"
g = wrap()
next(g)
print("unhandled throw bubbles to outer:", g.throw(KeyError("k")))
def send_to_list():
    yield from [1, 2, 3]
g = send_to_list()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
def stop_value():
    r = yield from iter([])
    return r
try:
    next(stop_value())
except StopIteration as e:
    print("yield from empty iterator returns None:", e.value)
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print("flatten:", list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def not_iterable():
    yield from 5
try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)
