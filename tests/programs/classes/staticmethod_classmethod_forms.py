# staticmethod and classmethod: decorator and call forms, inheritance, access from instances.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print("classmethod constructs subclass:", Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print("staticmethod via class/instance:", Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print("classmethod via instance:", MyDate(1, 2, 3).from_string("5-6-7"))
def plain(x):
    return x * 2
def clsfunc(cls, x):
    return f"{cls.__name__}:{x}"
class CallForms:
    s = staticmethod(plain)
    c = classmethod(clsfunc)
print("call forms:", CallForms.s(4), CallForms().s(5), CallForms.c(1), CallForms().c(2))
print("types in class dict:", type(CallForms.__dict__["s"]).__name__, type(CallForms.__dict__["c"]).__name__)
print("retrieved types:", type(CallForms.s).__name__, type(CallForms.c).__name__, CallForms.c.__self__ is CallForms)
print("__func__:", CallForms.__dict__["s"].__func__ is plain, CallForms.__dict__["c"].__func__ is clsfunc)
print("staticmethod object is callable in 3.10+:", CallForms.__dict__["s"](6))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.register("a").register("b")
print("classmethod chaining:", Registry.count(), Registry.items)
class Sub(Registry):
    items = []
Sub.register("only sub")
print("cls is the subclass:", Sub.items, Registry.items)
class Overrides(Date):
    @staticmethod
    def is_leap(y):
        return "overridden"
    @classmethod
    def from_string(cls, s):
        base = super().from_string(s)
        return ("wrapped", base)
print("override:", Overrides.is_leap(2000), Overrides.from_string("1-2-3"))
class Counter:
    _n = 0
    @classmethod
    def next_id(cls):
        cls._n += 1
        return cls._n
print("class state:", Counter.next_id(), Counter.next_id(), Counter().next_id())
try:
    Date.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Date.is_leap()
except TypeError as e:
    print("TypeError:", e)
print("function defined as static then used:", staticmethod(len)([1, 2]))
