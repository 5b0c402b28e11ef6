# Arbitrary-precision integers: transparent promotion, mixed ops, conversions, comparisons.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print("50!:", f50)
print("digits of 100!:", len(str(fact(100))), "trailing zeros:", len(str(fact(100))) - len(str(fact(100)).rstrip("0")))
a = 2 ** 64
print("boundary:", a - 1, a, a + 1, -a, (a - 1) * (a + 1) == a * a - 1)
print("max int64 overflow:", 9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print("mul:", 123456789123456789 * 987654321987654321)
print("division:", f50 // fact(48), f50 % 1000003, divmod(f50, 10 ** 20))
print("negative:", -f50 // 10 ** 60, -f50 % 10 ** 60)
print("power:", 7 ** 100 % 10 ** 10, (-3) ** 101 // 3 ** 100)
print("bit ops:", (2 ** 100 + 5) & 0xF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 - 1))
print("shift:", 1 << 200 >> 190, -(1 << 200) >> 198)
print("bit_length:", (2 ** 1000).bit_length(), (-(2 ** 1000)).bit_length(), (2 ** 1000 - 1).bit_length())
print("compare with float:", 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print("float():", float(2 ** 64), float(10 ** 20), float(2 ** 1023 * 1), float(-(2 ** 70)))
print("int(float):", int(1e20), int(2.0 ** 70), int(-1.5e30), int(1e300) == 10 ** 300)
print("true div:", 10 ** 30 / 10 ** 28, (2 ** 200 + 1) / 2 ** 199, 1 / 10 ** 50)
print("abs/neg:", abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print("sum/min/max:", sum([10 ** 20] * 5), max(10 ** 30, 10 ** 29), min(-(10 ** 30), 5))
print("hex/oct/bin:", hex(2 ** 100), oct(2 ** 70), bin(2 ** 70 + 1))
print("int from str:", int("123456789" * 5), int("-" + "9" * 40) + 1)
print("equality:", 10 ** 50 == 10 ** 50, 10 ** 50 is not None, 10 ** 50 != 10 ** 50 + 1)
print("as dict key:", {10 ** 30: "big", 1: "small"}[10 ** 30])
print("in range:", 10 ** 30 in range(10 ** 31), len(range(10 ** 20, 10 ** 20 + 5)))
print("round:", round(123456789123456789, -5), round(-(10 ** 25) - 5, -1))
print("pow mod:", pow(10 ** 30 + 3, 10 ** 10, 10 ** 9 + 9))
for expr in ["float(2 ** 1024)", "2.0 * 10 ** 400", "10 ** 400 + 0.5", "1e308 * 10 ** 10", "range(10 ** 20)[10 ** 20]", "len(range(10 ** 20))"]:
    try:
        print(expr, "->", eval(expr))
    except (OverflowError, IndexError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
