# Unpacking an exact tuple or list of the right length is done in place;
# other lengths, other types and subclasses behave as in CPython.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
for (i, (p, q)) in enumerate(zip("ab", (1, 2))):
    print(i, p, q)
for bad in [(1, 2, 3), (1,), [], [1, 2, 3], "abc", range(3), {1: 2, 3: 4, 5: 6}]:
    try:
        u, v = bad
        print("unpacked", u, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)


class Backwards(list):
    def __iter__(self):
        return iter([list.__getitem__(self, 1), list.__getitem__(self, 0)])


class Pair(tuple):
    def __iter__(self):
        yield "from"
        yield "__iter__"


m, n = Backwards([1, 2])
print(m, n)
m, n = Pair((1, 2))
print(m, n)
t = (1, [2, 3])
first, (second, third) = t
print(first, second, third)
total = 0
for k, v in [(i, i * i) for i in range(100)]:
    total += k * v
print(total)
