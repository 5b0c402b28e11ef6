# list methods and operations.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count(42))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[1])
print(pairs)
c = a.copy()
c.append("copy")
print(a == c, len(a), len(c), c[-1])
c.clear()
print(c, [] == c)
m = [[0]] * 3
m[0].append(1)
print(m)
m2 = [[0] for _ in range(3)]
m2[0].append(1)
print(m2)
print([1, 2] + [3], [1] * 3, [1, 2, 3][::-1], list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])), [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3])
print(max([1, 5, 3]), min([4, 2, 8]), sum([1, 2, 3]), 2 in [1, 2], [1, [2]].index([2]))
nums = list(range(10))
nums[2:8:2] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
e = []
e += "ab"
e += (1, 2)
e += range(2)
print(e)
print([x for x in [1, 2, 3] if x != 2], [[1, 2], [3]] + [[4]])
try:
    [1, 2].index(3)
except ValueError as err:
    print("ValueError:", err)
try:
    [3, "a"].sort()
except TypeError as err:
    print("TypeError:", err)
l = [5, 3, 1]
r = l.sort()
print(r, l, l.reverse(), l)
print(list.__name__, [].__class__.__name__, isinstance([], list), repr([None, True, 1.0, "s", b"b"]))
selfref = [1, 2]
selfref.append(selfref)
print(selfref)
