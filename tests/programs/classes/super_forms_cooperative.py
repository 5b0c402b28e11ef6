# super(): zero-arg and two-arg forms, cooperative __init__ with kwargs, classmethods, errors.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        self.extra = kwargs
class Named(Base):
    def __init__(self, name=None, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Person")
p = Person(name="ann", age=30, hobby="chess")
print("cooperative:", p.name, p.age, p.extra, p.log)
class Two(Named, Aged):
    def __init__(self):
        super(Named, self).__init__(age=5)
        self.log.append("Two")
t = Two()
print("super(Named, self) skips Named:", t.log, t.age, hasattr(t, "name"))
class Shape:
    @classmethod
    def create(cls):
        return f"Shape.create for {cls.__name__}"
    @staticmethod
    def util():
        return "Shape.util"
class Square(Shape):
    @classmethod
    def create(cls):
        return "Square+" + super().create()
    @staticmethod
    def util():
        return "Square+" + super(Square, Square).util()
print("classmethod super:", Square.create(), "| staticmethod two-arg:", Square.util())
class Prop(Base):
    @property
    def info(self):
        return "Prop.info"
class SubProp(Prop):
    @property
    def info(self):
        return "Sub+" + super().info
print("property via super:", SubProp().info)
class Greeter:
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        s = super()
        return s.greet().upper() + "!"
print("super object stored:", Loud().greet(), type(super(Loud, Loud())).__name__)
print("super in lambda-free helper:", super(Loud, Loud()).greet())
try:
    super(Loud, Loud()).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(Loud, 5)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class Repr:
    def __repr__(self):
        return "Repr<" + super().__repr__()[:8] + ">"
print("super().__repr__ of object:", repr(Repr()))
class Eq:
    def __eq__(self, other):
        return super().__eq__(other)
e = Eq()
print("super().__eq__:", e == e, e == Eq(), super(Eq, e).__eq__(5))
class Chain1:
    def m(self): return ["Chain1"]
class Chain2(Chain1):
    def m(self): return ["Chain2"] + super().m()
class Chain3(Chain2):
    def m(self): return ["Chain3"] + super().m()
print("three-level chain:", Chain3().m(), super(Chain2, Chain3()).m())
class SetAttr:
    def __setattr__(self, name, value):
        super().__setattr__(name, str(value) + "!")
sa = SetAttr()
sa.x = 1
print("super().__setattr__:", sa.x)
