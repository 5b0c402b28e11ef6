# iter() on every iterable kind and with a sentinel; next() with and without default.
print("iterators have __next__:", all(hasattr(iter(x), "__next__") for x in ([], (), "", b"", bytearray(), {}, set(), frozenset(), range(1), {}.keys(), {}.values(), {}.items())))
print("some iterator type names:", type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
it = iter([1, 2])
print("next:", next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, repr(e))
it = iter("ab")
print("iter of iterator is itself:", iter(it) is it)
lines = ["first", "second", "", "after blank"]
reader = iter(lines).__next__
print("sentinel stops at '':", list(iter(reader, "")))
n = [0]
def tick():
    n[0] += 1
    return n[0]
print("sentinel callable:", list(iter(tick, 5)), "then continues:", tick())
calls = iter(tick, 100)
print("sentinel iterator is lazy:", next(calls), next(calls), iter(calls) is calls, type(calls).__name__)
def raiser():
    raise StopIteration
print("StopIteration in callable ends iteration:", list(iter(raiser, 0)))
for bad in [5, None, 3.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
for bad in [[1], "s", 5]:
    try:
        next(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {"a": 1, "b": 2}
it = iter(d)
print("dict iterator:", next(it), list(it))
it = iter(d.items())
print("items iterator:", next(it))
s = iter({1, 2, 3})
print("set iterator:", sorted(s))
it = iter([1, 2, 3])
print("partial consumption then list:", next(it), list(it))
it = iter(range(3))
for x in it:
    if x == 0:
        print("  skip via next inside loop:", next(it))
print("zip with same iterator pairs items:", list(zip(*[iter(range(6))] * 2)))
g = (x for x in range(2))
print("generator next:", next(g), next(g), next(g, "done"))
print("next with default None vs missing:", next(iter([]), None))
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print("TypeError:", e)
