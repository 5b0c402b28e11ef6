# getattr/setattr/hasattr/delattr with defaults, dynamic names, builtins, classes and errors.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method result"
o = Obj()
print("getattr:", getattr(o, "cls_attr"), getattr(o, "method")(), getattr(Obj, "cls_attr"), getattr(o, "missing", 42))
print("getattr default None:", getattr(o, "missing", None), getattr([], "append").__name__)
for name in ["alpha", "beta gamma", "", "123", "é"]:
    setattr(o, name, name.upper() or "<empty>")
print("setattr arbitrary names:", sorted(vars(o).items()))
print("non-identifier names only via getattr:", getattr(o, "beta gamma"), getattr(o, ""))
print("hasattr:", hasattr(o, "alpha"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(o, "alpha")
print("after delattr:", hasattr(o, "alpha"))
setattr(Obj, "added", "to class")
print("setattr on class:", o.added, Obj.added)
delattr(Obj, "added")
print("delattr on class:", hasattr(o, "added"))
fields = {"x": 1, "y": 2}
for k, v in fields.items():
    setattr(o, k, v * 10)
print("dynamic fill:", [getattr(o, k) for k in fields])
print("getattr on modules and types:", getattr(__import__("math"), "floor")(2.7), getattr(int, "from_bytes")(b"\x01\x00", "big"))
errors = [
    lambda: getattr(o, "missing"), lambda: getattr(o, 5), lambda: getattr(o), lambda: setattr(o, 5, 1),
    lambda: setattr(5, "x", 1), lambda: delattr(o, "missing"), lambda: delattr(5, "real"), lambda: hasattr(o, None),
    lambda: setattr("s", "upper", 1), lambda: getattr(None, "x"), lambda: setattr(o, "x"),
]
for bad in errors:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Prop:
    @property
    def ro(self):
        return "read only"
p = Prop()
print("getattr property:", getattr(p, "ro"))
try:
    setattr(p, "ro", 1)
except AttributeError as e:
    print("AttributeError:", e)
class Raising:
    @property
    def boom(self):
        raise ValueError("getter raised")
try:
    getattr(Raising(), "boom", "default not used for ValueError")
except ValueError as e:
    print("ValueError propagates through getattr default:", e)
class Missing:
    @property
    def x(self):
        return self.nope
print("hasattr False when getter raises AttributeError:", hasattr(Missing(), "x"))
