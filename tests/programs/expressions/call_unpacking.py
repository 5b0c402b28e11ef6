# Calls with positional, keyword, *args and **kwargs.
def show(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(show(1, c=3))
print(show(1, 2, 3, 4, 5, c=6, e=7))
print(show(*[1, 2, 3], c=0, **{"d": 9, "z": 10}))
print(show(*(1,), *[2, 3], *range(4, 6), c=1, **{"x": 1}, **{"y": 2}))
print(show(c=1, a=0), show(1, c=2, **{}))
def pos_only(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
args = [10, 20]
kwargs = {"c": 30, "d": 40}
print(pos_only(*args, **kwargs))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1), collect(a=1), collect(*"abc", **dict(x=1, y=2)))
print(collect(*[], **{}), collect(*(i for i in range(3))))
print(max(*[3, 9, 2]), min(*"hello"), print(*[1, 2], sep="-"))
print("{} {}".format(*["x", "y"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
def errors():
    tests = [
        lambda: show(),
        lambda: show(1),
        lambda: show(1, c=1, a=2),
        lambda: pos_only(a=1, b=2, c=3, d=4),
        lambda: pos_only(1, 2, 3, 4),
        lambda: collect(**{"a": 1}, **{"a": 2}),
        lambda: show(*5),
        lambda: show(1, **[1]),
    ]
    for t in tests:
        try:
            t()
        except TypeError as e:
            print("TypeError:", e)
errors()
d1 = {"a": 1}
def kwonly(*, a, b=2):
    return a + b
print(kwonly(**d1), kwonly(b=5, **d1))
def defaults(x, items=[]):
    items.append(x)
    return items
print(defaults(1), defaults(2), defaults(3, []))
