# One attribute or method site that sees instances of several classes
# (a base class's method called on subclasses): each class is checked on
# its own, so changing one never leaks into the answers for another.

class Shape:
    def __init__(self, size):
        self.size = size

    def describe(self):
        return f"{self.name()} of size {self.size}"

    def name(self):
        return "shape"


class Square(Shape):
    def name(self):
        return "square"


class Circle(Shape):
    def __init__(self, size):
        self.kind = "round"      # another layout: size comes second
        self.size = size

    def name(self):
        return "circle"


class Blob(Shape):
    pass


shapes = [Square(1), Circle(2), Blob(3), Square(4), Circle(5)]
for _ in range(4):
    out = [s.describe() for s in shapes]
print(out)

Circle.name = lambda self: "renamed circle"
print([s.describe() for s in shapes])

Square.size = property(lambda self: "square's property")
print([s.describe() for s in shapes])
del Square.size
print([s.describe() for s in shapes])

del Circle.name
print([s.describe() for s in shapes])

shapes[2].name = lambda: "this blob only"
print([s.describe() for s in shapes])


def total(items):
    t = 0
    for it in items:
        t += it.size
    return t


print(total(shapes), total(shapes[:2]))
for s in shapes:
    s.size = s.size * 10 if isinstance(s.size, int) else 0
print(total(shapes))
