# enumerate, zip, map, filter, reversed, iter, next, all, any, len, range.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=10)), list(enumerate("ab", -1)))
print(list(zip(names, [1, 2, 3])), list(zip("ab", range(5))), list(zip()), list(zip([1, 2])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip(names, map(len, names))))
print(list(map(str.upper, names)), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda s: "b" in s, names)))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
calls = iter(lambda c=[0]: c.append(1) or len(c), 4)
print(list(calls))
print(all([]), all([1, "a"]), all([1, 0]), any([]), any([0, "", 5]), any(x > 3 for x in range(5)))
print(len([1, 2]), len("héllo"), len({1: 2}), len(set()), len(range(0, 10, 3)), len(b"ab"), len((1,)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
m = map(lambda v: v * 2, [1, 2])
print(iter(m) is m, list(m), list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(enumerate(Countdown(2))), sorted(Countdown(4)), sum(Countdown(4)))
print(list(zip(Countdown(3), Countdown(2))), max(Countdown(5)), list(map(str, Countdown(2))))
chunks = [iter(range(9))] * 3
print(list(zip(*chunks)))
print(list(zip(range(3), strict=True)) if True else None)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(list(iter("ab")), list(iter((1,))), [x for x in iter(iter([5, 6]))])
