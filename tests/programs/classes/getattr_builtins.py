# getattr/setattr/hasattr/delattr builtins and AttributeError messages.
class Plain:
    pass
obj = Plain()
setattr(obj, "dynamic", 10)
setattr(obj, "with space", 11)
print(obj.dynamic, getattr(obj, "with space"), sorted(vars(obj)))
delattr(obj, "dynamic")
print(hasattr(obj, "dynamic"), getattr(obj, "dynamic", None))
try:
    getattr(obj, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(obj, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "__len__")(), hasattr(1, "real"))
class Chain:
    def __getattr__(self, name):
        return Chain() if name != "end" else "reached end"
print(Chain().a.b.c.end)
