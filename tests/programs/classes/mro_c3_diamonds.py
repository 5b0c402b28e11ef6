# C3 linearisation: diamonds, deeper hierarchies, and the errors for inconsistent orders.
def names(cls):
    return [k.__name__ for k in cls.__mro__]
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print("diamond:", names(D), D().who())
class E(C, B):
    pass
print("other order:", names(E), E().who())
class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print("wikipedia-like:", names(R))
class K1(X, Y, Z): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print("K1..K3:", names(M))
print("mro() equals __mro__:", D.mro() == list(D.__mro__), type(D.__mro__).__name__)
print("bases:", [b.__name__ for b in D.__bases__], D.__base__.__name__, A.__bases__)
def try_class(label, bases):
    try:
        type(label, bases, {})
        print(label, "ok")
    except TypeError as e:
        print(label, "-> TypeError:", e)
try_class("AB", (A, B))
try_class("BD", (B, D))
try_class("PQ_rev", (Q, P))
try_class("dup", (A, A))
try_class("XYX", (X, Y, X))
try_class("obj_first", (object, A))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("class statement -> TypeError:", e)
try:
    class Bad2(B, B):
        pass
except TypeError as e:
    print("class statement -> TypeError:", e)
class Base1:
    def greet(self): return "Base1"
class Base2:
    def greet(self): return "Base2"
    def only2(self): return "only in Base2"
class Multi(Base1, Base2):
    pass
print("leftmost wins:", Multi().greet(), Multi().only2())
class Left(A):
    tag = "left"
class Right(A):
    tag = "right"
class Bottom(Left, Right):
    pass
print("attribute lookup follows MRO:", Bottom.tag, [getattr(k, "tag", None) for k in Bottom.__mro__])
print("issubclass through diamond:", issubclass(D, A), issubclass(D, C), issubclass(C, B))
print("isinstance:", isinstance(D(), (C,)), isinstance(E(), B))
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print("layout conflict -> TypeError:", e)
