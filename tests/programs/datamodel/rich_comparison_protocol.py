# __eq__ __ne__ __lt__ __le__ __gt__ __ge__: reflection, NotImplemented, defaults, sorting.
log = []
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        log.append(f"{self.v}.__eq__")
        return self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        log.append(f"{self.v}.__lt__")
        return self.v < o.v if isinstance(o, V) else NotImplemented
    def __le__(self, o):
        log.append(f"{self.v}.__le__")
        return self.v <= o.v if isinstance(o, V) else NotImplemented
    def __gt__(self, o):
        log.append(f"{self.v}.__gt__")
        return self.v > o.v if isinstance(o, V) else NotImplemented
    def __ge__(self, o):
        log.append(f"{self.v}.__ge__")
        return self.v >= o.v if isinstance(o, V) else NotImplemented
a, b = V(1), V(2)
for expr in ["a == b", "a != b", "a < b", "a <= b", "a > b", "a >= b"]:
    log.clear()
    print(expr, eval(expr), log)
log.clear()
print("ne derived from eq:", a != V(1), log)
log.clear()
print("reflected: 5 < a ->", end=" ")
try:
    5 < a
except TypeError as e:
    print("TypeError:", e, log)
class Num:
    def __init__(self, n): self.n = n
    def __gt__(self, other):
        return f"Num.__gt__({other})"
    def __eq__(self, other):
        return f"Num.__eq__({other})"
print("int < Num uses Num.__gt__:", 3 < Num(1))
print("int == Num uses Num.__eq__:", 3 == Num(1))
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.__eq__"
print("subclass reflected first:", Base() == Derived(), Derived() == Base())
class NoEq:
    pass
x, y = NoEq(), NoEq()
print("default identity eq:", x == x, x == y, x != y, x != x)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
class AlwaysNI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n1 = AlwaysNI()
print("both NotImplemented -> identity for ==:", n1 == n1, n1 == AlwaysNI(), n1 != AlwaysNI())
try:
    n1 < AlwaysNI()
except TypeError as e:
    print("TypeError:", e)
log.clear()
print("sorted uses __lt__ only:", sorted([V(3), V(1), V(2)]), sorted(set(log)))
print("min/max:", min(V(5), V(2)), max([V(5), V(9), V(1)]))
log.clear()
print("chained comparison calls each once:", V(1) < V(2) < V(3), log)
class Weird:
    def __eq__(self, o): return [1]
    def __lt__(self, o): return 0
print("non-bool results returned as is:", Weird() == 1, Weird() < 1)
print("in uses ==:", V(2) in [V(1), V(2)], V(7) in [V(1)])
print("list eq uses element eq:", [V(1), V(2)] == [V(1), V(2)], (V(1),) < (V(2),))
class Ordered:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"O{self.k}"
print("only __lt__, > is reflected:", Ordered(2) > Ordered(1), Ordered(1) > Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
class ExplicitNe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ne__(self, o): return f"__ne__ called ({self.v} vs {o.v})"
print("explicit __ne__ wins over derived:", ExplicitNe(1) != ExplicitNe(1), ExplicitNe(1) == ExplicitNe(1))
class NeOnly:
    def __ne__(self, o): return "NeOnly.__ne__"
print("reflected __ne__:", 5 != NeOnly(), NeOnly() == NeOnly())
