# __neg__ __pos__ __abs__ __invert__ __int__ __float__ __index__ __bool__ and where each is used.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return Money(abs(self.cents))
    def __abs__(self): return Money(abs(self.cents) * 1)
    def __invert__(self): return Money(~self.cents)
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __bool__(self): return self.cents != 0
m = Money(-250)
print("unary:", -m, +m, abs(m), ~m, -(-m))
print("int()/float():", int(m), float(m), int(Money(999)), float(Money(1)))
print("bool():", bool(m), bool(Money(0)), "yes" if Money(5) else "no", not Money(0))
print("no __index__ so no hex/slicing:", end=" ")
try:
    hex(m)
except TypeError as e:
    print(e)
try:
    [1, 2, 3][Money(1)]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i2 = Idx(2)
print("__index__ users:", [10, 20, 30][i2], "abcd"[i2:], hex(Idx(255)), bin(i2), oct(Idx(8)))
print("range/repeat/int():", list(range(Idx(3))), "ab" * Idx(2), [0] * Idx(2), int(Idx(7)))
print("__index__ gives float()?", end=" ")
try:
    print(float(Idx(3)))
except TypeError as e:
    print("TypeError:", e)
print("int() prefers __int__ over __index__:", int(type("Both", (), {"__int__": lambda s: 1, "__index__": lambda s: 2})()))
class BadInt:
    def __int__(self): return "seven"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
for fn in (int, float, abs, hex):
    try:
        fn(Plain())
    except TypeError as e:
        print(f"{fn.__name__}(Plain()): TypeError:", e)
for expr in ["-Plain()", "+Plain()", "~Plain()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError:", e)
class Vec:
    def __init__(self, *c): self.c = c
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __repr__(self): return f"Vec{self.c}"
print("abs returns anything:", abs(Vec(3, 4)), -Vec(1, -2))
class IntLike:
    def __index__(self): return 5
print("math-ish with __index__:", 2 ** int(IntLike()), round(2.56789, IntLike()), "x"[:IntLike()])
print("bool from len when no __bool__:", bool(type("L", (), {"__len__": lambda s: 0})()))
