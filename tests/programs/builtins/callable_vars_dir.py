# callable(), vars() and dir(): on instances, classes, modules, builtins; errors.
import math
class Thing:
    kind = "thing"
    def __init__(self):
        self.a = 1
        self._b = 2
    def act(self):
        return "act"
t = Thing()
print("callable:", callable(t), callable(Thing), callable(t.act), callable(Thing.act), callable(print), callable(math.sqrt))
print("callable non:", callable(1), callable("s"), callable([]), callable(None), callable(math))
print("vars(instance):", vars(t))
print("vars is the __dict__:", vars(t) is t.__dict__)
vars(t)["c"] = 3
print("writing through vars():", t.c)
print("vars(class) keys:", sorted(k for k in vars(Thing) if not k.startswith("__")), type(vars(Thing)).__name__)
print("vars(module) has names:", "sqrt" in vars(math), vars(math)["pi"])
def f():
    local_x = 1
    return sorted(vars())
print("vars() without args is locals():", f())
for bad in [5, "s", [], None]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
public = [n for n in dir(t) if not n.startswith("_")]
print("dir(instance) public:", public)
print("dir is sorted:", dir(t) == sorted(dir(t)), "__init__" in dir(t), "_b" in dir(t))
print("dir(class):", [n for n in dir(Thing) if not n.startswith("__")])
print("dir(list) sample:", [n for n in dir([]) if not n.startswith("_")])
print("dir(str) has:", all(m in dir("") for m in ["join", "split", "format", "encode"]))
print("dir(dict):", [n for n in dir({}) if not n.startswith("_")])
print("dir(int):", [n for n in dir(0) if not n.startswith("_")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print("custom __dir__ sorted:", dir(Custom()))
def g():
    a = 1
    b = 2
    return dir()
print("dir() in function:", g())
class Sub(Thing):
    extra = 1
print("dir includes inherited:", "act" in dir(Sub), "kind" in dir(Sub()), "extra" in dir(Sub))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
