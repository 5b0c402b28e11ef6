# range: construction forms, attributes, indexing, slicing, count/index, equality, hashing, errors.
print("forms:", list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(0)))
r = range(3, 20, 4)
print("attributes:", r.start, r.stop, r.step, repr(r), str(range(5)), range(0, 5, 1))
print("indexing:", r[0], r[-1], r[2], len(r))
print("slicing:", r[1:], r[::-1], r[::2], r[1:3], r[10:], range(10)[-3:], range(10)[::-3])
print("membership:", 7 in r, 8 in r, 19 in r, 20 in r, -1 in range(-5, 0), 3.0 in r, "3" in r)
print("count/index:", r.count(7), r.count(8), r.index(15), range(10, 0, -1).index(3))
try:
    r.index(8)
except ValueError as e:
    print("ValueError:", e)
print("equality by sequence:", range(0) == range(5, 5), range(0, 3) == range(0, 4, 1)[:3], range(1, 10, 20) == range(1, 2), range(3) == [0, 1, 2])
print("hash equal for equal ranges:", hash(range(0)) == hash(range(4, 2)), hash(range(1, 10, 20)) == hash(range(1, 2)))
print("reversed:", list(reversed(range(1, 8, 3))), list(reversed(range(0))))
print("bool:", bool(range(0)), bool(range(1)), bool(range(5, 0)))
print("negative step:", list(range(10, -10, -7)), len(range(10, -10, -7)), range(10, -10, -7)[-1])
big = range(10 ** 20, 10 ** 20 + 100, 7)
print("big values:", big[0], big[-1], 10 ** 20 + 98 in big, big.index(10 ** 20 + 98), big[3:5])
print("sum/min/max:", sum(range(101)), min(range(5, 10)), max(range(5, 10)), sorted(range(3, 0, -1)))
print("index helpers:", range(5).__len__(), list(enumerate(range(2, 4))))
class I:
    def __index__(self):
        return 4
print("__index__ arguments:", range(I()), list(range(1, I())), range(True, 5))
for args in [(1.5,), ("5",), (1, 2, 0), (), (1, 2, 3, 4), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(f"range{args}: {type(e).__name__}: {e}")
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5)["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[1] = 2
except TypeError as e:
    print("TypeError:", e)
print("type:", type(r).__name__, isinstance(r, range), iter(r).__class__.__name__)
it = iter(range(3))
print("iterator independent:", next(it), list(it), list(r)[:2])
