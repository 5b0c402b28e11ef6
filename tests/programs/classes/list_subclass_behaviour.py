# Subclassing list: overriding methods, what builtins bypass, slicing/concat return plain lists.
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for item in items:
            self.append(item)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)
    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"
tl = TypedList(int, [3, 1, 2])
print("constructed:", tl, len(tl), tl[0], isinstance(tl, list))
try:
    tl.append("x")
except TypeError as e:
    print("TypeError:", e)
tl.extend(["not checked"])
print("extend bypasses append:", tl)
tl.pop()
tl.sort()
print("inherited methods:", tl, tl.index(2), tl.count(3), sum(tl))
print("slice is plain list:", type(tl[:2]).__name__, tl[:2])
print("concat is plain list:", type(tl + [9]).__name__, type([0] + tl).__name__)
print("repeat is plain list:", type(tl * 2).__name__)
tl += [10]
print("+= keeps subclass:", type(tl).__name__, tl)
print("equality with list:", tl == [1, 2, 3, 10], [1, 2, 3, 10] == tl)
print("copy is plain:", type(tl.copy()).__name__)
print("reversed/sorted:", list(reversed(tl)), sorted(tl, reverse=True), type(sorted(tl)).__name__)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None
s = Stack()
s.push(1); s.push(2)
print("stack:", s, s.peek(), s.top, Stack().top)
class Countable(list):
    def __getitem__(self, index):
        result = super().__getitem__(index)
        return ("got", result)
    def __len__(self):
        return 100
c = Countable([1, 2, 3])
print("overridden __getitem__:", c[0], c[1:])
print("iteration ignores __getitem__ override:", list(c), [x for x in c])
print("len() uses override:", len(c), "bool uses len:", bool(Countable()))
class Attr(list):
    pass
a = Attr([1])
a.note = "has __dict__"
print("instances have attributes:", a.note, vars(a))
class Default(list):
    def __missing__(self, key):
        return "never used for lists"
try:
    Default()[5]
except IndexError as e:
    print("IndexError:", e)
class Eq(list):
    def __eq__(self, other):
        return "custom eq"
print("custom __eq__:", Eq() == [], [] == Eq())
print("mro:", [k.__name__ for k in Stack.__mro__])
class Ordered(list):
    def __lt__(self, other):
        return len(self) < len(other)
print("sorted uses subclass __lt__:", sorted([Ordered([1, 2]), Ordered([5]), Ordered([])]))
