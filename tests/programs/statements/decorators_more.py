# Decorators: bound methods as decorators, evaluation order, class decorators, conditional decorators.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(times):
    def deco(fn):
        return lambda *a: [fn(*a) for _ in range(times)]
    return deco
class Box:
    def __init__(self):
        self.fns = []
    def register(self, fn):
        self.fns.append(fn.__name__)
        return fn
box = Box()
@box.register
def alpha():
    pass
@box.register
def beta():
    pass
print(box.fns)
order = []
def d(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@d("outer")
@d("inner")
def target():
    pass
print(order)
def add_attr(cls):
    cls.added = "by decorator"
    return cls
@add_attr
class Decorated:
    @staticmethod
    @trace
    def util(x):
        return x * 2
print(Decorated.added, Decorated.util(21), log[-1])
@(lambda f: print("defining", f.__name__))
def printed_at_definition():
    pass
print(printed_at_definition)
cond = True
@(trace if cond else repeat(2))
def chosen():
    return "chosen"
print(chosen())
