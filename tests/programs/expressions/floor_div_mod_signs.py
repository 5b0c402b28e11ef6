# Floor division and modulo round toward negative infinity, for ints and floats, all signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}; {a} % {b} = {a % b}; divmod = {divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1.0, -3.0), (-1.0, 3.0), (5, 0.5)]
for a, b in fpairs:
    print(f"{a} // {b} = {a // b!r}; {a} % {b} = {a % b!r}; divmod = {divmod(a, b)!r}")
print("float mod sign of zero:", 0.0 % -3, -0.0 % 3, 3.0 % -1.5, -3.0 % 1.5)
print("tiny float mod:", -1e-20 % 1.0, 1e-20 % -1.0)
print("inf cases:", 5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print("bool operands:", True // 1, True % 2, 7 // True, -7 % True)
big = 10**30 + 7
print("big:", big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print("big divmod:", divmod(-big, 10**15), divmod(big, -(10**15)))
print("identity holds:", all((a // b) * b + a % b == a for a, b in pairs))
print("true division:", 7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 1 / 3, 10**20 / 10**10)
print("big true division:", 10**400 // 10**399, (10**400) / (10**399), 2**1100 / 2**1000)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10**50, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(f"{a!r} {op} {b!r}: ZeroDivisionError: {e}")
for a, b in [(1, 0), (1.5, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(f"divmod({a!r}, {b!r}): ZeroDivisionError: {e}")
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 1.5
except OverflowError as e:
    print("OverflowError:", e)
x = 17
x //= -5
y = -17
y %= 5
print("augmented:", x, y)
