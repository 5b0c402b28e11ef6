# Annotations everywhere; module and class bodies keep __annotations__.
count: int = 3
label: str
ratio: "float" = 0.5
matrix: list[list[int]] = [[1, 2], [3, 4]]
lookup: dict[str, tuple[int, ...]] = {}
maybe: int | None = None

def scale(v: float, k: float = 2.0, *rest: int, flag: bool = False, **opts: str) -> float:
    total: float = v * k
    return total

def nothing() -> None:
    local_only: int
    local_value: int = 5
    return None

class Point:
    x: int
    y: int = 0
    tags: list[str] = []
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y: int = y
        self.extra: "str" = "e"

lam = lambda a, b=1: a + b
print(count, ratio, matrix, lookup, maybe)
print(scale(1.5), scale(2, 3, flag=True), nothing())
print(sorted(__annotations__.keys()))
print(__annotations__["count"], __annotations__["ratio"])
print(__annotations__["matrix"], __annotations__["maybe"])
print(list(Point.__annotations__.keys()))
print(Point.__annotations__["x"].__name__, Point.y, Point.tags)
print(sorted(scale.__annotations__.keys()))
print(scale.__annotations__["return"].__name__, scale.__annotations__["rest"].__name__)
print(nothing.__annotations__)
p = Point(4)
print(p.x, p.y, p.extra)
print("label" in globals(), "count" in globals())
for key, value in __annotations__.items():
    print(key, "->", getattr(value, "__name__", value))
obj = Point(1, 2)
obj.x: int = 10
d = {}
d["key"]: str = "value"
print(obj.x, d)
