# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-final"
    return "outer result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("stop:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree_walk(node):
    value, children = node
    yield value
    for ch in children:
        yield from tree_walk(ch)
tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree_walk(tree)))
def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner handled", e)
        yield "after-throw"
def delegator():
    r = yield from thrower()
    yield f"delegator done ({r})"
d = delegator()
print(next(d))
print(d.throw(ValueError("X")))
print(next(d))
def closing_inner():
    try:
        yield 1
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
co = closing_outer()
next(co)
co.close()
def counts():
    total = yield from (i for i in range(3))
    return total
print(list(counts()))
def summing():
    a = yield from returns(5)
    b = yield from returns(7)
    yield a + b
def returns(v):
    if False:
        yield
    return v
print(list(summing()))
def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, (2, [3, [4]]), [[5]], 6])))
