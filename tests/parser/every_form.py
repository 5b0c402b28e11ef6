"""Every statement and expression form of the subset, for the AST oracle
test (crates/syntax/tests/ast_oracle.rs). Parsed only, never run."""
# Literals
ints = [0, 7, 1_000, 0x_ff, 0XFF, 0o17, 0O7, 0b1_01, 0B1, 00, 0_0, 123456789012345678901234567890, 0xdead_beef_cafe_babe_f00d]
floats = [1.0, 1., .5, 1e-3, 1E+3, 1_0.0_1, 3.14e-10, 0e0, 1e400, 123456789.125e3]
imag = [1j, 2.5J, 1e3j, .5j]
strings = ['s', "d", '''t''', """T""", r'\d', R"\n", b'b', B"b", rb'\x', Rb'x', bR'y', BR'z', u'u', U'U']
escapes = "\a\b\f\n\r\t\v\\\'\"\x41\101\u00e9\U0001F600\N{BULLET}\q"
joined = "abc" 'def' """ghi"""
bjoined = b"a" b'b'
multi = """line one
line two \
continued"""
fstrings = [f"{x}", f"{x!r}", f"{x!s:>10}", f"{x!a}", f"{x:{w}.{p}f}", f"{x=}", f"{x = :>5}", f"{{literal}}", f'{"nested"}', f"{x:,}", rf"\d{x}", f"a" "b" f"{c}"]
consts = [None, True, False, ...]
# Expressions
arith = (a + b - c * d / e // f % g ** h @ m, -x, +x, ~x, a ** -b, -a ** b)
bits = a | b ^ c & d << e >> f
compare = a < b <= c > d >= e == f != g in h not in i is j is not k
logic = a and b or not c and (d or e)
cond = a if b else c if d else e
lam = [lambda: 0, lambda x: x, lambda x, y=1, *a, z, k=2, **kw: x, lambda a, /, b, *, c: a, lambda *a: a, lambda **k: k]
walrus = [(y := 10), [z := 1, z ** 2], f(w := 3)]
calls = f(), f(a), f(a, b=1), f(*a), f(**k), f(a, *b, c=1, *d, **e), f(x for x in y), obj.method(1)(2)[3]
subs = a[1], a[1:2], a[::2], a[1:2:3], a[:, 1], a[1, 2:3], a[...], a[-1:], a[x:=1], a[*b]
displays = [[], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {1: 2, **d}, {1}, {1, *s}, [*a, *b], (*a, b)]
comps = [[x for x in y], [x for x in y if x if not x], [(x, z) for x in y for z in x], {x for x in y}, {k: v for k, v in d.items()}, (x for x in y), [x for *a, x in y]]
attrs = a.b.c, a().b, "s".join
yields_here = None
# Statements
x = 1
x = y = z = 0
x, y = y, x
[a, b] = c
(a, b), c = d
a, *rest = xs
*rest, a = xs
a.b = 1
a[0] = 1
a[1:2] = [3]
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
x: int
x: int = 1
(x): int = 1
a.b: str = "c"
a[0]: list[int] = []
del x
del a, b
del a[0], a.b, (c, d), [e]
pass
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue_ = 1
for i in range(3):
    continue
else:
    pass
for a, (b, c) in d: pass
for *a, b in c: pass
for x in *a, *b: pass
with a: pass
with a as b, c as (d, e), f: pass
with open(x) as f, g as h[0]: pass
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise ValueError("x") from e
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
raise
raise E
raise E from None
assert x
assert x, "message"
import os
import os.path as osp, sys
from os import path
from os.path import join as j, exists
from . import sibling
from .. import parent
from .mod import (a, b as c,)
from ...pkg.mod import *
global g1, g2
def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    """docstring"""
    nonlocal_ = 1
    return a
def f(a, b, /, c, *, d): return
def f(a: int = 1, *args: str, k: "K" = None, **kw: dict) -> "R": ...
def f(*, a): pass
@decorator
@decorator.attr(1)
@(lambda f: f)
@a[0].b
def decorated(): pass
def outer():
    v = 1
    def inner():
        nonlocal v
        global g
        v += 1
        yield v
        yield
        x = yield
        y = yield from inner()
        return (yield 1)
    return inner
class C: pass
class C(Base): pass
class C(A, B, key=1, **kw):
    """Doc."""
    attr: int = 0
    def method(self): return super().method()
    @staticmethod
    def s(): pass
    @property
    def p(self): return self._p
@dataclass
class D: x: int
if __name__ == "__main__":
    print(x, sep="", end="\n")
x = a if b else c; y = not a
print(*args, **kwargs)
t = 1,
t = ()
e = ...
s = a[1:2, ::3]
