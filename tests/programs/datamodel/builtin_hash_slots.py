# hash() of built-in values follows each type's own rule, and instances of
# user subclasses inherit it: a subclass of a mutable container stays
# unhashable unless it says otherwise.

class L(list): pass
class D(dict): pass
class S(set): pass
class BA(bytearray): pass

for cls in (L, D, S, BA):
    try:
        hash(cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, e)


class IdentityList(list):
    __hash__ = object.__hash__


h = IdentityList([1])
print("explicit object.__hash__:", hash(h) == hash(h), {h: 1}[h])


class Str(str): pass
class T(tuple): pass
class FS(frozenset): pass
class I(int): pass
class F(float): pass

print(hash(Str("abc")) == hash("abc"))
print(hash(T((1, "a"))) == hash((1, "a")))
print(hash(FS({1, 2})) == hash(frozenset({2, 1})))
print(hash(I(10**30)) == hash(10**30), hash(I(-1)), hash(I(7)))
print(hash(F(1.5)) == hash(1.5), hash(F(2.0)) == hash(2))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(0)) == hash(range(5, 5)))
print(hash(b"xyz") == hash(b"xyz"), hash((1, (2, 3))) == hash((1, (2, 3))))

for v in ([], {}, set(), bytearray(), {}.keys(), {}.values(), {}.items(), slice(1, 2)):
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError as e:
        print(e)

try:
    hash((1, []))
except TypeError as e:
    print("tuple item:", e)


class A:
    def f(self):
        pass


a = A()
print(hash(a.f) == hash(a.f))
print(hash(list[int]) == hash(list[int]), hash(int | None) == hash(int | None))
print(int.__hash__(5), str.__hash__("q") == hash("q"))
