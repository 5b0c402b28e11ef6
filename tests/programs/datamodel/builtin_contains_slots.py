# `in` for built-in containers, for instances of their subclasses (which
# inherit __contains__), and the errors each type words itself.

class L(list): pass
class T(tuple): pass
class S(str): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class B(bytes): pass
class BA(bytearray): pass

print(2 in L([1, 2]), 3 in L([1, 2]), 1 in T((1,)), "b" in S("abc"), "x" in S("abc"))
print("k" in D(k=1), "v" in D(k=1), 1 in St({1}), 2 in FS({1}), 97 in B(b"a"), b"bc" in BA(b"abc"))
print(L.__contains__(L([5]), 5), list.__contains__([1], 1), dict.__contains__({1: 2}, 1))
print(str.__contains__("abc", "bc"), bytes.__contains__(b"abc", 98), range.__contains__(range(3), 2))

d = {1: "a", 2: "b"}
print(1 in d.keys(), "a" in d.values(), (1, "a") in d.items(), [1, "a"] in d.items(), (1, "b") in d.items(), 3 in d.items())

print(5 in range(10), 5 in range(0, 10, 2), -3 in range(0, -10, -3), 10 in range(10), 3.0 in range(5), 2.5 in range(5))
print(10**20 + 2 in range(10**20, 10**20 + 5), 2**63 - 2 in range(-2**63, 2**63 - 1), -2**63 in range(-2**63, 0, 7))
print(True in range(2), "a" in range(3))

for container, item in (("abc", 1), (b"abc", "a"), (b"abc", 300), (bytearray(b"x"), -1)):
    try:
        print(item in container)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    [] in {1}
except TypeError as e:
    print(e)
try:
    {} in {1: 2}
except TypeError as e:
    print(e)


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other)
        return self.n == other


print(Eq(2) in [1, 2, 3], Eq(9) in (1,))
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1})


class Shrinking:
    def __init__(self, seq):
        self.seq = seq

    def __eq__(self, other):
        self.seq.clear()
        return False


items = [1, 2, 3]
print(Shrinking(items) in items, items)


class Own(list):
    def __contains__(self, x):
        return x == "own"


print("own" in Own([1]), 1 in Own([1]))


class Iterable:
    def __iter__(self):
        return iter([1, 2])


print(2 in Iterable(), 3 in Iterable())
try:
    1 in 5
except TypeError as e:
    print(e)
