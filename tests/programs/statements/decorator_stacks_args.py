# Decorators: stacking order, factories with arguments, arbitrary expressions, on methods.
order = []
def trace(label):
    def deco(f):
        order.append(f"apply {label}")
        def wrapper(*a, **k):
            order.append(f"enter {label}")
            r = f(*a, **k)
            order.append(f"exit {label}")
            return r
        wrapper.__name__ = f.__name__
        return wrapper
    order.append(f"factory {label}")
    return deco
@trace("outer")
@trace("inner")
def work(x):
    order.append("work")
    return x * 2
print("definition order:", order)
order.clear()
print("result:", work(21), order)
def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print("repeat:", hello("ann"))
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha(): return "a"
@register
def beta(): return "b"
print("registry:", sorted(registry), registry["beta"]())
decorators = [lambda f: (lambda: f() + "!"), lambda f: (lambda: f() + "?")]
@decorators[0]
def shout(): return "hey"
@decorators[1]
@decorators[0]
def both(): return "hm"
print("subscript decorators:", shout(), both())
class Namespace:
    def __init__(self):
        self.calls = 0
    def count(self, f):
        def wrapper(*a):
            self.calls += 1
            return f(*a)
        return wrapper
ns = Namespace()
@ns.count
def sq(x): return x * x
print("attribute decorator:", sq(3), sq(4), ns.calls)
@(lambda f: f.__name__.upper())
def replaced(): pass
print("decorator can return anything:", replaced)
def method_deco(f):
    def wrapper(self, *a):
        return f"<{f(self, *a)}>"
    return wrapper
class Widget:
    def __init__(self, name): self.name = name
    @method_deco
    def render(self): return self.name
    @staticmethod
    @method_deco
    def static_render(obj): return "static"
    @classmethod
    def build(cls, n): return cls(n)
print("method decorators:", Widget("w").render(), Widget.static_render(None), Widget.build("b").render())
def add_attr(**attrs):
    def deco(f):
        for k, v in attrs.items():
            setattr(f, k, v)
        return f
    return deco
@add_attr(version=2, author="me")
def tool(): pass
print("attributes added:", tool.version, tool.author)
def counted(f):
    def wrapper(*a):
        wrapper.n += 1
        return f(*a)
    wrapper.n = 0
    return wrapper
@counted
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print("recursive call goes through decorator:", fact(6), fact.n)
flag = True
@(trace("x") if flag else (lambda f: f))
def conditional(): return "conditional"
print("conditional decorator:", conditional())
