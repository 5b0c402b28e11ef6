# Generators: yield, lazy evaluation, state, return values, StopIteration.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def with_return():
    yield 1
    yield 2
    return "the value"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")
for x in gen_with_finally():
    print(x)
def pep479():
    yield 1
    raise StopIteration("oops")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    x = yield
    print("got", x)
    yield
g = yields_none()
print(next(g))
print(next(g))
def reentrant_state():
    total = 0
    for i in range(4):
        total += i
        yield total
print(list(reentrant_state()), sum(reentrant_state()))
gen = count_up(2)
print(iter(gen) is gen, hasattr(gen, "__next__"), hasattr(gen, "send"))
for v in count_up(1):
    print("loop", v)
