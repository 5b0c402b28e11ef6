# List, set and dict comprehensions with several for and if clauses.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
print([(x, y, z) for x in range(3) if x for y in "ab" for z in (True, False) if z or y == "a"])
print([[row * col for col in range(1, 4)] for row in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row if n % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print({x % 5 for x in range(100)})
print({n * n for n in [-3, -2, -1, 0, 1, 2, 3]})
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abcde", range(5)) if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print([w.upper() if len(w) > 5 else w for w in words])
print(sorted({len(w) for w in words}))
x = "outer"
print([x for x in range(3)], x)
print([x for x in [x]], x)
print([[y for y in range(x)] for x in range(4)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([c for c in "hello world" if c not in "aeiou "])
print([i for i in range(20)][::-1][::3])
print([(i, j) for i in range(3) for j in range(i, 3)])
print({i: {j: i * j for j in range(3)} for i in range(2)})
class Scope:
    base = 10
    vals = [i for i in range(base, base + 3)]
    try:
        other = [base * i for i in range(2)]
    except NameError as e:
        other = str(e)
print(Scope.vals, Scope.other)
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
