# enumerate (start) and zip (several iterables, strict=True) in all their forms; errors.
print("enumerate:", list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print("enumerate big start:", list(enumerate("xy", 10 ** 20)))
e = enumerate(["p", "q"])
print("enumerate is an iterator:", next(e), iter(e) is e, list(e), list(e))
print("enumerate dict:", list(enumerate({"k": 1, "j": 2})))
print("zip:", list(zip("abc", [1, 2, 3])), list(zip("ab", "cde", [0, 1, 2, 3])))
print("zip single and none:", list(zip("ab")), list(zip()), list(zip([], "abc")))
print("zip transpose:", list(zip(*[(1, 2, 3), (4, 5, 6)])), list(zip(*zip("ab", "cd"))))
print("zip to dict:", dict(zip("abc", range(3))))
print("zip strict ok:", list(zip("ab", "cd", strict=True)))
for args in [("ab", "c"), ("a", "bc"), ("ab", "cd", "e"), ("a", "b", "cd")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(f"zip{args} strict -> ValueError: {e}")
z = zip("abc", range(10))
print("zip is lazy:", next(z), list(z))
consumed = iter(range(10))
print("zip stops at shortest, consuming:", list(zip(consumed, "ab")), next(consumed))
print("zip of generators:", list(zip((i * i for i in range(4)), (c for c in "wxyz"))))
for bad in [lambda: enumerate(5), lambda: zip(1, "a"), lambda: enumerate("a", 1.5), lambda: enumerate("a", start="0"), lambda: zip("a", None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("enumerate and zip together:", [(i, a, b) for i, (a, b) in enumerate(zip("ab", "xy"), 1)])
print("unzip with star:", *zip(*[("a", 1), ("b", 2)]))
print("types:", type(enumerate([])).__name__, type(zip()).__name__)
try:
    zip("a", strict=True, extra=1)
except TypeError as e:
    print("TypeError:", e)
