# __repr__ and __str__: which one each builtin uses, fallbacks, containers, errors.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print("str():", str(b), str(r), str(s))
print("repr():", repr(b), repr(r), repr(s).startswith("<__main__.StrOnly object at "))
print("containers use repr:", [b, r], (b,), {"k": r}, {1: b})
print("f-string:", f"{b}", f"{b!r}", f"{b!s}", f"{r}", f"{b!a}")
print("format():", format(b), format(r), "{} {!r}".format(b, b))
print("%s/%r:", "%s %r" % (b, b), "%s" % r)
print("str.join needs str:", "-".join(str(x) for x in (b, r)))
class Unicode:
    def __repr__(self):
        return "Ünï€"
print("ascii() escapes repr:", ascii(Unicode()), repr(Unicode()), ascii([Unicode()]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("print TypeError:", e)
class Sub(Both):
    def __str__(self):
        return "Sub:" + super().__str__()
print("inherited:", Sub(), repr(Sub()))
class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Recursive({self.children!r})"
root = Recursive()
root.children.append(Recursive())
print("nested reprs:", root)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print("builtin recursion guards:", lst, d)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print("type(self).__name__ in repr:", Point(1, "a"), Point3(2.5, None))
print("str of builtins:", str(1.0), repr("q"), str("q"), repr(b"x"), str(b"x"), str(None), repr(...))
class ReprRaises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([ReprRaises()])
except ValueError as e:
    print("ValueError:", e)
print("exceptions:", repr(ValueError("v")), str(ValueError("v")), repr(KeyError("k")), str(KeyError("k")))
