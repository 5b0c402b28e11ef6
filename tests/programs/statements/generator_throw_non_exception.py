# g.throw() with something that is not an exception names its type in the error.
def gen():
    yield 1

for bad in (1, "x", 2.5, None, [1]):
    g = gen()
    next(g)
    try:
        g.throw(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)
