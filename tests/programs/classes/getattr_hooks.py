# __getattr__, __setattr__, __delattr__ and getattr/setattr/hasattr/delattr.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.a = 1
    def method(self):
        return "target method"
t = Target()
p = Proxy(t)
print(p.a, p.method())
p.b = 2
print(t.b, vars(t))
del p.a
print(hasattr(t, "a"), p._log)
class Defaults:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Defaults()
print(d.known, d.opt_color, getattr(d, "opt_size"))
print(hasattr(d, "missing"), getattr(d, "missing", "fallback"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")
f = Frozen(x=1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
