# hash() and id(): hashable vs unhashable types, equality implies equal hash, id identity rules.
print("ints:", hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(2 ** 61 - 1), hash(-(2 ** 61)))
print("floats equal to ints:", hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(2.5), hash(1e100) == hash(int(1e100)))
print("bools:", hash(True), hash(False))
print("tuples of numbers:", hash((1, 2)) == hash((1.0, 2.0)), hash(()), hash((None,)) == hash((None,)))
print("frozenset:", hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()))
print("None/Ellipsis stable within run:", hash(None) == hash(None), hash(...) == hash(...))
print("str/bytes hash consistent within a run:", hash("abc") == hash("ab" + "c"), hash(b"x") == hash(bytes([120])))
print("str and bytes of same text differ as keys:", len({"a": 1, b"a": 2}))
print("range hash:", hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
for v in [[], {}, set(), bytearray(b"x"), [1, (2,)], ([],), slice(1, 2), {1: 2}.keys()]:
    try:
        hash(v)
        print("hashable:", type(v).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("tuple with list:", e)
try:
    {frozenset({1}): "ok", (1, {2}): "bad"}
except TypeError as e:
    print("dict key:", e)
a = [1, 2]
b = a
c = [1, 2]
print("id identity:", id(a) == id(b), id(a) == id(c), (id(a) == id(c)) == (a is c))
print("id is int:", type(id(a)).__name__, id(a) == id(a))
def f():
    pass
print("same function object:", id(f) == id(f))
x = None
print("None identity:", id(x) == id(None))
print("hash of user objects:", isinstance(hash(object()), int))
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
print("user hash:", hash(H(7)), hash(H(-1)), hash(H(2 ** 64)) == hash(2 ** 64))
print("set of equal numbers collapses:", {1, 1.0, True}, {0, 0.0, False, -0.0})
print("hash(x) == hash(y) when x == y:", all(hash(p) == hash(q) for p, q in [(1, 1.0), (0, -0.0), (True, 1), (2 ** 70, float(2 ** 70))]))
try:
    hash()
except TypeError as e:
    print("TypeError:", e)
