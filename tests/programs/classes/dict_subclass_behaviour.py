# Subclassing dict: __missing__, overridden __setitem__ (and what bypasses it), views, repr.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())
d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print("normalised:", d, d["HELLO"], "hello" in d, "HeLLo" in d)
d.update({"MiXeD": 3})
print("update bypasses __setitem__:", d)
d2 = LowerDict(Key=1)
print("constructor bypasses __setitem__:", d2)
d.setdefault("UPPER", 4)
print("setdefault bypasses too:", list(d))
print("get bypasses __getitem__:", d.get("HELLO"), d.get("hello"))
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for it in items:
            self[it] += 1
        return self
c = Counter().add("abracadabra")
print("counter:", c, c["z"], "z" in c)
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print("autovivify:", tree)
class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dl = Default(list)
dl["k"].append(1)
dl["k"].append(2)
print("default factory:", dl, dl.factory.__name__)
print("pop/get do not call __missing__:", dl.get("nope"), dl.pop("nope", "dflt"))
try:
    Default(list).pop("x")
except KeyError as e:
    print("KeyError:", e)
class Missing(dict):
    def __missing__(self, key):
        raise KeyError(f"custom missing {key!r}")
try:
    Missing()["q"]
except KeyError as e:
    print("custom KeyError:", e)
class Attrs(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = Attrs(x=1)
a.y = 2
print("attribute dict:", a, a.x, a.y, hasattr(a, "z"))
class Reprd(dict):
    def __repr__(self):
        return "Reprd(" + super().__repr__() + ")"
print("repr override:", Reprd(a=1), [Reprd()], str(Reprd(b=2)))
print("isinstance/type:", isinstance(c, dict), type(c).__name__, type(c.copy()).__name__)
print("equality with dict:", Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print("merge operator result type:", type(Counter(a=1) | {"b": 2}).__name__, type({"b": 2} | Counter(a=1)).__name__)
print("views:", list(c.keys())[:3], sorted(c.values())[:3], list(c.items())[0])
print("fromkeys on subclass:", type(Counter.fromkeys("ab", 0)).__name__, Counter.fromkeys("ab", 0))
