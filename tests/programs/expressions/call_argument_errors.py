# Argument binding errors for calls: exact TypeError messages, including methods (qualnames).
def f(a, b, c=3):
    return (a, b, c)
def g(a, /, b, *, c):
    return (a, b, c)
def h(*args, k, **kw):
    return args, k, kw
class K:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return x
def nested():
    def inner(q):
        return q
    return inner
cases = [
    "f()", "f(1)", "f(1, 2, 3, 4)", "f(1, 2, d=4)", "f(1, 2, a=1)", "f(1, **{'b': 2, 'a': 1})",
    "g(1, 2, 3)", "g(a=1, b=2, c=3)", "g(1, 2)", "g(1)", "g()", "h(1, 2)", "h()",
    "K().m()", "K().m(1, 2)", "K.m(1)", "K.s()", "K.c()", "K().m(y=1)", "nested()()",
    "len()", "len(1, 2)", "len(x=1)", "abs()", "isinstance(1)", "divmod(1)", "print(1, sepp='x')",
    "int(1, 2, 3)", "[].append()", "[].append(1, 2)", "{}.get()", "'a'.split(1)", "max()", "sorted([1], 1)",
    "f(*[1, 2, 3, 4])", "f(**{'a': 1})", "(lambda: 0)(x=1)", "K()(1)" , "type()",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r)
    except TypeError as e:
        print(c, "-> TypeError:", e)
def many(a, b, c, d, e):
    pass
try:
    many(1)
except TypeError as e:
    print("many missing:", e)
try:
    many(1, 2, 3)
except TypeError as e:
    print("two missing:", e)
def kwonly(*, x, y, z):
    pass
try:
    kwonly()
except TypeError as e:
    print("kwonly missing:", e)
def defaults(a, b=1, *, c, d=2):
    pass
try:
    defaults(1, 2, 3)
except TypeError as e:
    print("too many with kwonly:", e)
def posonly(a, b, /):
    pass
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("posonly as kw:", e)
