# __hash__ and __eq__: defaults, __eq__ disabling hash, explicit __hash__ = None, dict/set use.
class Default:
    pass
d1 = Default()
print("default hashable:", isinstance(hash(d1), int), hash(d1) == hash(d1), d1 in {d1})
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print("__hash__ set to None:", EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self): return hash((self.a, self.b))
    def __repr__(self): return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x"}
print("lookup by equal key:", d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 2), Key(1, 2), Key(3, 4)}
print("set dedup:", len(s), sorted(s, key=lambda k: k.a))
print("hash matches tuple hash:", hash(Key(1, 2)) == hash((1, 2)))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class Parent:
    def __hash__(self): return 7
    def __eq__(self, o): return True
class Child(Parent):
    def __eq__(self, o): return False
try:
    hash(Child())
except TypeError as e:
    print("overriding __eq__ in child drops inherited hash:", e)
class ChildKeepsHash(Parent):
    def __eq__(self, o): return False
    __hash__ = Parent.__hash__
print("explicitly kept:", hash(ChildKeepsHash()))
class ConstHash:
    def __init__(self, name): self.name = name
    def __hash__(self): return 1
    def __eq__(self, o): return self.name == o.name
    def __repr__(self): return self.name
cs = {ConstHash("a"), ConstHash("b"), ConstHash("a")}
print("colliding hashes still work:", sorted(cs, key=repr), len(cs))
class BigHash:
    def __hash__(self): return 2 ** 100
print("big __hash__ result reduced:", hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class NegHash:
    def __hash__(self): return -1
print("-1 becomes -2:", hash(NegHash()))
class BadHash:
    def __hash__(self): return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class FloatHash:
    def __hash__(self): return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print("TypeError:", e)
calls = []
class Tracked:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append(("hash", self.v))
        return hash(self.v)
    def __eq__(self, o):
        calls.append(("eq", self.v, o.v))
        return self.v == o.v
t1, t2 = Tracked(1), Tracked(1)
dd = {t1: "first"}
dd[t2] = "second"
print("eq consulted only on hash match:", dd[t1], calls, len(dd))
calls.clear()
print("identity shortcut skips __eq__:", t1 in [t1], calls)
print("builtin unhashables:", end=" ")
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e, end="; ")
print()
print("hashable builtins:", hash(()) == hash(()), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None), hash(...) == hash(Ellipsis))
