# User descriptors: __get__ with and without instance, __set__ validation, precedence rules.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, instance, owner):
        if instance is None:
            return f"<Typed {self.name} on {owner.__name__}>"
        return instance.__dict__.get(self.name, f"unset {self.name}")
    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        instance.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print("get:", p.name, p.age, "| class access:", Person.name)
try:
    p.age = "thirty"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["age"] = "forced"
print("data descriptor reads instance dict through itself:", p.age)
class NonData:
    def __get__(self, instance, owner):
        return "from non-data descriptor"
class Holder:
    attr = NonData()
h = Holder()
print("non-data before shadowing:", h.attr)
h.attr = "instance value"
print("instance dict beats non-data:", h.attr, Holder.attr)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, instance, owner):
        self.reads += 1
        return self.reads
class UsesCounted:
    c = Counted()
u = UsesCounted()
print("descriptor state shared:", u.c, u.c, UsesCounted().c)
class SetOnly:
    def __set__(self, instance, value):
        instance.__dict__["stored"] = value * 10
class HasSetOnly:
    x = SetOnly()
hs = HasSetOnly()
hs.x = 4
print("set-only descriptor:", hs.stored, type(hs.x).__name__)
class Method:
    def __init__(self, func):
        self.func = func
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return lambda *a: self.func(instance, *a)
class UsesMethod:
    factor = 3
    @Method
    def scale(self, v):
        return v * self.factor
print("descriptor as decorator:", UsesMethod().scale(5), type(UsesMethod.scale).__name__)
class Owner:
    def __get__(self, instance, owner):
        return (None if instance is None else type(instance).__name__, owner.__name__)
class A:
    d = Owner()
class B(A):
    pass
print("owner argument:", A.d, B.d, A().d, B().d)
print("functions are descriptors:", A.__dict__["d"].__get__(None, A), (lambda self: self).__get__(5, int)())
class Const:
    def __init__(self, v): self.v = v
    def __get__(self, i, o): return self.v
    def __set__(self, i, v): raise AttributeError("constant")
class Cfg:
    pi = Const(3.14)
cfg = Cfg()
try:
    cfg.pi = 3
except AttributeError as e:
    print("AttributeError:", e, cfg.pi)
Cfg.pi = "replaced on class"
print("class assignment replaces descriptor:", cfg.pi)
