# def with defaults, keyword-only, positional-only, *args and **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=9, d=0))
def only_kw(*, x, y=10):
    return x + y
print(only_kw(x=1), only_kw(y=1, x=2))
def only_pos(x, y, /):
    return x - y
print(only_pos(10, 3))
def star(*args):
    return args
print(star(), star(1), star(*range(3)))
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2), kw(**{"with space": 1}))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
counter = 100
def default_captured(v=counter):
    return v
counter = 200
print(default_captured())
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount if hasattr(f, "__code__") else 3)
def doc():
    """This is the docstring."""
    return doc.__doc__
print(doc(), f.__doc__)
def no_return():
    pass
def bare_return():
    return
def multi():
    return 1, 2, 3
print(no_return(), bare_return(), multi())
def kwargs_named_like_params(a, **kw):
    return a, kw
print(kwargs_named_like_params(1, b=2, c=3))
def pos_only_and_kwargs(name, /, **kw):
    return name, kw
print(pos_only_and_kwargs("n", name="also allowed"))
for bad in [lambda: only_kw(1), lambda: only_pos(x=1, y=2), lambda: f(), lambda: star(x=1), lambda: only_kw(x=1, z=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def annotated(a: int, b: "str" = "s", *c: float, d: bool = True, **e: dict) -> tuple:
    return a, b, c, d, e
print(annotated(1, "b", 1.5, d=False, extra={}))
def outer():
    def inner(x=len("abc")):
        return x
    return inner()
print(outer())
attr_fn = lambda: None
attr_fn.custom = "attribute on a function"
print(attr_fn.custom)
