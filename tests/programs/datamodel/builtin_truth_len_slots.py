# bool() and len() of built-in values, of instances of their subclasses,
# and of values whose length does not fit an index.

class L(list): pass
class T(tuple): pass
class S(str): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class B(bytes): pass
class BA(bytearray): pass
class I(int): pass
class F(float): pass

for empty, full in [
    (L(), L([1])), (T(), T((1,))), (S(""), S("ab")), (D(), D(a=1)),
    (St(), St({1})), (FS(), FS({1, 2})), (B(b""), B(b"xyz")), (BA(), BA(b"q")),
]:
    print(type(full).__name__, bool(empty), bool(full), len(empty), len(full))

print(bool(I(0)), bool(I(5)), bool(I(10**40)), bool(F(0.0)), bool(F(-0.0)), bool(F(0.5)))
print(bool(10**40), bool(-(10**40)), bool(0.0), bool(float("nan")))

d = {1: 2, 3: 4}
for view in (d.keys(), d.values(), d.items(), {}.keys(), {}.values(), {}.items()):
    print(type(view).__name__, bool(view), len(view))

for r in (range(0), range(5), range(5, 0, -2), range(10**20), range(10**20, 10**20), range(-2**63, 2**63 - 1)):
    print(bool(r), end=" ")
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError:", e)

try:
    list(range(-2**63, 2**63 - 1))
except OverflowError as e:
    print("list():", e)
print(len(range(2**62, 2**63 - 1)) == 2**63 - 1 - 2**62)


class Klass:
    x = 1


proxy = Klass.__dict__
print(bool(proxy), len(proxy) > 0)


class Sized(list):
    def __len__(self):
        return 0


print(bool(Sized([1, 2])), len(Sized([1, 2])), list.__len__(Sized([1, 2])))


class Truthy(dict):
    def __bool__(self):
        return True


print(bool(Truthy()), len(Truthy()))

for v in (print, len, object(), Exception(), iter([]), (x for x in ()), Klass):
    print(bool(v), end=" ")
print()

for v in (5, 2.5, None, object(), iter([1])):
    try:
        len(v)
    except TypeError as e:
        print(e)

print(list.__len__([1, 2, 3]), dict.__len__({1: 1}), str.__len__("héllo"))
try:
    list.__len__(5)
except TypeError as e:
    print("TypeError")
print(int.__bool__(0), float.__bool__(0.1), type(None).__bool__(None))
