# Class vs instance namespaces: lookup order, shared mutable class attributes, __dict__ contents.
class Account:
    bank = "isobank"
    history = []
    rate = 0.01
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        self.history.append((self.owner, amount))
        return self
a, b = Account("ann"), Account("bob")
a.deposit(10).deposit(5)
b.deposit(7)
print("instance state:", a.balance, b.balance)
print("shared class list:", Account.history, a.history is b.history)
a.rate = 0.05
print("instance attribute shadows:", a.rate, b.rate, Account.rate, "rate" in a.__dict__)
Account.rate = 0.02
print("class change visible where not shadowed:", a.rate, b.rate)
del a.rate
print("after del, class value again:", a.rate)
print("instance __dict__:", a.__dict__)
print("class __dict__ names:", sorted(k for k in Account.__dict__ if not k.startswith("__")))
Account.new_method = lambda self: f"{self.owner} has {self.balance}"
print("method added after creation:", a.new_method(), b.new_method())
a.say = lambda: "instance function is not bound"
print("function in instance dict:", a.say())
print("type(a).bank:", type(a).bank, a.__class__.__name__)
class Outer:
    x = 1
    class Inner:
        y = 2
        def where(self):
            return type(self).__qualname__
    def method(self):
        return Outer.x + self.Inner.y
print("nested:", Outer.Inner().where(), Outer().method(), Outer.Inner.__qualname__, Outer.Inner.__name__)
class Scope:
    v = 10
    w = v * 2
    def get_v(self):
        try:
            return v
        except NameError as e:
            return "NameError: " + str(e)
print("class body sequential:", Scope.w, "| methods don't see class names:", Scope().get_v())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
class Sub(Counter):
    pass
c1, c2, s1 = Counter(), Counter(), Sub()
print("counter via class name:", Counter.count, Sub.count, s1.id, "count" in Sub.__dict__)
class SelfCount:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubSelf(SelfCount):
    pass
SelfCount(); SubSelf(); SubSelf()
print("counter via type(self):", SelfCount.count, SubSelf.count, "count" in SubSelf.__dict__)
print("module of class:", Account.__module__, "doc:", Account.__doc__)
o = object.__new__(Account)
print("instance without __init__:", o.__dict__, o.bank)
class Slotless:
    pass
s = Slotless()
s.__dict__["direct"] = "via __dict__"
print("writing __dict__ directly:", s.direct, vars(s))
