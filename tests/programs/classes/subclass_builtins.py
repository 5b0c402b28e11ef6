# Subclassing list, dict (with __missing__) and Exception.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, sorted(Stack([3, 1, 2])))
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"), list(dd.items()))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y)
try:
    ad.zzz
except AttributeError as e:
    print("AttributeError:", e)
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message
    def __str__(self):
        return f"[{self.code}] {self.message}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain("x")), repr(Plain("x", 2)), str(Plain("x", 2)), str(Plain()))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, isinstance(NotFound(1, "m"), BaseException))
class UpperList(list):
    def __init__(self, items):
        super().__init__(x.upper() for x in items)
    def __repr__(self):
        return "UpperList(" + super().__repr__() + ")"
u = UpperList(["a", "b"])
print(u, list(u), u == ["A", "B"])
class OrderedSet(dict):
    def add(self, x):
        self[x] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet()
for w in ["b", "a", "b", "c"]:
    os_.add(w)
print(os_, len(os_))
