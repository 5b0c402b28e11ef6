# Exceptions raised inside key functions, dunder methods, comprehensions and builtins propagate.
def bad_key(x):
    if x == 3:
        raise ValueError(f"bad key for {x}")
    return x
try:
    sorted([1, 3, 2], key=bad_key)
except ValueError as e:
    print("from sorted key:", e)
try:
    max([1, 2, 3], key=bad_key)
except ValueError as e:
    print("from max key:", e)
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print("from map:", e)
try:
    list(filter(lambda x: x.upper(), ["a", 1]))
except AttributeError as e:
    print("from filter:", e)
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("from comprehension:", e)
try:
    {x: 1 / x for x in (2, 0)}
except ZeroDivisionError as e:
    print("from dict comprehension:", e)
class EqRaises:
    def __eq__(self, other):
        raise RuntimeError("__eq__ failed")
    __hash__ = object.__hash__
try:
    EqRaises() in [1, 2]
except RuntimeError as e:
    print("from __eq__ during in:", e)
try:
    [1, 2].index(EqRaises())
except RuntimeError as e:
    print("from __eq__ during index:", e)
class HashRaises:
    def __hash__(self):
        raise TypeError("no hash today")
try:
    {HashRaises(): 1}
except TypeError as e:
    print("from __hash__:", e)
class IterRaises:
    def __iter__(self):
        raise OSError("iteration unavailable")
try:
    list(IterRaises())
except OSError as e:
    print("from __iter__:", e)
try:
    for _ in IterRaises():
        pass
except OSError as e:
    print("from __iter__ in for:", e)
class LenRaises:
    def __len__(self):
        raise LookupError("len broke")
try:
    len(LenRaises())
except LookupError as e:
    print("from __len__:", e)
try:
    bool(LenRaises())
except LookupError as e:
    print("from __len__ via bool:", e)
class StrRaises:
    def __str__(self):
        raise ValueError("str broke")
try:
    print(StrRaises())
except ValueError as e:
    print("from __str__ in print:", e)
try:
    f"{StrRaises()}"
except ValueError as e:
    print("from __str__ in f-string:", e)
class InitRaises:
    def __init__(self):
        raise KeyError("init broke")
try:
    InitRaises()
except KeyError as e:
    print("from __init__:", e)
def gen():
    yield 1
    raise IndexError("generator broke")
try:
    sum(gen())
except IndexError as e:
    print("from generator via sum:", e)
try:
    dict([(1, 2), (3,)])
except ValueError as e:
    print("from dict():", e)
class Enter:
    def __enter__(self):
        raise RuntimeError("enter refused")
    def __exit__(self, *a):
        return True
try:
    with Enter():
        pass
except RuntimeError as e:
    print("from __enter__ (not suppressed by __exit__):", e)
try:
    "".join(["a", 1])
except TypeError as e:
    print("from join:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("from sort comparison:", e)
