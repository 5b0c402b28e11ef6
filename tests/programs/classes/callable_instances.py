# __call__: callable instances, stateful function objects, callable() and call errors.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print("call:", add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print("map with callable object:", list(map(Adder(100), [1, 2])))
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
        else:
            self.cache[n] = self.func(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print("decorator class:", slow_square(4), slow_square(4), slow_square(5), slow_square.hits, type(slow_square).__name__)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
print("stateful:", c(), c(), c(), c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print("callable():", [callable(x) for x in (len, print, lambda: 0, Counter, c, NotCallable(), 5, "s", None, str.upper, "s".upper)])
class CallReturnsCallable:
    def __call__(self):
        return self
crc = CallReturnsCallable()
print("chained calls:", crc()()() is crc)
class InstanceAttr:
    pass
ia = InstanceAttr()
ia.__call__ = lambda: "instance attribute"
try:
    ia()
except TypeError as e:
    print("__call__ looked up on type:", e)
class Method:
    def __call__(self, *args, **kwargs):
        return args, kwargs
m = Method()
print("args forwarding:", m(1, *[2, 3], k=4, **{"j": 5}))
class Sorter:
    def __init__(self, reverse):
        self.reverse = reverse
    def __call__(self, item):
        return -item if self.reverse else item
print("as sort key:", sorted([3, 1, 2], key=Sorter(True)), sorted([3, 1, 2], key=Sorter(False)))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
print("compose:", Compose(str, abs, lambda v: v - 10)(3))
class Sub(Adder):
    def __call__(self, x):
        return "sub " + str(super().__call__(x))
print("inherited/overridden __call__:", Sub(1)(2))
print("class objects are callable because type has __call__:", callable(type), type(int).__name__)
