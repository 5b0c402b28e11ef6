# A `with` block inside a suspended generator: abandoning the generator runs
# the context manager's __exit__ with GeneratorExit, at once.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def rows(name):
    with Managed(name) as m:
        for i in range(3):
            yield f"{m.name}:{i}"


for row in rows("break"):
    print("row", row)
    break
print("after break")

for row in rows("exhausted"):
    pass
print("after exhausting")

g = rows("del")
print("first", next(g))
del g
print("after del")

# Two context managers and a finally: unwound innermost first.
def layered():
    try:
        with Managed("outer"), Managed("inner"):
            yield 1
    finally:
        print("layered finally")


for x in layered():
    break
print("after layered")

# __exit__ returning True cannot swallow GeneratorExit silently: the
# generator would go on, so CPython reports it on stderr, and the stdout
# order stays the same.
class Swallower(Managed):
    def __exit__(self, exc_type, exc, tb):
        print("swallower exit", exc_type.__name__ if exc_type else None)
        return True


def swallowed():
    with Swallower("s"):
        yield 1
    print("after the with inside the generator")
    yield 2


for x in swallowed():
    break
print("after swallowed")
