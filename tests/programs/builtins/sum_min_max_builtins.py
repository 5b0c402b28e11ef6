# sum (start, floats, precision), min/max (key, default, several args, ties), and their errors.
print("sum:", sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum((1.5, 2.5)))
print("sum start kw:", sum([1, 2], start=100), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print("sum mixed:", sum([1, 2.5, True]), type(sum([1, 2.0])).__name__, sum([10 ** 20, 1]), sum([True, True, True]))
print("sum of generator:", sum(x * x for x in range(10)), sum(map(int, "12345")))
print("float sum precision:", sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, 1.0]))
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([[1]]), lambda: sum(5), lambda: sum([1, "a"])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([bytearray(b"a")], bytearray())
except TypeError as e:
    print("TypeError:", e)
print("min/max:", min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([[1, 2], [1, 3]]))
print("key:", min(["bbb", "a", "cc"], key=len), max(["bbb", "a", "cc"], key=len), max([-5, 3], key=abs), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
print("ties return first:", max([1, 3, 3.0, 2]), min([2, 1, 1.0, True]), max(["aa", "bb", "c"], key=len), min("ba", "ab", key=lambda s: 0))
print("default:", min([], default="empty"), max((), default=None), max([7], default=0), min(iter([]), default=-1))
print("dict iterates keys:", min({"b": 1, "a": 2}), max({3: "x", 9: "y"}))
print("mixed numbers:", max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), min(10 ** 30, 1e30))
print("generators:", max(x % 7 for x in range(100)), min((x for x in "zyx"), key=ord))
errors = [
    lambda: min([]), lambda: max([]), lambda: max(()), lambda: min(1), lambda: max(1, "a"),
    lambda: min(1, 2, default=0), lambda: max(), lambda: min([1], key=5), lambda: max([1, 2], bogus=1),
    lambda: max("a", 1), lambda: min([None, None]),
]
for bad in errors:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("nan handling depends on order:", max([float("nan"), 1]), max([1, float("nan")]), min([float("nan"), 1]))
