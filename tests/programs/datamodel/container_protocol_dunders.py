# __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ with ints, slices and keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
        self.log = []
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        self.log.append(("get", key))
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, int):
            if key < 0:
                key += len(self)
            if not 0 <= key < len(self):
                raise IndexError("grid index out of range")
            return self[key % self.w, key // self.w]
        raise TypeError(f"grid indices must be int, slice or tuple, not {type(key).__name__}")
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.cells[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "z"
print("len:", len(g), "| tuple keys:", g[0, 0], g[1, 0], g[2, 1])
print("int index:", g[0], g[-1], "| slice:", g[::2], g[1:3])
print("contains:", "z" in g, "q" in g, "q" not in g)
del g[0, 0]
print("after del:", g[0, 0], g.cells)
for bad in [(5, 5), 10, "x"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(f"g[{bad!r}]:", type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError from __delitem__:", e)
print("iteration via __getitem__ until IndexError:", list(g))
print("log sample:", g.log[:3])
class Slices:
    def __getitem__(self, key):
        return key
s = Slices()
print("keys as received:", s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s["k"])
class Assign:
    def __setitem__(self, key, value):
        print("  setitem", key, value)
    def __delitem__(self, key):
        print("  delitem", key)
a = Assign()
a[1:3] = "xy"
a[::2] = [0]
del a[4:]
a[1, 2] = "tuple"
a["k"] = "plain"
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 100
print("old-style sequence:", list(Seq()), 200 in Seq(), list(reversed(Seq())), sorted(Seq(), reverse=True))
class Iter:
    def __iter__(self):
        yield from "xyz"
print("__iter__ wins for in/list:", list(Iter()), "y" in Iter(), "".join(Iter()))
class NoLen:
    def __getitem__(self, i):
        raise IndexError
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
class Ro:
    def __getitem__(self, i): return i
try:
    Ro()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Ro()[0]
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
