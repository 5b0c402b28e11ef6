# Class decorators that add methods, wrap __init__, or replace the class with a function.
def add_method(name, fn):
    def deco(cls):
        setattr(cls, name, fn)
        return cls
    return deco
@add_method("shout", lambda self: self.word.upper() + "!")
@add_method("whisper", lambda self: self.word.lower() + "...")
class Word:
    def __init__(self, word):
        self.word = word
w = Word("Hello")
print(w.shout(), w.whisper(), hasattr(Word, "shout"))
def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        original_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print(Widget.count, [x.name for x in ws])
def auto_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Empty:
    pass
print(repr(Empty()))
