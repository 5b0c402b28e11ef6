# type(): one-argument form, three-argument class creation, type attributes, and errors.
print("one arg:", type(1), type("s").__name__, type(None).__name__, type(type), type(object), type(int) is type)
print("instances:", type([]) is list, type(True) is bool, type(1) is not bool, type(1.0).__name__, type(2 ** 100).__name__)
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
p.x = 5
print("three-arg class:", Point.__name__, p.describe(), type(p) is Point, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point,), {"y": 1})
print("with bases:", [c.__name__ for c in Sub.__mro__], Sub().describe(), Sub.y, issubclass(Sub, Point))
def init(self, v):
    self.v = v
Box = type("Box", (object,), {"__init__": init, "__repr__": lambda self: f"Box({self.v!r})"})
print("dunders via dict:", Box(3), [Box("a")])
Empty = type("Empty", (), {})
print("empty:", Empty.__name__, Empty.__qualname__, type(Empty()).__name__)
print("type attributes:", int.__name__, int.__qualname__, str.__module__, list.__mro__, bool.__bases__)
print("type of classes:", type(Point), type(Sub), type(ValueError))
print("mro method:", int.mro(), bool.mro())
print("class is callable:", callable(type), type("X", (), {})().__class__.__name__)
errors = [
    lambda: type(), lambda: type(1, 2), lambda: type("X", "not tuple", {}), lambda: type("X", (), []),
    lambda: type(5, (), {}), lambda: type("X", (bool,), {}),
]
for bad in errors:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("type vs isinstance for subclasses:", type(True) == int, isinstance(True, int))
print("names with dots:", type("a.b", (), {}).__name__)
C = type("C", (), {"__doc__": "documented"})
print("doc:", C.__doc__)
