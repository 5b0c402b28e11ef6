# Class and instance attributes, __dict__, vars, dir, __class__, __name__, nested classes.
class Account:
    bank = "Isobank"
    rate = 0.01
    accounts = []
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.accounts.append(owner)
    def deposit(self, amount):
        self.balance += amount
        return self
    def interest(self):
        return round(self.balance * self.rate, 2)
a = Account("ann", 100)
b = Account("bob")
b.rate = 0.05
print(a.bank, b.bank, a.rate, b.rate, Account.rate)
print(a.deposit(50).deposit(25).balance, a.interest(), b.deposit(1000).interest())
print(vars(a), vars(b), Account.accounts)
print(sorted(k for k in vars(Account) if not k.startswith("__")))
print([n for n in dir(a) if not n.startswith("__")])
print(a.__class__ is Account, a.__class__.__name__, Account.__name__, Account.__qualname__)
Account.bank = "Renamed"
print(a.bank, b.bank)
a.bank = "Own"
print(a.bank, b.bank, Account.bank)
del a.bank
print(a.bank)
class Outer:
    class Inner:
        class Deepest:
            pass
        value = 1
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().make().value)
class WithDoc:
    """Class docstring."""
    def m(self):
        "method doc"
print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)
class Empty:
    pass
e = Empty()
print(vars(e), e.__dict__ == {}, isinstance(e, object))
e.__dict__["injected"] = True
print(e.injected)
class Computed:
    squares = {i: i * i for i in range(4)}
    total = sum(squares.values())
    names = ["a", "b"]
    upper = [n.upper() for n in names]
print(Computed.squares, Computed.total, Computed.upper)
class MethodsAreFunctions:
    def f(self):
        return "f"
print(type(MethodsAreFunctions.__dict__["f"]).__name__, type(MethodsAreFunctions().f).__name__)
print(MethodsAreFunctions.f(None), MethodsAreFunctions().f())
x = 10
class Scoping:
    x = 20
    y = x + 1
    def get_x(self):
        return x
print(Scoping.y, Scoping().get_x())
