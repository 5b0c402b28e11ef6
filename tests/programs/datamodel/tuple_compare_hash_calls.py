# Tuple comparison and hashing call their items' methods in CPython's
# order, and an item's method that raises stops them.
log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __hash__(self):
        log.append(("hash", self.v))
        if self.v == "boom":
            raise RuntimeError("no hash for boom")
        return len(self.v)


a = (Item("x"), Item("y"), Item("z"))
b = (Item("x"), Item("q"), Item("z"))
print(a == b, a < b, a > b, a <= a, a != b)
print(log)
log.clear()
print(hash(a) == hash((Item("x"), Item("y"), Item("z"))))
print(log)
log.clear()
try:
    hash((Item("a"), Item("boom"), Item("c")))
except RuntimeError as e:
    print("RuntimeError:", e, log)
print(hash((1, 2, 3)), hash(()), hash((1.5, -1, 2**70)), hash(((1, 2), (3,))))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (2,) > (1, 9, 9), () < (0,), (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
pairs = [(i % 3, -i) for i in range(9)]
print(sorted(pairs), max(pairs), min(pairs))
