# Assignment: plain, chained, unpacking (nested, starred), targets of all kinds.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, [v, w]] = [6, [7, 8]]
print(u, v, w)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
one, *mid, end = range(5)
print(first, rest, init, last, one, mid, end)
head, *empty = [9]
print(head, empty)
(m, *n), o = "xyz", 0
print(m, n, o)
for idx, (k, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, k, val)
for i, *others in [(1, 2, 3), (4,)]:
    print(i, others)
lst = [0, 0, 0]
lst[0], lst[1] = 10, 20
lst[-1] = lst[0] + lst[1]
print(lst)
d = {}
d["k"] = d["j"] = 5
d["t"], d["u"] = "tu"
print(d)
class Obj:
    pass
o = Obj()
o.a, o.b = 1, 2
o.c = o.d = [o.a, o.b]
print(o.a, o.b, o.c, o.d is o.c)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
a, b = b, a = 1, 2
print(a, b)
try:
    x1, x2 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x1, x2, x3 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x1, *x2, x3 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x1, x2 = 5
except TypeError as e:
    print("TypeError:", e)
[] = ()
() = []
print("empty targets ok")
