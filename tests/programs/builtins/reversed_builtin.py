# reversed(): sequences, ranges, dicts and dict views, __reversed__, __len__/__getitem__ fallback.
print("list/tuple/str:", list(reversed([1, 2, 3])), tuple(reversed((1, 2))), "".join(reversed("abc")))
print("range:", list(reversed(range(5))), list(reversed(range(1, 10, 4))), reversed(range(3)).__class__.__name__)
d = {"a": 1, "b": 2, "c": 3}
print("dict and views:", list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print("bytes/bytearray:", list(reversed(b"abc")), bytes(reversed(bytearray(b"xyz"))))
r = reversed([1, 2, 3])
print("iterator:", next(r), iter(r) is r, list(r), list(r), type(r).__name__)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print("list grows after reversed() created:", list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.pop()
lst.pop()
print("list shrinks after reversed() created:", list(r))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __reversed__(self):
        return iter(["custom", "reverse"])
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return self.cards[i]
print("__reversed__ wins:", list(reversed(Deck())))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return i * 11
print("__len__ + __getitem__ fallback:", list(reversed(Seq())))
class NotReversible:
    def __iter__(self):
        return iter([1])
for obj in [{1, 2}, NotReversible(), 5, iter([1]), (x for x in "a"), frozenset()]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
class NoneReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneReversed())
except TypeError as e:
    print("TypeError:", e)
d2 = {"x": 1}
rv = reversed(d2)
d2["y"] = 2
try:
    list(rv)
except RuntimeError as e:
    print("RuntimeError:", e)
print("reversed twice:", list(reversed(list(reversed("abc")))))
print("sorted reverse vs reversed sorted:", sorted([3, 1, 2], reverse=True) == list(reversed(sorted([3, 1, 2]))))
