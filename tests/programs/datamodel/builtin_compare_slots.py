# Rich comparisons between built-in values: each type compares what it
# knows, a set-like dict view compares with a set from either side, and
# what no side defines falls back to identity (== and !=) or TypeError.

ops = [
    lambda a, b: a < b,
    lambda a, b: a <= b,
    lambda a, b: a == b,
    lambda a, b: a != b,
    lambda a, b: a > b,
    lambda a, b: a >= b,
]


def row(a, b):
    out = []
    for op in ops:
        try:
            out.append("T" if op(a, b) else "F")
        except TypeError:
            out.append("x")
    return "".join(out)


class L(list): pass
class T(tuple): pass
class S(str): pass
class D(dict): pass
class St(set): pass
class I(int): pass
class F(float): pass
class B(bytes): pass

d = {1: "a", 2: "b"}
pairs = [
    (1, 2), (2, 1.5), (1.0, 1), (10**30, 1e30), (1e300, 10**400), (True, 1), (I(3), 3.5), (F(2.5), I(2)),
    (float("nan"), 1), (float("inf"), 10**400),
    ("a", "b"), ("b", "a"), ("é", "e"), (S("x"), "x"), ("abc", "ab"),
    (b"a", b"b"), (b"ab", bytearray(b"ab")), (bytearray(b"b"), b"a"), (B(b"z"), b"z"),
    ([1, 2], [1, 3]), ([1, 2], [1, 2]), ([1], [1, 0]), (L([2]), [1]), ([1], (1,)),
    ((1, "a"), (1, "b")), ((1, 2), (1, 2)), (T((3,)), (2, 9)), ((), ()),
    ({1}, {1, 2}), ({1, 2}, frozenset({1, 2})), (St({3}), {3}), (frozenset({1}), {2}),
    (d.keys(), {1, 2}), ({1, 2}, d.keys()), ({1}, d.keys()), (d.keys(), {1}.union({2, 3})),
    (d.items(), {(1, "a"), (2, "b")}), ({(1, "a")}, d.items()), (d.keys(), d.keys()), (d.keys(), d.items()),
    (d.values(), d.values()), (d.keys(), [1, 2]), (d.values(), {"a", "b"}),
    ({1: 2}, {1: 2}), ({1: 2}, {1: 3}), (D(a=1), {"a": 1}), ({}, {}),
    (range(3), range(0, 3)), (range(0), range(5, 5)), (range(0, 10, 3), range(0, 11, 3)), (range(1), [0]),
    (slice(1, 2), slice(1, 2)), (slice(1, 2), slice(1, 3)), (slice(None), slice(None, None, None)),
    (None, None), (None, 0), (1, "1"), ("1", 1), ([], None), (..., ...), (NotImplemented, NotImplemented),
]
for a, b in pairs:
    print(type(a).__name__, type(b).__name__, row(a, b))

lst = [1]
print("same object:", row(lst, lst), row(d.values(), d.values()))
v = d.values()
print("same values view:", row(v, v))

for a, b in (([], ()), ({}, {}), (range(1), range(1)), ("a", 1), (None, None), ({1}, [1])):
    try:
        a < b
    except TypeError as e:
        print(e)


class A:
    def f(self):
        pass


a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f == A.f, {a.f: 1}.get(a.f), a.f in [a.f])
print(list.__lt__([1], [2]), list.__eq__([1], (1,)), tuple.__le__((1,), (1,)), str.__gt__("b", "a"))
print(int.__lt__(1, 2), float.__eq__(1.5, 1.5), set.__le__({1}, {1, 2}), dict.__eq__({}, {}))
print(L([1]).__lt__([2]), S("a").__eq__("a"), D().__ne__({}))

nested_a = [[[1, 2], (3, {4: [5]})]]
nested_b = [[[1, 2], (3, {4: [5]})]]
print(nested_a == nested_b, nested_a < [[[1, 3]]], (1, [2, (3,)]) == (1, [2, (3,)]))


class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n)
        return isinstance(other, Loud) and self.n == other.n

    def __lt__(self, other):
        print("lt", self.n)
        return self.n < other.n


print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print((Loud(1),) == (Loud(1),))
print({1: Loud(1)} == {1: Loud(1)})
