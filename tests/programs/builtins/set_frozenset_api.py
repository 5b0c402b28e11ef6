# set and frozenset: full method API with several arguments, operators vs methods, errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print("methods take several iterables:", a.union(b, [9], (10,)), a.intersection(b, {4, 5}), a.difference(b, [1]), a.symmetric_difference([4, 6]))
print("operators need sets:", a | b, a & b, a - b, a ^ b)
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
print("comparisons:", {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, {1, 2} == {2, 1}, {1} != {1, 2})
print("subset/superset/disjoint:", {1}.issubset([1, 2]), {1, 2}.issuperset((1,)), {1}.isdisjoint([2, 3]), {1}.isdisjoint({1}))
s = set()
s.add(1); s.add(1); s.add(2)
s.update([3], (4,), {5: None})
print("add/update:", s)
s.discard(99); s.discard(1)
print("discard:", s)
s.remove(2)
print("remove:", s)
s.intersection_update({3, 4, 5, 6}, range(4, 10))
print("intersection_update:", s)
s.difference_update([5])
print("difference_update:", s)
s.symmetric_difference_update({4, 7})
print("symmetric_difference_update:", s)
t = {10, 20}
print("pop returns an element:", t.pop() in {10, 20}, len(t))
t.clear()
print("clear:", t, len(t), bool(t))
c = {1, 2}
d = c.copy()
d.add(3)
print("copy:", c, d)
fs = frozenset([3, 1, 2, 1])
print("frozenset:", fs, len(fs), 2 in fs, fs | {9}, fs & {1, 5}, {1, 5} & fs, type({1, 5} & fs).__name__)
print("frozenset methods:", fs.union([7]), fs.issubset(range(5)), fs.copy() == fs, frozenset() == set(), frozenset({1}) == {1})
print("hashable:", {fs: "as key"}[frozenset({1, 2, 3})], {frozenset(), frozenset()}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print("frozenset has no mutators:", [m for m in ("add", "remove", "discard", "pop", "clear", "update") if hasattr(fs, m)])
print("constructors:", set(), set("aab") == {"a", "b"}, set([3, 3, 1]), set(range(3)), set({"k": 1}) == {"k"}, frozenset(), frozenset(range(2)))
print("set of mixed numbers dedups:", {1, 1.0, True, 2, 2.0}, {0, False, 0.0})
print("comprehension and len:", len({x % 3 for x in range(100)}), sorted({c for c in "mississippi"}))
print("in-place operators:", end=" ")
e = {1, 2}
alias = e
e |= {3}
e &= {1, 3, 4}
e -= {1}
e ^= {5}
print(e, alias is e)
f = frozenset({1})
g = f
f |= {2}
print("frozenset |= rebinds:", f, g, f is g)
errors = [
    lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: {1}.add([]), lambda: set(5),
    lambda: {1} < [1], lambda: {1}.issubset(5), lambda: frozenset({1}).add(2), lambda: {1} + {2},
    lambda: a[0], lambda: set([1], [2]), lambda: {1}.union(1), lambda: {{1}},
]
for bad in errors:
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
