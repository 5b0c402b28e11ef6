# map and filter: laziness, several iterables, None predicate, single pass, errors.
calls = []
def sq(x):
    calls.append(x)
    return x * x
m = map(sq, [1, 2, 3])
print("nothing called yet:", calls)
print("first:", next(m), calls)
print("rest:", list(m), calls, "| exhausted:", list(m))
print("map several iterables:", list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print("map builtins:", list(map(str.upper, "abc")), list(map(int, ["1", "2"])), list(map(len, ["", "ab"])))
print("map with zero iterables is error:", end=" ")
try:
    map(str)
except TypeError as e:
    print(e)
print("filter:", list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0], None])))
print("filter with bool/str methods:", list(filter(bool, [0, 2])), list(filter(str.isdigit, ["1", "a", "22"])))
f = filter(lambda x: x > 1, iter([3, 1, 2]))
print("filter is an iterator:", iter(f) is f, next(f), list(f))
print("nested:", list(map(lambda x: x * 10, filter(lambda x: x % 3 == 0, range(10)))))
print("map over dict:", sorted(map(lambda kv: kv[1], {"a": 2, "b": 1}.items())))
print("map with None func is error:", end=" ")
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(lambda x: x, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(lambda x, y: x, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(lambda x: x, [1], [2]))
except TypeError as e:
    print("TypeError:", e)
print("types:", type(map(len, [])).__name__, type(filter(None, [])).__name__)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, infinite()))
print("lazy over infinite:", [next(evens) for _ in range(5)])
print("sum of map:", sum(map(abs, [-1, -2, 3])), "any of map:", any(map(str.isupper, "abC")))
