# Instance attributes as programs see them, however isopy lays them out:
# order, __dict__ and vars() as live views, deletion, odd names, many
# attributes, attributes added in different orders, and class changes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = Point(1, 2)
b = Point(3, 4)
print(vars(a), vars(b), a.__dict__ == {"x": 1, "y": 2})
a.z = 5
print(list(vars(a)), list(vars(b)))

# Added in a different order, the __dict__ shows that order.
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(vars(c))

# __dict__ is the attributes: writes through it are attributes, and later
# attribute writes show in it.
d = Point(0, 0)
ns = d.__dict__
ns["extra"] = "via dict"
d.later = "via attribute"
print(d.extra, ns["later"], ns is d.__dict__, vars(d) is ns)
del ns["x"]
print(hasattr(d, "x"), sorted(vars(d)))

# Deleting keeps the order of the others; re-adding goes last.
e = Point(1, 2)
e.z = 3
del e.y
print(vars(e))
e.y = 4
print(vars(e))
try:
    del e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    print(e.y2)
except AttributeError as err:
    print("AttributeError:", err)

# Any str is a valid attribute name for setattr/getattr.
setattr(e, "not an identifier", 1)
setattr(e, "", 2)
print(getattr(e, "not an identifier"), getattr(e, ""), len(vars(e)))


# Many attributes, in a loop.
class Bag:
    pass


bag = Bag()
for i in range(100):
    setattr(bag, "f%d" % i, i * i)
print(bag.f0, bag.f50, bag.f99, len(vars(bag)), list(vars(bag))[:3])
for i in range(0, 100, 2):
    delattr(bag, "f%d" % i)
print(len(vars(bag)), list(vars(bag))[:3])

# Many instances with their own attribute orders.
objs = []
for i in range(50):
    o = Bag()
    for j in range(i % 7):
        setattr(o, "k%d" % ((i + j) % 5), j)
    objs.append(o)
print([sorted(vars(o).items()) for o in objs[:8]])

# Class attributes, instance attributes shadowing them, and properties.
class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.n = Counter.total

    @property
    def double(self):
        return self.n * 2


cs = [Counter() for _ in range(3)]
print([c.n for c in cs], Counter.total, cs[2].double)
cs[0].total = "own"
print(cs[0].total, cs[1].total, Counter.total)
try:
    cs[0].double = 1
except AttributeError as err:
    print("AttributeError:", err)


# Changing an instance's class keeps its attributes.
class Other:
    def describe(self):
        return "other with %r" % (vars(self),)


p = Point(7, 8)
p.__class__ = Other
print(p.describe(), isinstance(p, Other))

# A class attribute changed after instances exist is seen by them, and by
# instances of subclasses.
class Base:
    greeting = "hello"


class Derived(Base):
    pass


x = Derived()
print(x.greeting)
Base.greeting = "changed"
print(x.greeting)
Base.greeting = "again"
del Base.greeting
print(hasattr(x, "greeting"))
Derived.greeting = "derived"
print(x.greeting, hasattr(Base, "greeting"))
