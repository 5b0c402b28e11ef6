# Attribute access on every kind of object: ints, floats, strs, functions, modules, classes.
import math
print("int attrs:", (5).real, (5).imag, (5).numerator, (5).denominator, True.real)
print("float attrs:", (2.5).real, (2.5).imag, 2.5.is_integer())
print("bound method:", "abc".upper(), (3).__add__(4), [].__len__(), "x".__class__.__name__)
meth = "a,b".split
print("stored bound method:", meth(","), type(meth).__name__)
def func(a, b=2):
    """doc"""
    return a + b
print("function attrs:", func.__name__, func.__qualname__, func.__doc__, func.__defaults__, func.__module__)
func.custom = "set on function"
print("custom function attr:", func.custom, "custom" in func.__dict__)
print("module attrs:", math.__name__, type(math).__name__, hasattr(math, "pi"), getattr(math, "nope", "missing"))
class A:
    cls_attr = 1
    def method(self):
        return "method"
a = A()
print("class/instance:", A.cls_attr, a.cls_attr, a.method(), A.method(a), type(A.method).__name__, type(a.method).__name__)
a.cls_attr = 2
print("instance shadows class:", a.cls_attr, A.cls_attr)
del a.cls_attr
print("after del falls back to class:", a.cls_attr)
print("__class__:", a.__class__ is A, (1).__class__, "".__class__, None.__class__)
print("__dict__:", a.__dict__, sorted(k for k in A.__dict__ if not k.startswith("__")))
cases = [
    "(1).foo", "'s'.foo", "[].foo", "None.foo", "A.nope", "a.nope", "math.nope", "func.nope",
    "(1).real.nope", "A().method.nope", "type.nope",
]
for c in cases:
    try:
        eval(c)
    except AttributeError as e:
        print(c, "-> AttributeError:", e)
for c in ["(1).x = 5", "'s'.upper = 5", "[].append = 1", "None.x = 1", "object().x = 1", "len.x = 1", "(1).real = 2"]:
    try:
        exec(c)
    except AttributeError as e:
        print(c, "-> AttributeError:", e)
for c in ["del a.never_set", "del (1).real", "del A.nope"]:
    try:
        exec(c)
    except AttributeError as e:
        print(c, "-> AttributeError:", e)
print("attribute on call result:", "a-b".split("-")[0].upper().lower())
print("chained attrs:", A.method.__name__, a.method.__name__, a.__class__.__name__)
print("getattr with default:", getattr(a, "zzz", None), getattr(1, "real"), getattr("s", "upper")())
