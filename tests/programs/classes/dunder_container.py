# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key type {type(key).__name__}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 2)
g[1, 0] = "#"
g[3, 1] = "@"
print(len(g), g[1, 0], g[0, 0], "#" in g, "?" in g)
print(list(g))
del g[1, 0]
print(list(g), "#" in g)
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), [x for x in Countdown(2)])
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
