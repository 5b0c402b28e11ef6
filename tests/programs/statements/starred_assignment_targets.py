# Starred targets in every position of an assignment, in for loops, nested, and the errors.
first, *rest = [1, 2, 3, 4]
print("star last:", first, rest)
*init, last = [1, 2, 3, 4]
print("star first:", init, last)
a, *mid, z = range(6)
print("star middle:", a, mid, z)
a, *mid, z = [1, 2]
print("star middle empty:", a, mid, z)
*everything, = "abc"
print("star only:", everything)
[*lst] = (1, 2)
print("star in list target gives list:", lst, type(lst).__name__)
h, *t = "x"
print("single element:", h, t)
(a, *b), *c = [1, 2, 3], 4, 5
print("nested stars:", a, b, c)
a, (b, *c), d = 1, (2, 3, 4), 5
print("star inside nested:", a, b, c, d)
for x, *ys in [(1, 2, 3), (4, 5), (6,)]:
    print("for star:", x, ys)
for *xs, y in ["ab", "cde"]:
    print("for star first:", xs, y)
head, *tail = iter(range(4))
print("from iterator:", head, tail)
k, *vs = {"a": 1, "b": 2, "c": 3}
print("from dict:", k, vs)
*_, final = (i for i in range(100))
print("last of generator:", final)
for bad in ["a, *b = []", "a, *b, c = [1]", "*a, b, c, d = 'ab'", "a, *b = 5"]:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
for bad in ["*a = [1]", "a, *b, *c = [1, 2]", "*a, *b = 1, 2", "del *a", "print(*)" ]:
    try:
        compile(bad, "<star>", "exec")
    except SyntaxError as e:
        print(bad, "-> SyntaxError:", e.msg)
def f():
    return 1, 2, 3
one, *others = f()
print("from call:", one, others)
x = [1, 2, 3]
x[0], *x[1:] = ("A", "B", "C")
print("subscript targets:", x)
