# Default values: evaluated once at def time, mutable default pitfalls, __defaults__/__kwdefaults__.
log = []
def default_value(v):
    log.append(v)
    return v
def f(a=default_value(1), b=default_value(2)):
    return a, b
print("evaluated at def time:", log)
f(); f()
print("not re-evaluated per call:", log)
def append_to(x, target=[]):
    target.append(x)
    return target
print("mutable default shared:", append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print("None idiom:", append_safe(1), append_safe(2))
n = 10
def uses_n(x=n):
    return x
n = 20
print("default captured at def time:", uses_n())
def kw(a, *, b=5, c):
    return a, b, c
print("kwdefaults:", kw.__kwdefaults__, kw.__defaults__, kw(1, c=2))
def mixed(a, b=1, /, c=2, *, d=3):
    return a, b, c, d
print("defaults:", mixed.__defaults__, mixed.__kwdefaults__, mixed(0), mixed(0, 9, c=8, d=7))
mixed.__defaults__ = (100, 200)
print("defaults can be replaced:", mixed(0))
def none_defaults(a):
    return a
print("no defaults:", none_defaults.__defaults__, none_defaults.__kwdefaults__)
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print("state in default:", counter(), counter(), counter())
class C:
    def method(self, items=[]):
        items.append(len(items))
        return items
print("method default shared across instances:", C().method(), C().method())
def default_refers_to_earlier_default(a=1, b=None):
    return a, (a if b is None else b)
print(default_refers_to_earlier_default(), default_refers_to_earlier_default(5))
def g(x=lambda: "lambda default"):
    return x()
print("callable default:", g(), g(lambda: "override"))
def h(a, b=[], *args, c={}, **kw):
    b.append(a)
    c[a] = len(b)
    return b, c
h(1); h(2)
print("list and dict defaults accumulate:", h(3))
