# List, tuple, dict and set displays with * and ** unpacking.
a = [1, 2]
b = (3, 4)
c = range(5, 7)
print([*a, *b, *c], (*a, *b), [*"hi", *a], [*[], *()])
print((*a,), (*a, 0), *a)
print({*a, *b, 2, 3}, {*range(3)}, set([*a, *a]))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}}, dict(**d1, q=5))
first, *middle, last = [*a, *b, *c]
print(first, middle, last)
*init, tail = "spam"
print(init, tail)
head, *rest = range(3)
print(head, rest)
print([1, 2, 3,], (1,), (), [], {}, set(), {1}, {1: 2,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
nested = [[*a], {**d1}, {*b}, (*c,)]
print(nested)
def gen():
    yield from range(3)
print([*gen(), *gen()], (*gen(),))
print({**{1: "a"}, **{1.0: "b"}}, {1: "int", True: "bool", 1.0: "float"})
print({**dict.fromkeys("abc", 0)})
keys = ["k1", "k2"]
print({k: v for k, v in zip(keys, [*b])}, [*map(str, a)])
print([*d1], [*d1.values()], [*d1.items()])
print({**d1, **{k: v * 2 for k, v in d2.items()}})
print(len([*range(1000)]), sum([*range(10), *range(10)]))
print([[]] * 3, [0] * 4, (1, 2) * 2, 2 * [None], [*a] * 0)
