# __index__, __int__, __float__, reflected operators and subclass priority for reflected operands.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class OnlyRadd:
    def __radd__(self, other):
        return f"radd({other})"
print(5 + OnlyRadd(), [1] + OnlyRadd(), sum([OnlyRadd()], 0) if False else "skip")
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
print(Base(1) + Base(2), 1 + Base(1))
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Base(0) + Sub(1), Sub(1) + Base(0))
