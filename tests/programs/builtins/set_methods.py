# set and frozenset of ints: algebra, methods, and CPython's iteration order.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 8)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
s.update([10, 2], {7})
print(s, len(s), 3 in s, 4 not in s)
s.discard(10); s.discard(99)
s.remove(7)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
c = {5, 6}
c |= {7}; c &= {6, 7, 8}; c -= {8}; c ^= {1}
print(c)
d = set(range(10))
d.intersection_update(range(0, 10, 2))
d.difference_update({0})
d.symmetric_difference_update({1, 2})
print(d)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen key"}[frozenset({1, 2, 3})], frozenset(), set(f), len(f))
print({100, 5, 37, 64, 1, 1000, 33})
print({-1, -2, -3, 0, 8, 16})
print(set(range(20, 0, -3)), {2 ** 40, 2 ** 3, 2 ** 61 - 1, 2 ** 61, 7})
print({10 ** 20, 1, 2 ** 64, -5, 123456789})
print({1.5, 2, 0.5, 3.0, -1}, {True, 1, 1.0, 2})
g = set()
for i in [45, 13, 77, 8, 101, 36, 29, 64, 90]:
    g.add(i)
for i in [13, 64]:
    g.remove(i)
g.add(5)
print(g, sorted(g))
print(set([3, 3, 2, 1, 2]), set("aaa"), set(), {x % 7 for x in range(50, 60)})
print(list({50: 0, 8: 1, 33: 2}), list({9, 17, 25, 1}), [x for x in {64, 32, 16, 8}])
print(max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
e = {1, 2}
print(e.copy() == e, e.copy() is e, {*e, 3}, set() == frozenset(), set.__name__)
big = set(range(1000))
big -= set(range(0, 1000, 3))
print(len(big), sum(big), list(big)[:10])
