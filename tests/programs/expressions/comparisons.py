# Comparisons and chains, in, not in, is, is not.
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b >= 2 > a)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5, 5 > 4 == 4 != 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print(1 == 1.0, 1 != 1.0, 2 >= 2.0, True == 1, False == 0, None == None)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" * 3 == "aaa")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "z") > (1, "a"), [] == [], () < (0,))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset([1]))
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, [1, [2, 3]] == [1, [2, 3]])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "" in "x", "z" not in "abc")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(None is None, None is not None, [] is [], True is True)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 < 2 == True, (1 < 2) == True, 0 < 0.5 < 1)
print(float("nan") == float("nan"), float("inf") > 10 ** 400, -float("inf") < -10 ** 400)
print(10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(b"a" < b"b", b"abc" == b"abc", bytearray(b"a") == b"a")
try:
    print(1 < "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [1] == (1,), None != 0)
