# Class decorators: registration, adding methods, wrapping, hand-written dataclass.
REGISTRY = {}
def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.registered_as = name
        return cls
    return deco
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def record(*field_names):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(field_names):
                raise TypeError(f"{cls.__name__} expects {len(field_names)} values")
            for n, v in zip(field_names, args):
                setattr(self, n, v)
        def __eq__(self, other):
            return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in field_names)
        cls.__init__ = __init__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.fields = field_names
        return cls
    return deco
@register("point")
@auto_repr
@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(0, 0), Point.fields)
print(REGISTRY["point"] is Point, Point.registered_as)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Settings:
    def __init__(self, value):
        self.value = value
s1 = Settings(1)
s2 = Settings(2)
print(s1 is s2, s1.value, type(Settings).__name__)
