# isinstance, issubclass, type, callable, vars, dir, globals, locals, id, getattr family.
class Animal:
    legs = 4
    def speak(self):
        return "..."
class Dog(Animal):
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "woof"
d = Dog("rex")
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, Animal)), isinstance(d, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(Dog, type), isinstance(int, type))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object))
print(type(d) is Dog, type(d).__name__, type(1), type(1.0), type("a"), type([]), type(()), type({}), type(set()))
print(type(None).__name__, type(type), type(Dog), type(range(1)).__name__, type(b"").__name__, type(...).__name__)
print(callable(len), callable(Dog), callable(d), callable(d.speak), callable(None), callable(lambda: 0))
print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")))
print([n for n in dir(d) if not n.startswith("_")], [n for n in dir(Dog) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
g = globals()
print(g["__name__"], "Dog" in g, type(g).__name__, "d" in g)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
def nested():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())
print(id(d) == id(d), id(d) != id(Dog("other")), isinstance(id(d), int))
x = [1]
y = x
print(id(x) == id(y), x is y)
print(getattr(d, "name"), getattr(d, "legs"), getattr(d, "missing", "dflt"), hasattr(d, "speak"), hasattr(d, "fly"))
setattr(d, "age", 3)
delattr(d, "name")
print(vars(d))
print(type(d).__mro__ == (Dog, Animal, object), Dog.__bases__)
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
print(type(len).__name__, type(Dog.speak).__name__, type(d.speak).__name__, type(print) is type(len))
print(__name__, type(__builtins__).__name__ in ("module", "dict"), type(__file__).__name__)
