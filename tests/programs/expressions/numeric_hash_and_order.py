# Hashes of numeric tuples/frozensets and CPython's iteration order after set operations.
print("tuple hashes:", hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0.5)))
print("frozenset hashes:", hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
print("equal values equal hashes:", hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print("collision -1/-2:", hash(-1), hash(-2), {-1, -2}, {-2: "b", -1: "a"})
a = {1, 2, 3, 4, 5, 6, 7, 8}
b = {5, 6, 7, 8, 9, 10, 11, 12}
print("union:", a | b, b | a)
print("intersection:", a & b, b & a)
print("difference:", a - b, b - a)
print("symmetric:", a ^ b, b ^ a)
big = set(range(0, 100, 7))
small = {14, 28, 99, 1000}
print("big&small:", big & small, small & big)
print("big|small:", big | small)
print("collide mod 8:", {8, 16, 0, 24, 32}, {32, 24, 16, 8, 0})
print("collide mod 32 in bigger table:", set([i * 32 for i in range(12)]))
s = {1, 2, 3}
s |= {100, 50, 25}
print("in-place union:", s)
s -= {2, 50}
print("in-place difference:", s)
s &= {1, 3, 25, 999}
print("in-place intersection:", s)
s ^= {3, 4, 5}
print("in-place symmetric:", s)
print("set of tuples:", {(1, 2), (0, 0), (2, 1), (1, 1)})
print("set of frozensets:", {frozenset({1}), frozenset({2}), frozenset()})
print("set comprehension:", {x * x % 17 for x in range(20)})
print("negative and mixed:", {-5, 5, -10, 10, 0, 2.5, -2.5})
print("after many removals:", (lambda t: (t.difference_update(range(0, 64, 3)), t)[1])(set(range(64))))
d = {}
for k in [40, 8, 16, 32, 0, 24]:
    d[k] = k // 8
del d[16]
d[16] = "back"
d[48] = "new"
print("dict order is insertion:", d, list(d))
print("dict keys view set ops:", d.keys() & {0, 8, 99}, d.keys() | {1}, d.keys() - {40})
print("frozenset ops keep type:", type(frozenset({1}) | {2}).__name__, frozenset({3, 1}) | {2})
print("set from list with duplicates:", set([3, 1, 3, 2, 1, 64, 128]))
print("pop order:", [s2.pop() for s2 in [{7, 3, 9}] for _ in range(3)])
