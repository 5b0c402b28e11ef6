# Operators and reprs of the built-in types: each type answers for its own
# operands (the left type first, then the right's), and reprs come from the
# type whose payload a value carries, subclasses included.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {1: 2, 3: 4}
# Set-like dict views take any iterable on either side and give a set.
t("set - keys", lambda: {1, 5} - d.keys())
t("frozenset - keys", lambda: frozenset({1, 5}) - d.keys())
t("frozenset | keys", lambda: frozenset({1, 5}) | d.keys())
t("keys | frozenset", lambda: d.keys() | frozenset({7}))
t("list & keys", lambda: sorted([1, 2] & d.keys()))
t("items ^ set", lambda: d.items() ^ {(1, 2)})
t("set | values", lambda: {1} | d.values())
t("values | set", lambda: d.values() | {1})
t("frozenset | frozenset", lambda: frozenset({1}) | frozenset({2}))
t("frozenset & set", lambda: frozenset({1, 2}) & {2})
t("set ^ frozenset", lambda: {1, 2} ^ frozenset({2, 3}))
t("dict | dict", lambda: d | {5: 6})
t("dict | list", lambda: d | [1])
# Unions of types; None has no operator of its own.
t("int | None", lambda: int | None)
t("None | int", lambda: None | int)
t("None | None", lambda: None | None)
t("int | 1", lambda: int | 1)
t("True | None", lambda: True | None)
# Numbers, bools keeping their type under & | ^.
t("True & False", lambda: True & False)
t("True ^ True", lambda: True ^ True)
t("True & 3", lambda: True & 3)
t("3 ^ True", lambda: 3 ^ True)
t("True + True", lambda: True + True)
t("1.5 | 2", lambda: 1.5 | 2)
t("1 @ 2", lambda: 1 @ 2)
t("big + small", lambda: 10**30 + 1)
t("big * float", lambda: 10**20 * 0.5)
# Sequences repeat by an int on either side; an int beyond an index is
# OverflowError only where a sequence would repeat.
t("2 * list", lambda: 2 * [1])
t("list * 2", lambda: [1] * 2)
t("str * True", lambda: "ab" * True)
t("True * str", lambda: True * "ab")
t("tuple * 3", lambda: (1,) * 3)
t("3 * bytearray", lambda: 3 * bytearray(b"x"))
t("list * huge", lambda: [1] * 2**100)
t("huge * str", lambda: 2**100 * "a")
t("None * huge", lambda: None * 2**100)
t("set * huge", lambda: {1} * 2**100)
t("list * list", lambda: [1] * [2])
# Concatenation needs the same kind (bytes and bytearray mix).
t("str + int", lambda: "a" + 1)
t("int + str", lambda: 1 + "a")
t("list + tuple", lambda: [1] + (2,))
t("bytes + bytearray", lambda: b"a" + bytearray(b"b"))
t("bytearray + bytes", lambda: bytearray(b"a") + b"b")
t("bytes + str", lambda: b"a" + "b")
# % formats with a str or bytes on the left only.
t("str % tuple", lambda: "%s-%d" % ("a", 3))
t("bytes % bytes", lambda: b"%s" % b"x")
t("bytearray % int", lambda: bytearray(b"%d") % 5)
t("int % str", lambda: 5 % "x")
t("str % int", lambda: "x" % 5)
# Unary operators.
t("-big", lambda: -(10**30))
t("~big", lambda: ~(10**30))
t("-True", lambda: -True)
t("+True", lambda: +True)
t("~1.5", lambda: ~1.5)
t("-str", lambda: -"a")
t("+None", lambda: +None)
# The special methods of the built-in types use the same slots.
t("int.__add__", lambda: int.__add__(1, 2))
t("int.__radd__", lambda: int.__radd__(1, 2))
t("int.__neg__", lambda: int.__neg__(5))
t("float.__neg__", lambda: float.__neg__(2.5))
t("list.__mul__", lambda: list.__mul__([1], 2))
t("list.__rmul__", lambda: list.__rmul__([1], 2))
t("dict.__or__", lambda: dict.__or__(d, {9: 9}))

class I(int): pass
class F(float): pass
class S(str): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class E(ValueError): pass
class Ix:
    def __index__(self):
        return 3

t("I + int", lambda: I(3) + 4)
t("-I", lambda: -I(3))
t("~I", lambda: ~I(3))
t("F * int", lambda: F(1.5) * 2)
t("-F", lambda: -F(1.5))
t("S * int", lambda: S("ab") * 2)
t("L + list", lambda: L([1]) + [2])
t("list * Ix", lambda: [1] * Ix())
t("Ix * list", lambda: Ix() * [1])
t("I * list", lambda: I(2) * [1])
t("St | set", lambda: St({1}) | {2})
t("St | keys", lambda: St({1}) | d.keys())
t("FS | set", lambda: FS({1}) | {2})
t("D | dict", lambda: D(a=1) | {"b": 2})

for v in [I(5), F(1.5), S("a"), L([1]), T((1,)), D(a=1), St({1}), FS({1}), St(), FS(), E(1), E(1, 2), E(),
          set(), frozenset(), frozenset({1}), {1}, (1,), (), [], {}, None, True, False, 1.5, 10**40, -3,
          NotImplemented, Ellipsis, int, I, "a\n", b"x'\"", bytearray(b"x'\""), bytearray(b"x'"),
          range(3), range(1, 9, 2), range(10**20), slice(1, None), d.keys(), d.values(), d.items(),
          staticmethod(len), classmethod(len), ValueError("x"), KeyError(), len, type(None), int | None]:
    print(repr(v), str(v))

# Containers that hold themselves.
l = [1]; l.append(l); print(l)
dd = {}; dd[1] = dd; print(dd)
print(dd.keys(), dd.values(), dd.items())
tt = ([],); tt[0].append(tt); print(tt)
s = St(); print(repr(s))

# property has no repr of its own: a subclass shows its own name.
class P(property): pass
print(repr(P()).startswith("<__main__.P object at 0x"), repr(property()).startswith("<property object at 0x"))

# A struct sequence shows its fields, in repr() and print() alike.
import sys
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor="), str(sys.version_info)[:21])

def g():
    yield 1
print(repr(g()).startswith("<generator object g at 0x"), repr(iter([])).startswith("<list_iterator object at 0x"))
print(str(5), str(1.5), str(True), str(None), str([1, "a"]), f"{3}", format(3), format([1]))
