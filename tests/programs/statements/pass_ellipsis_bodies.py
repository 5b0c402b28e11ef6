# pass and ... as placeholder bodies everywhere; Ellipsis as a value.
def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty:
    ...
print("pass returns None:", todo(), later())
print("empty classes:", Empty.__name__, AlsoEmpty.__name__, type(Empty()).__name__)
for _ in range(3):
    pass
while False:
    ...
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__) as f:
    pass
print("file closed after empty with:", f.closed)
print("Ellipsis:", ..., Ellipsis, repr(...), str(Ellipsis), type(...).__name__, ... is Ellipsis)
print("Ellipsis truthy:", bool(...), "in containers:", [..., 1], {"k": ...})
x = ...
print("as a value:", x == Ellipsis, x is ...)
def stub(a, b=...):
    return b is ...
print("as sentinel default:", stub(1), stub(1, 2))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print("in subscripts:", g[...], g[1, ...], g[..., 0], g[:, ...])
def doc_only():
    """Only a docstring is a valid body."""
print("doc only:", doc_only(), doc_only.__doc__)
class Abstract:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("NotImplemented constant:", NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
try:
    Ellipsis.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    ... + 1
except TypeError as e:
    print("TypeError:", e)
try:
    compile("def f():\n", "<pass>", "exec")
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
