# Annotations: module, class and function __annotations__; unevaluated local annotations.
x: int = 3
y: "forward ref"
z: list[int] = [1, 2]
print("module annotations:", __annotations__)
print("x:", x, "| y defined:", "y" in globals())
class Point:
    x: int
    y: int = 0
    label: str = "p"
    def method(self) -> None:
        local: undefined_name_never_evaluated = 5
        return local
print("class annotations:", Point.__annotations__)
print("class attrs:", hasattr(Point, "x"), Point.y, Point.label)
print("method local annotation not evaluated:", Point().method())
def f(a: int, b: "str" = "s", *args: float, c: bool = True, **kw: dict) -> list[int]:
    return [a]
print("function annotations:", f.__annotations__)
def g(a, b):
    pass
print("no annotations:", g.__annotations__)
lam = lambda q: q
print("lambda annotations:", lam.__annotations__)
def h(p: 1 + 2, q: [str, int] = None) -> (lambda: 0):
    return p
print("expression annotations:", h.__annotations__["p"], h.__annotations__["q"], callable(h.__annotations__["return"]))
class Empty:
    pass
print("class without annotations has own dict entry:", "__annotations__" in Empty.__dict__)
class Child(Point):
    extra: float = 1.5
print("child annotations only own:", Child.__annotations__)
data = {}
data["key"]: int = 5
print("subscript target annotated:", data)
class Obj:
    pass
o = Obj()
o.attr: str = "annotated attribute"
print("attribute target annotated:", o.attr)
print("module annotations unchanged by targets:", sorted(__annotations__))
def counter():
    count: int = 0
    count += 1
    return count
print("local annotated:", counter())
(paren): int = 7
print("parenthesized name:", paren, "paren" in __annotations__)
