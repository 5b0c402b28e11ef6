# in / not in for every container; is / is not; identity of small values and singletons.
print("list:", 2 in [1, 2], 3 not in [1, 2], [1] in [[1]], None in [None])
print("tuple:", 2 in (1, 2), (1,) in ((1,),))
print("str:", "ell" in "hello", "" in "abc", "" in "", "lo" not in "hello", "H" in "hello")
print("bytes:", b"el" in b"hello", 101 in b"hello", 104 in bytearray(b"hi"))
print("dict checks keys:", "a" in {"a": 1}, 1 in {"a": 1}, ("a", 1) in {"a": 1}.items(), 1 in {"a": 1}.values())
print("set:", 1 in {1, 2}, frozenset({1}) in {frozenset({1})}, {1} in [{1}])
print("range:", 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(-5, 0))
print("range big:", 10 ** 18 in range(10 ** 19), 10 ** 18 + 1 in range(0, 10 ** 19, 2), 3.0 in range(5))
print("iterator:", 3 in iter([1, 2, 3]), 3 in (x for x in range(3)))
class Box:
    def __contains__(self, item):
        return item == "magic"
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class It:
    def __iter__(self):
        return iter([7, 8])
print("user containers:", "magic" in Box(), "x" in Box(), 20 in Seq(), 25 in Seq(), 8 in It())
print("__contains__ result coerced:", (lambda: [1] in type("B", (), {"__contains__": lambda s, i: [i]})())())
for expr in ["1 in 5", "'a' in 1.5", "1 in None", "[1] in {1}", "1 in 'abc'", "{} in {1: 2}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "-> TypeError:", e)
a = [1, 2]
b = a
c = [1, 2]
print("is:", a is b, a is c, a == c, a is not c, None is None, True is True)
print("singletons:", type(None)() is None, bool(1) is True, (1 == 1) is True)
x = None
print("is None idiom:", x is None, x is not None, not x is None)
print("identity after copy:", a[:] is a, list(a) is a, tuple((1, 2)) == (1, 2))
print("Ellipsis/NotImplemented singletons:", ... is Ellipsis, Ellipsis is ..., NotImplemented is NotImplemented)
nan = float("nan")
print("nan identity in containers:", nan in [nan], nan in {nan}, nan in (nan,), nan == nan)
print("equality fallback identity:", object.__eq__(a, a), a.__eq__(5))
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
