# Closures: factories, shared cells, cells updated after creation, nested levels.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print("factories:", double(5), triple(5), double.__name__, double.__qualname__)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
inc2, get2 = make_counter()
inc2()
print("shared cell between inner functions:", get(), get2())
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print("late binding over loop:", late())
def updated_after():
    def show():
        return value
    value = "assigned after def"
    return show()
print("cell filled after inner def:", updated_after())
def three_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()()
print("three levels:", three_levels())
def outer_nonlocal():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print("nonlocal skips a level:", outer_nonlocal())
print("closure cell contents:", [c.cell_contents for c in double.__closure__], make_counter.__closure__)
def make_accumulators():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_accumulators()
print("mutable closure state:", acc(10), acc(5), acc(-3))
def param_captured(p):
    return lambda: p
funcs = [param_captured(i) for i in range(3)]
print("parameter per call:", [f() for f in funcs])
def shadow():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    return inner(), x
print("assignment makes local:", shadow())
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("memoised fib:", fib(80), len(fib.cache))
def class_in_closure(v):
    class Local:
        value = v
        def get(self):
            return v * 2
    return Local
L = class_in_closure(21)
print("class body sees closure:", L.value, L().get(), L.__qualname__)
