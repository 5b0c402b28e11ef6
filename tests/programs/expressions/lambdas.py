# Lambdas: defaults, keyword-only, varargs, closures, immediate calls.
add = lambda a, b: a + b
inc = lambda x, step=1: x + step
kw = lambda *, key="k": key * 2
var = lambda *args, **kwargs: (args, sorted(kwargs.items()))
posonly = lambda a, /, b: (a, b)
print(add(2, 3), inc(5), inc(5, 10), inc(x=1, step=2), kw(), kw(key="z"))
print(var(1, 2, c=3, a=0), var(), posonly(1, b=2))
print((lambda: "no args")(), (lambda x: x ** 2)(9))
print(add.__name__, (lambda: 0).__name__)
makers = [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in makers])
late = [lambda x: x * i for i in range(4)]
print([m(10) for m in late])
def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return lambda: (bump(), bump())[-1]
c = make_counter()
print(c(), c(), c())
compose = lambda f, g: lambda x: f(g(x))
double_then_inc = compose(inc, lambda v: v * 2)
print(double_then_inc(7))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda t: (t[1], -t[0])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
y = 5
cond = (lambda: "pos") if y > 0 else (lambda: "neg")
print(cond())
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(2)(3))
defaults_eval_once = []
f = lambda x, acc=defaults_eval_once: (acc.append(x), len(acc))[1]
print(f(1), f(2), f(3), defaults_eval_once)
print((lambda *a: sum(a))(*range(5)), (lambda **k: k)(**{"x": 1}))
print(f.__defaults__ is not None, inc.__defaults__, kw.__kwdefaults__)
