# __new__ and __init__: order, arguments, returning other objects, singletons, errors.
log = []
class Traced:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args, kwargs))
        return super().__new__(cls)
    def __init__(self, a, b=2):
        log.append(("init", a, b))
        self.a, self.b = a, b
t = Traced(1, b=3)
print("order and args:", log, t.a, t.b)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self):
        self.inits += 1
s1, s2 = Singleton(), Singleton()
print("singleton:", s1 is s2, s1.inits)
class Other:
    def __init__(self):
        print("  never called: __new__ returned a different type")
class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "other":
            return object.__new__(Other)
        return super().__new__(cls)
    def __init__(self, kind):
        self.kind = kind
print("new returns int:", Factory("int"), "| other type:", type(Factory("other")).__name__, "| normal:", Factory("x").kind)
class Sub(Traced):
    def __init__(self, a):
        super().__init__(a, b=99)
log.clear()
sub = Sub(7)
print("inherited __new__:", log, type(sub).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, x):
        self.x = x
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class NewOnly:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x * 2
        return inst
print("__new__ without __init__:", NewOnly(21).x)
try:
    NoArgs.__new__(NoArgs)
    print("object.__new__ with class only works")
except TypeError as e:
    print("TypeError:", e)
class ListMaker(list):
    def __new__(cls, *args):
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        super().__init__(args)
print("list subclass __new__/__init__:", ListMaker(1, 2, 3))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print("cache:", Cached("a") is Cached("a"), Cached("a") is Cached("b"), sorted(Cached._cache))
class Reinit:
    def __init__(self, v):
        self.v = v
r = Reinit(1)
r.__init__(2)
print("explicit re-init:", r.v)
print("__new__ is a staticmethod:", type(Traced.__dict__["__new__"]).__name__)
