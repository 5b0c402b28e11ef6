# list: index/count with bounds, insert at odd positions, aliasing with *, comparisons, errors.
a = [10, 20, 30, 20, 10]
print("index with bounds:", a.index(20), a.index(20, 2), a.index(10, -1), a.index(30, 0, 3), a.index(20, -100, 100))
print("count:", a.count(20), a.count(99), [1, 1.0, True].count(1), [[1], [1]].count([1]))
b = [1, 2, 3]
b.insert(-100, "start"); b.insert(100, "end"); b.insert(-1, "before last"); b.insert(2, "at 2")
print("insert positions:", b)
grid = [[0] * 2] * 2
grid[0][0] = 1
print("aliasing with *:", grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print("comprehension avoids it:", grid)
c = [1, 2]
d = c
c += [3]
c = c + [4]
print("+= mutates, + copies:", c, d)
e = [3, 1, 2]
print("sort returns None:", e.sort(), e, "reverse returns None:", e.reverse(), e)
print("copy is shallow:", (lambda x: (x.copy()[0].append(9), x)[1])([[1]]))
print("clear:", (lambda x: (x.clear(), x)[1])([1, 2]))
print("extend with any iterable:", (lambda x: (x.extend("ab"), x.extend(range(2)), x.extend({"k": 0}), x)[-1])([]))
print("comparisons:", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
nan = float("nan")
print("nested equality; identity shortcut for the same nan object:", [[1]] == [[1]], [nan] == [nan], [nan] != [nan])
x = [1, 2, 3, 4, 5]
x[1:3] = []
x[:0] = ["front"]
x[len(x):] = ["back"]
print("slice edits:", x)
x[::2] = "ABC"
print("extended slice assign:", x)
print("list() of iterables:", list("ab"), list((1,)), list({1: 2}), list(range(3)), list(b"hi"), list())
print("multiply:", [0] * 3, [1, 2] * 0, 2 * ["x"], [] * 10)
print("membership and len:", 3 in [1, 2, 3], [1] in [[1]], len([[], []]))
print("pop default last:", (lambda x: (x.pop(), x))([1, 2, 3]), (lambda x: (x.pop(-3), x))([1, 2, 3]))
print("remove first occurrence only:", (lambda x: (x.remove(2), x)[1])([2, 1, 2]))
print("del by index and slice:", (lambda x: (x.__delitem__(0), x.__delitem__(slice(0, 1)), x)[-1])([1, 2, 3, 4]))
print("list of lists sort:", sorted([[2, 1], [1, 2], [1]]))
errors = [
    lambda: [1].index(2), lambda: [1, 2, 3].index(3, 0, 2), lambda: [].remove(1), lambda: [].pop(),
    lambda: [1].pop(5), lambda: [1].pop("0"), lambda: [1].insert("0", 1), lambda: [1].insert(0),
    lambda: [1] * "2", lambda: [1] + 1, lambda: [1].extend(5), lambda: list(5), lambda: list(1, 2),
    lambda: [1, 2].__setitem__(slice(None, None, 2), [1, 2]), lambda: [1, "a"].sort(), lambda: [1].count(),
    lambda: [1].__getitem__(1.5), lambda: [1, 2][::0], lambda: [[]].index([], 5),
]
for bad in errors:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
l = [1, 2, 3]
try:
    l[0:2:1] = 5
except TypeError as e:
    print("TypeError:", e)
