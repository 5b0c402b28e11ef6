# Lambdas: late binding in loops, default-argument capture, nested lambdas, attributes.
funcs = [lambda: i for i in range(3)]
print("late binding:", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print("default capture:", [f() for f in funcs])
adder = lambda a: lambda b: a + b
print("curried:", adder(2)(3), adder("x")("y"))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print("compose:", inc_then_double(5))
print("varargs:", (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print("keyword-only:", (lambda a, *, b=2: a * b)(3), (lambda a, *, b=2: a * b)(3, b=5))
print("positional-only:", (lambda a, /, b: a - b)(5, b=2))
f = lambda x, y=10: x + y
print("name and defaults:", f.__name__, f.__defaults__, f.__qualname__)
print("repr-free type:", type(f).__name__, callable(f))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print("sort key:", sorted(pairs, key=lambda p: p[1], reverse=True))
print("map/filter:", list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(7))))
print("immediately invoked:", (lambda: "iife")())
print("conditional lambda:", (lambda n: "big" if n > 10 else "small")(11))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print("recursive via name:", fact(10))
counter = 0
def make():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    get = lambda: x
    return bump, get
bump, get = make()
bump(); bump()
print("lambda sees nonlocal updates:", get())
class K:
    scale = 3
    mul = lambda self, v: v * self.scale
print("lambda as method:", K().mul(4))
try:
    (lambda a: a)()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError:", e)
