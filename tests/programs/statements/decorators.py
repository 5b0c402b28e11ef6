# Decorators: plain, with arguments, stacked, arbitrary expressions, on classes/methods.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
print(add(1, 2), add.__name__, log)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(label):
    def deco(fn):
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
registry = {}
handlers = [lambda f: registry.setdefault("first", f), lambda f: registry.setdefault("second", f)]
@handlers[0]
def h1():
    return "h1"
@handlers[1 if True else 0]
def h2():
    return "h2"
print(sorted(registry), registry["first"](), h2())
@(lambda f: f())
def computed_once():
    return "value computed at definition"
print(computed_once)
