# Sites that warmed up on instances whose own layout then changed.

class Thing:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


def totals(things):
    return [t.total() for t in things]


def read_b(things):
    out = []
    for t in things:
        try:
            out.append(t.b)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


things = [Thing(i, 10 * i) for i in range(3)]
for _ in range(5):
    totals(things)
    read_b(things)
print(totals(things), read_b(things))

# A method replaced on one instance only.
things[1].total = lambda: "instance attribute wins"
print(totals(things))
del things[1].total
print(totals(things))

# del changes the instance's layout.
del things[0].b
print(read_b(things))
things[0].b = "back"
print(read_b(things))

# Attributes set in another order give another layout.
class Pair:
    pass


def make(order):
    p = Pair()
    for name in order:
        setattr(p, name, name.upper())
    return p


def show(p):
    return (p.x, p.y)


ps = [make("xy"), make("yx"), make("xy"), make("yx")]
for _ in range(3):
    print([show(p) for p in ps])

# __dict__ taken, then written directly.
t = Thing(1, 2)
for _ in range(4):
    read_b([t])
t.__dict__["b"] = "via __dict__"
print(read_b([t]))

# __class__ reassigned under a warm site.
class Other:
    def total(self):
        return "Other.total"


t2 = Thing(5, 6)
print(totals([t2] * 3))
t2.__class__ = Other
print(totals([t2]))


# Stores: a slot store site, then __setattr__ added to the class.
class Box:
    def __init__(self):
        self.v = 0


def fill(b, n):
    for i in range(n):
        b.v = i
    return b.v


b = Box()
print(fill(b, 5))


def loud_setattr(self, name, value):
    object.__setattr__(self, name, ("set", value))


Box.__setattr__ = loud_setattr
print(fill(b, 3))
del Box.__setattr__
print(fill(b, 3))

# A store that adds an attribute: the same site on fresh instances.
def grow(n):
    out = []
    for i in range(n):
        bx = Box()
        bx.w = i
        out.append((bx.v, bx.w))
    return out


print(grow(4))
Box.w = property(lambda self: "read-only")
try:
    grow(1)
except AttributeError:
    # (CPython 3.11 names the property only when it was set in the class body.)
    print("AttributeError: no setter")
