# A built-in type's method called through the type with a `self` of
# another type raises TypeError naming both types.
cases = [
    (list, "index", (1,)), (list, "count", (1,)), (tuple, "index", (1,)), (tuple, "count", (1,)),
    (list, "append", (1,)), (list, "reverse", ()), (list, "copy", ()), (list, "clear", ()),
    (dict, "get", (1,)), (dict, "keys", ()), (set, "add", (1,)), (set, "discard", (1,)),
]
for owner, name, args in cases:
    for wrong in (5, "x", None, (1,), [1]):
        if isinstance(wrong, owner):
            continue
        try:
            getattr(owner, name)(wrong, *args)
            print(owner.__name__, name, repr(wrong), "-> no error")
        except TypeError as e:
            print(owner.__name__, name, repr(wrong), "->", e)

# The right self, also a subclass instance, works.
class L(list):
    pass
class T(tuple):
    pass
print(list.index([3, 4], 4), list.count(L([1, 1]), 1), tuple.index(T((5, 6)), 6), tuple.count((3, 3), 3))
try:
    tuple.index((1,), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    list.index(L([1]), 5)
except ValueError as e:
    print("ValueError:", e)
