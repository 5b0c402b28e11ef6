# __eq__, __ne__, ordering, __hash__, and their use by builtins.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a < b, a <= c, b > a, b >= b, a == "1.2", a != "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, c]))
print(len({a, b, c}), {a: "x", c: "y"})
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
class Reflected:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Reflected.__lt__ called")
        return self.v < other
    def __gt__(self, other):
        print("Reflected.__gt__ called")
        return self.v > other
print(5 < Reflected(10))
print(Reflected(3) < 4)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), [1, 2].count(AlwaysEqual()), AlwaysEqual() in [None])
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    NoEq() < NoEq()
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self.h == other.h
print(hash(H(7)), hash(H(-1)), len({H(1), H(1), H(2)}))
print(Version(1, 2).__eq__(5), Version(1, 2).__ne__(Version(1, 2)))
