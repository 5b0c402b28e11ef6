# The frame loop computes int and float operators inline when both
# operands are small ints or floats; every edge must still match CPython:
# overflow into big ints, signs of // and %, shifts at and past 63 bits.
BIG = 2**63 - 1
SMALL = -2**63
values = [0, 1, -1, 7, -7, 3, -3, BIG, SMALL, BIG - 1, SMALL + 1, 2**31, -2**31]
for a in values:
    for b in values:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            row += [a // b, a % b]
        print(a, b, row)
for a in [1, -1, 5, -5, BIG, SMALL, 3]:
    for s in [0, 1, 31, 32, 62, 63, 64, 65, 100]:
        print(a, s, a << s, a >> s)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
for a in [0, 5, -5]:
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
i = 0
total = 0
while i < 1000:
    total += i * i - (i // 7) + (i % 5) - (i << 3) + (i >> 1) ^ (i & 12) | 1
    i += 1
print(total)
f = [0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), float("nan"), 1e308]
for x in f:
    print([x + y for y in f], [x - y for y in f], [x * y for y in f])
    print([x < y for y in f], [x <= y for y in f], [x == y for y in f], [x != y for y in f], [x > y for y in f], [x >= y for y in f])
    out = []
    for y in f:
        try:
            out.append(x / y)
        except ZeroDivisionError as e:
            out.append(str(e))
    print(out)
print(True + True, True - False, True * 3, True & False, 1 < True, 2 > True)
