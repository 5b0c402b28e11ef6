# User descriptors: __get__ and __set__; data vs non-data descriptors.
class Typed:
    def __init__(self, name, kind):
        self.kind = kind
        self.name = name
        self.store = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return getattr(obj, self.store)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.store, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name, Person.age)
p.age = 31
print(p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.__dict__["_name"]
print(sorted(vars(p)))
try:
    p.name
except AttributeError as e:
    print("AttributeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "shadow?"
print(h2.attr)
h2.attr = 5
