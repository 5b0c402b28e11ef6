# Calls with keyword arguments to Python functions run in the frame loop
# itself: every binding shape, with cells, recursion, generators and errors.

def area(w, h=2, *, unit="m"):
    return f"{w * h}{unit}"


def outer(a, b):
    def inner():
        return a + b          # a and b are cell parameters
    return inner()


def countdown(n, acc=()):
    if n == 0:
        return acc
    return countdown(n=n - 1, acc=acc + (n,))


def gen(start, stop=3):
    yield from range(start, stop)


class Shape:
    def __init__(self, name, sides=0):
        self.name = name
        self.sides = sides

    def describe(self, prefix="a", suffix="."):
        return f"{prefix} {self.name} with {self.sides} sides{suffix}"


for i in range(3):
    print(area(i, h=3), area(w=i), area(h=i, w=2, unit="cm"))
    print(outer(b=i, a=10), countdown(n=i))
    print(list(gen(start=i)), list(gen(stop=i + 2, start=0)))
    s = Shape(name="square", sides=4)
    print(s.describe(suffix="!"), Shape.describe(s, prefix="one"))

opts = {"h": 5, "unit": "km"}
print(area(1, **opts), area(**{"w": 2}))

for bad in [
    lambda: area(1, w=2),
    lambda: area(h=1),
    lambda: area(1, depth=2),
    lambda: area(1, 2, 3),
    lambda: area(1, **{"h": 1}, h=2),
    lambda: area(1, **[1]),
    lambda: area(1, **{1: 2}),
    lambda: outer(a=1),
    lambda: countdown(n=1, m=2),
    lambda: Shape(sides=3),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n=n - 1)


try:
    deep(n=100000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(n=50))
