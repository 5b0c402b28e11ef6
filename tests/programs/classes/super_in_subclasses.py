# super() in overridden dunders, builtin subclasses, lambdas and __new__.
class Value:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Value({self.v})"
    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v
class Tagged(Value):
    def __init__(self, v, tag):
        super().__init__(v)
        self.tag = tag
    def __repr__(self):
        return super().__repr__() + f"#{self.tag}"
print(Tagged(3, "x"), Tagged(3, "x") == Value(3))
class MyList(list):
    def append(self, item):
        super().append(item * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml))
class Greeter:
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        inner = lambda: super(Loud, self).greet()
        return inner().upper() + "!"
print(Loud().greet())
sp = super(Tagged, Tagged(1, 'y'))
print(type(sp).__name__)
class NewStyle:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_with = args
        return inst
print(NewStyle(1, 2).created_with)
