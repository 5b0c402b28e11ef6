# Every binary operator dunder and its reflected form, NotImplemented fallback and errors.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def _v(self, o): return o.v if isinstance(o, N) else o
    def __add__(self, o): return N(self.v + self._v(o))
    def __radd__(self, o): return N(self._v(o) + self.v)
    def __sub__(self, o): return N(self.v - self._v(o))
    def __rsub__(self, o): return N(self._v(o) - self.v)
    def __mul__(self, o): return N(self.v * self._v(o))
    def __rmul__(self, o): return N(self._v(o) * self.v)
    def __truediv__(self, o): return N(self.v / self._v(o))
    def __rtruediv__(self, o): return N(self._v(o) / self.v)
    def __floordiv__(self, o): return N(self.v // self._v(o))
    def __rfloordiv__(self, o): return N(self._v(o) // self.v)
    def __mod__(self, o): return N(self.v % self._v(o))
    def __rmod__(self, o): return N(self._v(o) % self.v)
    def __divmod__(self, o): return ("divmod", self.v, self._v(o))
    def __rdivmod__(self, o): return ("rdivmod", self._v(o), self.v)
    def __pow__(self, o, mod=None): return N(pow(self.v, self._v(o), mod))
    def __rpow__(self, o): return N(self._v(o) ** self.v)
    def __matmul__(self, o): return ("matmul", self.v, self._v(o))
    def __rmatmul__(self, o): return ("rmatmul", self._v(o), self.v)
    def __lshift__(self, o): return N(self.v << self._v(o))
    def __rlshift__(self, o): return N(self._v(o) << self.v)
    def __rshift__(self, o): return N(self.v >> self._v(o))
    def __rrshift__(self, o): return N(self._v(o) >> self.v)
    def __and__(self, o): return N(self.v & self._v(o))
    def __rand__(self, o): return N(self._v(o) & self.v)
    def __or__(self, o): return N(self.v | self._v(o))
    def __ror__(self, o): return N(self._v(o) | self.v)
    def __xor__(self, o): return N(self.v ^ self._v(o))
    def __rxor__(self, o): return N(self._v(o) ^ self.v)
a = N(12)
for op in ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]:
    print(f"a {op} 3 =", eval(f"a {op} 3"), f"| 3 {op} a =", eval(f"3 {op} a") if op != "**" else eval("3 ** N(2)"), f"| a {op} N(2) =", eval(f"a {op} N(2)"))
print("divmod:", divmod(a, 5), divmod(5, a))
print("3-arg pow:", pow(a, 2, 7))
print("sum uses __radd__ with 0:", sum([N(1), N(2), N(3)]))
class OnlyAdd:
    def __add__(self, o):
        return NotImplemented
class TakesRadd:
    def __radd__(self, o):
        return "TakesRadd.__radd__"
print("NotImplemented falls back to reflected:", OnlyAdd() + TakesRadd())
try:
    OnlyAdd() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - OnlyAdd()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print("subclass reflected wins:", Base() + Derived(), Derived() + Base())
class Same:
    def __radd__(self, o): return "never for same type"
try:
    Same() + Same()
except TypeError as e:
    print("reflected not tried for same type:", e)
class Str:
    def __radd__(self, o): return f"radd({o!r})"
    def __rmul__(self, o): return f"rmul({o!r})"
print("builtins defer to reflected:", "x" + Str(), [1] + Str(), 3 * Str(), "ab" * Str())
try:
    divmod(OnlyAdd(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyAdd() @ OnlyAdd()
except TypeError as e:
    print("TypeError:", e)
try:
    pow(OnlyAdd(), 2)
except TypeError as e:
    print("TypeError:", e)
