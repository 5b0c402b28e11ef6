# property: getter/setter/deleter, read-only and write-only errors, subclass overrides, docs.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print("get:", t.celsius, t.fahrenheit)
t.celsius = 100
print("set:", t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print("after delete:", hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("read-only:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("no deleter:", e)
print("property object on class:", type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
print("fget/fset/fdel:", Temperature.celsius.fget.__name__, Temperature.celsius.fset is not None, Temperature.fahrenheit.fset)
class WriteOnly:
    def _set(self, v):
        self._v = v * 2
    value = property(None, _set, None, "write only")
w = WriteOnly()
w.value = 21
print("write-only stored:", w._v, WriteOnly.value.__doc__)
try:
    w.value
except AttributeError as e:
    print("unreadable:", e)
class Base:
    @property
    def x(self):
        return "base x"
class Child(Base):
    @Base.x.setter
    def x(self, value):
        self._x = value
c = Child()
c.x = 5
print("subclass adds setter:", c.x, c._x)
try:
    Base().x = 1
except AttributeError as e:
    print("base still read-only:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return 42
lz = Lazy()
print("recomputed each access:", lz.expensive, lz.expensive, lz.computed)
class Shadow:
    @property
    def p(self):
        return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print("data descriptor beats instance dict:", s.p)
class Chain:
    def get(self): return "got"
    prop = property(get)
    prop = prop.setter(lambda self, v: setattr(self, "_v", v))
ch = Chain()
ch.prop = "chained setter"
print("property().setter chain:", ch.prop, ch._v)
class Raises:
    @property
    def bad(self):
        raise KeyError("inside getter")
try:
    Raises().bad
except KeyError as e:
    print("getter exception propagates:", repr(e))
print("hasattr swallows only AttributeError:", end=" ")
try:
    hasattr(Raises(), "bad")
except KeyError:
    print("KeyError escaped hasattr")
