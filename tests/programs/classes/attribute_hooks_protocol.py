# __getattr__ (fallback only), __setattr__ and __delattr__ hooks and their interplay.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        self.log.append(f"setattr {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self.log.append(f"delattr {name}")
        del self._fields[name]
r = Record(a=1)
print("fallback:", r.a, r.log)
r.log.clear()
print("real attribute does not call __getattr__:", r._fields, r.log)
r.b = 2
del r.a
print("hooks:", r._fields, r.log)
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
print("hasattr uses __getattr__:", hasattr(r, "b"), hasattr(r, "nope"))
print("getattr default:", getattr(r, "nope", "dflt"))
try:
    del r.missing
except KeyError as e:
    print("KeyError from __delattr__:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print("proxy forwarding:", px._target, px.count(1), px.__class__.__name__)
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        super().__setattr__(name, value)
v = Validated()
v.x = 5
for name, value in [("_y", 1), ("z", "s")]:
    try:
        setattr(v, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("validated dict:", vars(v))
class ReadOnlyAfterInit:
    def __init__(self):
        self.value = 1
        self._frozen = True
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
ro = ReadOnlyAfterInit()
for action in (lambda: setattr(ro, "value", 2), lambda: delattr(ro, "value")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print("value kept:", ro.value)
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)
d = Dynamic()
print("dynamic methods:", d.get_color(), d.get_size())
class Computed:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value
c = Computed()
print("cached via setattr:", c.hello, "hello" in vars(c), c.hello)
class Wrong:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(Wrong(), "x", "default ignored?")
except KeyError as e:
    print("non-AttributeError escapes getattr default:", repr(e))
class Dunder:
    def __getattr__(self, name):
        return "dynamic"
print("implicit dunder lookup skips __getattr__:", end=" ")
try:
    len(Dunder())
except TypeError as e:
    print(e)
