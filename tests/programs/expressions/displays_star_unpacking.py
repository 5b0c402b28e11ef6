# * and ** in list/tuple/set/dict displays and calls, in many positions and with many types.
a, b = [1, 2], (3, 4)
print("list:", [*a, *b], [0, *a, 5, *b, 6], [*range(3), *"xy", *{7: 0}])
print("tuple:", (*a,), (*a, *b), (*"", *()), *a)
print("set:", {*a, *b, 1}, {*range(5), *range(3, 8)})
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print("dict:", {**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}, **d1})
print("dict later wins, first position kept:", {"a": 1, "b": 2, **{"a": 3}})
print("generators:", [*(i * i for i in range(4))], (*map(str, a),))
print("nested:", [*[*a, *b], *[[*a]]], {**{**d1}})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print("call:", f(*a, *b), f(*a, 9, *b), f(**d1, **{"q": 1}), f(*a, **d2, k=5))
print("call with strings and dict keys:", f(*"ab", *{"k1": 0, "k2": 0}))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    f(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**None)
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["k", "j"]
    def __getitem__(self, key):
        return key.upper()
print("user mapping:", {**Mapping()}, f(**Mapping()))
print("star in index:", {(1, 2): "tuple key"}[1, 2], {(1, 2): "t"}[(*a,)])
print("star in for target:", [(x, rest) for x, *rest in [(1, 2, 3), (4,)]])
print("print with star:", *a, *b, sep="|")
first, *middle, last = range(6)
print("assignment star:", first, middle, last)
print("return star:", (lambda: (*a, *b))())
