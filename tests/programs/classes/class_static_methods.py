# classmethod and staticmethod, class attributes, alternative constructors.
class Date:
    separator = "-"
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split(cls.separator))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class SlashDate(Date):
    separator = "/"
print(Date.from_string("2024-02-29"), SlashDate.from_string("1999/12/31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(2023, 1, 1).is_leap(2024))
print(Date.created)
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls._items)
Registry.add("a").add("b")
print(Registry.count(), Registry._items)
sm = staticmethod(lambda x: x + 1)
class Holder:
    inc = sm
    double = staticmethod(lambda x: x * 2)
    def regular(self):
        return "regular"
print(Holder.inc(1), Holder().inc(1), Holder.double(4))
print(Holder.regular(Holder()), Holder().regular())
cm = Date.__dict__["from_string"]
print(type(cm).__name__, type(Date.__dict__["is_leap"]).__name__)
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {cls.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print([k.describe() for k in (Shape, Triangle, Square)])
t = Triangle()
t.sides = 99
print(t.describe(), t.sides, Triangle.sides)
class Config:
    defaults = {"a": 1}
    def __init__(self):
        self.defaults = dict(self.defaults)
        self.defaults["b"] = 2
print(Config().defaults, Config.defaults)
class Counter:
    count = 0
    def incr(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.incr(), c1.incr(), c2.incr(), Counter.count)
bound = c1.incr
print(bound(), bound.__self__ is c1, bound.__func__ is Counter.incr)
