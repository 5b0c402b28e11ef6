# property() call form, cached-ish properties, overriding properties, instance dict vs property.
class Classic:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    x = property(get_x, set_x, None, "the x property")
c = Classic()
c.x = 4
print(c.x, Classic.x.__doc__, Classic.x.fget is Classic.get_x)
class Lazy:
    computed = 0
    @property
    def expensive(self):
        Lazy.computed += 1
        return "result"
lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.computed)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived<" + super().name + ">"
print(Derived().name)
class Shadow:
    @property
    def p(self):
        return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p)
