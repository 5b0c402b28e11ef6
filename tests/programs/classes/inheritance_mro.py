# Single and multiple inheritance, C3 MRO, method resolution.
class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
    def hello(self):
        return "hello from C"
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello())
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), A.__bases__ == (object,), D.__base__ is B)
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)), issubclass(bool, int))
d = D()
print(isinstance(d, A), isinstance(d, (int, str)), type(d) is D, type(d).__name__)
class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.kind}:{self.name}"
class Child(Base):
    kind = "child"
class GrandChild(Child):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return super().describe() + f"+{self.extra}"
g = GrandChild("g", 42)
print(g.describe(), Child("c").describe(), Base("b").describe())
print(GrandChild.kind, vars(g))
class Mixin:
    def greet(self):
        return f"mixin greets {self.name}"
class WithMixin(Mixin, Base):
    pass
print(WithMixin("m").greet(), WithMixin("m").describe())
print(object in A.__mro__, type(A).__name__, type(type).__name__)
print(A.__name__, D.__qualname__, A.__module__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
class SubCounter(Counter):
    pass
SubCounter(); SubCounter(); Counter()
print(Counter.instances, SubCounter.instances, "instances" in SubCounter.__dict__)
