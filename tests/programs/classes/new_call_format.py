# __new__, __call__, __format__, __str__ vs __repr__, __bool__.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self, value):
        self.inits += 1
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, a.inits)
class PositiveInt(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
print(PositiveInt(-5), PositiveInt(-5) + 1, type(PositiveInt(3)).__name__, isinstance(PositiveInt(1), int))
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotInit())
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
m = Multiplier(3)
print(m(4), m(4, offset=1), callable(m), callable(Multiplier), callable(5), list(map(m, [1, 2])))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)
    def __bool__(self):
        return self.cents != 0
cash = Money(1234)
print(cash, repr(cash), str(cash), [cash], f"{cash}", f"{cash!r}", f"{cash:cents}", f"[{cash:>10}]")
print(format(cash, "cents"), "{:cents} {}".format(cash, cash), "%s %r" % (cash, cash))
print(bool(Money(0)), bool(cash), "yes" if Money(0) else "no")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class DefaultFormat:
    pass
try:
    format(DefaultFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class Tree:
    def __init__(self, label, *kids):
        self.label, self.kids = label, kids
    def __repr__(self):
        if not self.kids:
            return f"Tree({self.label!r})"
        return f"Tree({self.label!r}, {', '.join(map(repr, self.kids))})"
print(Tree("root", Tree("a"), Tree("b", Tree("c"))))
