# tuple and range behaviour.
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t.index(1, 1), t[1:4], t[::-1], t + (9,), t * 2, 2 in t)
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), (1,), ((1, 2),))
print(sorted(t), max(t), min(t), sum(t), hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3))
a, b, *c = t
print(a, b, c)
nested = ((1, [2, 3]), "x")
nested[0][1].append(4)
print(nested)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::3], 5 in r, 10 in r, r.index(4), r.count(4))
r2 = range(10, 0, -3)
print(r2, list(r2), len(r2), r2[0], r2[-1], list(reversed(r2)), 4 in r2, 7 in r2)
print(range(0), list(range(0)), len(range(5, 2)), list(range(-3, 3)), list(range(0, -10, -4)))
print(range(1, 10, 2) == range(1, 11, 2), range(0) == range(5, 2), r.start, r.stop, r.step, r2.step)
big = range(0, 10 ** 20, 7)
print(len(range(0, 10 ** 12, 7)), big[10 ** 18], 7 * 10 ** 17 in big, 10 ** 19 + 1 in big)
print(sum(range(1, 101)), list(range(5))[::-1], [i * i for i in range(1, 6)], max(range(7)), min(range(3, 9)))
print(list(enumerate(range(3), 1)), list(zip(range(3), range(10, 13))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
print(hash(()) == hash(()), t is not None, type(()).__name__, tuple.__name__, repr((1, "a", None)))
print(tuple(x for x in range(4) if x % 2), (lambda *args: args)(1, 2))
empty = ()
single = 5,
print(empty, single, type(single).__name__, len(single))
print(list(range(2, 20, 5)[1:]), range(3)[::-1], range(10)[-3:], list(range(10)[-3:]))
