# len() of every builtin container, unicode strings, big ranges, user objects and errors.
print("str:", len(""), len("abc"), len("日本語"), len("😀"), len("e\u0301"), len("\n\t"))
print("bytes:", len(b""), len(b"abc"), len("é".encode()), len(bytearray(5)), len(bytes(range(256))))
print("list/tuple:", len([]), len([[], []]), len(()), len((1,)), len([None] * 100))
print("dict/set:", len({}), len({"a": 1, "b": 2}), len(set()), len({1, 1, 2}), len(frozenset("hello")))
print("range:", len(range(10)), len(range(0)), len(range(10, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5, 5)))
print("big range:", len(range(0, 10 ** 18, 7)), len(range(-(10 ** 18), 10 ** 18, 10 ** 17)))
d = {"x": 1, "y": 2, "z": 3}
print("dict views:", len(d.keys()), len(d.values()), len(d.items()))
print("after mutation:", len([1, 2, 3][1:]), len("abc" * 3), len(d | {"w": 0}))
class Sized:
    def __len__(self):
        return 7
class Bool:
    def __len__(self):
        return True
print("user __len__:", len(Sized()), len(Bool()), type(len(Bool())).__name__)
for obj in [5, 3.5, None, len, iter([1]), (x for x in "ab"), object()]:
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)
class BadLen:
    def __len__(self):
        return 2.5
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -3
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class HugeLen:
    def __len__(self):
        return 10 ** 30
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(range(10 ** 30))
except OverflowError as e:
    print("OverflowError:", e)
print("len is a builtin function:", type(len).__name__, len.__name__)
