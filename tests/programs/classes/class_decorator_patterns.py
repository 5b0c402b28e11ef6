# Class decorators: registering, adding methods/attributes, parametrised, replacing the class.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def with_fields(*names):
    def deco(cls):
        def __init__(self, *values):
            if len(values) != len(names):
                raise TypeError(f"{cls.__name__} expects {len(names)} values, got {len(values)}")
            for n, v in zip(names, values):
                setattr(self, n, v)
        cls.__init__ = __init__
        cls.fields = names
        return cls
    return deco
@register
@add_repr
@with_fields("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print("decorated:", p, p.norm1(), Point.fields, registry)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
order = []
def trace(tag):
    def deco(cls):
        order.append(tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return deco
@trace("outer")
@trace("middle")
@trace("inner")
class Traced:
    pass
print("bottom-up application:", order, Traced.tags)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.wrapped = cls
    return get
@singleton
class Config:
    def __init__(self, value=0):
        self.value = value
c1, c2 = Config(1), Config(2)
print("replaced by function:", c1 is c2, c1.value, type(Config).__name__, Config.wrapped.__name__)
def add_ordering(cls):
    cls.__lt__ = lambda a, b: a.key() < b.key()
    cls.__eq__ = lambda a, b: a.key() == b.key()
    cls.__hash__ = lambda a: hash(a.key())
    return cls
@add_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def key(self):
        return self.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
print("added ordering:", sorted([Version("1.10"), Version("1.2"), Version("0.9")]), Version("1.0") == Version("1.0"))
def subclassing(cls):
    class Wrapped(cls):
        def hello(self):
            return "wrapped " + super().hello()
    Wrapped.__name__ = cls.__name__
    return Wrapped
@subclassing
class Greeter:
    def hello(self):
        return "hello"
print("returns subclass:", Greeter().hello(), Greeter.__name__, Greeter.__mro__[1].__name__)
def counted(cls):
    original = cls.__init__
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.instances = 0
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, n):
        self.n = n
Thing(1); Thing(2)
print("wrapped __init__:", Thing.instances, Thing(3).n, Thing.instances)
print("decorator expression:", (lambda c: c.__name__.lower())(Thing))
