# sorted with key/reverse (stable), min/max with key and default.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("Banana", key=str.lower), sorted("Banana"), sorted("Banana", reverse=True))
print(sorted([3, -1, 2, -5], key=abs), sorted([3, -1, 2, -5], key=abs, reverse=True))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted([]), sorted(()), sorted(range(5, 0, -1)), sorted({3, 1, 2}), sorted([1.5, 1, True, 0.5]))
words = ["aa", "b", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(3, 1, 2), max(3, 1, 2), min([5, 8]), max("abc"), min("b", "a", "c"))
print(min(words, key=len), max(words, key=len), min([], default="empty"), max((), default=None))
print(max([1, 3, 3], key=lambda x: x % 3), min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([2, 1], default=0), min(iter([7, 3, 9])), max(range(10), key=lambda n: (n % 4, -n)))
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), max([True, 2, 1.5]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
data = [5, 2, 8, 1]
result = sorted(data)
print(result, data, result is data)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d"), Rec(0, "e")]
print(sorted(recs), sorted(recs, reverse=True), min(recs), max(recs))
print(sorted(range(20), key=lambda n: n % 5))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
nested = [[3, 1], [1, 2], [3, 0], [1, 1]]
print(sorted(nested), max(nested), min(nested, key=lambda x: x[1]))
