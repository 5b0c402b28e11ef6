# hash() of numbers follows CPython's numeric hash; sets/dicts of ints iterate in CPython's order.
ints = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62,
        2 ** 64, -(2 ** 61), 10 ** 20, -(10 ** 20), 2 ** 100, 12345678901234567890]
for i in ints:
    print(i, hash(i))
floats = [0.0, -0.0, 0.5, 1.0, 1.5, -1.5, 0.1, 2.5, 1e10, 1e20, 1e300, 1e-300, 3.141592653589793,
          float("inf"), float("-inf"), 2.0 ** 61, 2.0 ** 62, 123.456]
for f in floats:
    print(f, hash(f))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0))
print(hash(-1) == hash(-2), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1})) == hash(frozenset([1])))
print(hash(-0.5), hash(-2.0 ** 70), hash(1 / 3), hash(7.0) == hash(7), hash(-(2 ** 64)))
print({0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
print({9, 8, 7, 6, 5, 4, 3, 2, 1, 0})
print({10, 20, 30, 40, 50, 60, 70, 80, 90})
print({-1, -2, -3, -4, -5})
print({8, 16, 24, 32, 40, 48, 56, 64})
print(set(range(0, 200, 13)))
print({2 ** 61 - 1, 0, 1, 2 ** 61, 2 ** 62, 3})
print({0.5, 0.25, 1.5, 2.0, 3})
s = set()
for v in range(40, 0, -1):
    s.add(v * 7)
print(s)
t = set(range(32))
for v in range(0, 32, 2):
    t.discard(v)
t.update([100, 200, 33, 65])
print(t)
u = {1, 9, 17, 25, 33}
print(u, list(u))
u.discard(9)
u.add(41)
print(u)
print(dict.fromkeys([5, 3, 1]), {k: None for k in {44, 12, 7}})
print(frozenset({300, 20, 1, -7}), sorted({300, 20, 1, -7}))
