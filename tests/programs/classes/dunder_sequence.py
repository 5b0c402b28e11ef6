# Sequence protocol through __getitem__/__len__, slices, truthiness via __len__.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
for a, b in zip(Seq(), "abcdef"):
    print(a, b, end="; ")
print()
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(6)
print(sq[2], sq[-1], sq[1:5], sq[::-2], len(sq), bool(Squares(0)), list(reversed(sq)))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    iter(Empty())
except TypeError as e:
    print("TypeError:", e)
