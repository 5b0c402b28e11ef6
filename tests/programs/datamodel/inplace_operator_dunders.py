# In-place operator dunders (__iadd__ ...), their fallback to binary ops, and identity.
class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
for name, op in [("iadd", "+"), ("isub", "-"), ("imul", "*"), ("itruediv", "/"), ("ifloordiv", "//"),
                 ("imod", "%"), ("ipow", "**"), ("ilshift", "<<"), ("irshift", ">>"), ("iand", "&"),
                 ("ior", "|"), ("ixor", "^"), ("imatmul", "@")]:
    def method(self, o, op=op, name=name):
        self.v = eval(f"self.v {op if op != '@' else '*'} o")
        self.last = name
        return self
    setattr(Acc, f"__{name}__", method)
a = Acc(100)
ident = a
a += 5; print("+=", a, a.last)
a -= 3; print("-=", a, a.last)
a *= 2; print("*=", a, a.last)
a //= 7; print("//=", a, a.last)
a %= 10; print("%=", a, a.last)
a **= 3; print("**=", a, a.last)
a <<= 2; print("<<=", a, a.last)
a >>= 1; print(">>=", a, a.last)
a &= 0xFF; print("&=", a, a.last)
a |= 1; print("|=", a, a.last)
a ^= 3; print("^=", a, a.last)
a @= 2; print("@=", a, a.last)
a /= 4; print("/=", a, a.last)
print("same object throughout:", a is ident)
class BinaryOnly:
    def __init__(self, v): self.v = v
    def __add__(self, o): return BinaryOnly(self.v + o)
    def __repr__(self): return f"BinaryOnly({self.v})"
b = BinaryOnly(1)
orig = b
b += 10
print("falls back to __add__, new object:", b, b is orig, orig)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print("result of __iadd__ is rebound:", r)
class NotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "used __add__"
n = NotImpl()
n += 1
print("NotImplemented from __iadd__ tries __add__:", n)
class RaddOnly:
    def __radd__(self, o): return f"radd got {o}"
x = 5
x += RaddOnly()
print("then reflected of the other side:", x)
class Nothing:
    pass
y = Nothing()
try:
    y += 1
except TypeError as e:
    print("TypeError:", e)
try:
    y -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    y **= 2
except TypeError as e:
    print("TypeError:", e)
class Container:
    def __init__(self): self.items = Acc(0)
c = Container()
c.items += 7
print("attribute target:", c.items, c.items.last)
lst = [Acc(1)]
lst[0] *= 9
print("subscript target:", lst)
class Forgets:
    def __iadd__(self, o):
        self.total = o
f = Forgets()
f += 3
print("__iadd__ returning None rebinds to None:", f)
