# Calling a class whose __init__ is a Python function runs __init__ in the
# frame loop itself; every way a construction can go must match CPython.


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Holder:
    Point = Point        # a class reached through an instance: LOAD_METHOD form

    def make(self, n):
        return [self.Point(i, -i) for i in range(n)]


print([Point(i) for i in range(3)], Holder().make(2))


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"too big: {n}")
        self.n = n


for n in range(3):
    try:
        print(Raises(n).n)
    except ValueError as e:
        print("ValueError:", e)

for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class CustomNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(CustomNew(7).v)


class NotMine:
    def __new__(cls):
        return 99

    def __init__(self):
        print("never runs")


print(NotMine())


class Base:
    def __init__(self, tag):
        self.tag = tag


class Derived(Base):
    pass


print(Derived("inherited").tag)
Derived.__init__ = lambda self, tag: setattr(self, "tag", tag.upper())
print(Derived("replaced").tag)
del Derived.__init__
print(Derived("restored").tag)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth(n):
    d = 0
    while n.child:
        n, d = n.child, d + 1
    return d


print(depth(Node(100)))
try:
    Node(100000)
except RecursionError as e:
    print("RecursionError:", e)


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


i = 0
while i < 1000:
    Counted()
    i += 1
print(Counted.made)
