# Attribute and method sites that warmed up on a class, then the class
# (or a base) changed: each site must see the change at once.

class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    def __init__(self, n):
        self.n = n


def read(objs):
    return [(o.n, o.kind, o.greet()) for o in objs]


objs = [Child(i) for i in range(3)]
for _ in range(5):
    out = read(objs)
print(out)

Base.kind = "changed"
print(read(objs))

Base.greet = lambda self: "replaced on Base"
print(read(objs))

Child.greet = lambda self: "overridden on Child"
print(read(objs))

del Child.greet
print(read(objs))

del Base.kind
try:
    read(objs)
except AttributeError as e:
    print("AttributeError:", e)


# A class attribute that becomes a property shadows the instance slot.
class Point:
    def __init__(self, x):
        self.x = x


def get_x(points):
    return [p.x for p in points]


pts = [Point(i) for i in range(4)]
for _ in range(5):
    get_x(pts)
print(get_x(pts))
Point.x = property(lambda self: "from property")
print(get_x(pts))
del Point.x
print(get_x(pts))


# A method cached at a call site, then the class gains __getattribute__.
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


def bump_all(c, n):
    return [c.bump() for _ in range(n)]


c = Counter()
print(bump_all(c, 5))


def traced(self, name):
    if name == "bump":
        return lambda: "intercepted"
    return object.__getattribute__(self, name)


Counter.__getattribute__ = traced
print(bump_all(c, 2))
del Counter.__getattribute__
print(bump_all(c, 2))


# __getattr__ added later answers a name that was missing.
class Lazy:
    pass


def probe(o):
    try:
        return o.missing
    except AttributeError:
        return "missing"


lz = Lazy()
print([probe(lz) for _ in range(4)])
Lazy.__getattr__ = lambda self, name: "made " + name
print([probe(lz) for _ in range(2)])
