# sorted()/list.sort(): stability, key functions, reverse keeping stability, multi-key, errors.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print("by age (stable):", sorted(people, key=lambda p: p[1]))
print("by age reverse (still stable):", sorted(people, key=lambda p: p[1], reverse=True))
print("reverse is not reversed():", sorted(people, key=lambda p: p[1], reverse=True) != list(reversed(sorted(people, key=lambda p: p[1]))))
print("multi-key via tuple:", sorted(people, key=lambda p: (-p[1], p[0])))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print("two-pass sort:", sorted(by_name_desc, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print("default:", sorted(words))
print("key=str.lower:", sorted(words, key=str.lower))
print("key=len:", sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print("key=abs:", sorted(nums, key=abs), "| reverse:", sorted(nums, reverse=True))
lst = nums[:]
r = lst.sort(key=lambda x: x % 3)
print("list.sort in place, returns None:", r, lst)
print("sorted accepts any iterable:", sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted(x * x for x in range(-3, 3)))
print("sorted of dict items by value:", sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print("tuples lexicographic:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print("floats and ints:", sorted([2.5, 1, -0.5, True, 0]))
print("key called once per element:", end=" ")
count = 0
def key(x):
    global count
    count += 1
    return -x
sorted(range(50), key=key)
print(count)
print("key=None is identity:", sorted([3, 1, 2], key=None))
for bad in [[1, "a"], [None, 1], [[1], (1,)], [{1}, {2}, {1, 2}, {3}]]:
    try:
        print("sorted:", sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: "s" if x == 1 else 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
data = [1, 2, 3]
try:
    data.sort(key=lambda x: data.append(x) or x)
except ValueError as e:
    print("ValueError:", e)
print("sort of equal keys keeps input order:", sorted(["b1", "a1", "b2", "a2", "b3"], key=lambda s: s[0]))
print("reverse=True on already-sorted:", sorted([1, 2, 3], reverse=True), sorted([1, 1, 1], reverse=True))
print("reverse accepts ints:", sorted([1, 3, 2], reverse=1))
