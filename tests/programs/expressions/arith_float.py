# Float arithmetic, mixed arithmetic, negative powers and special values.
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 2.5 * 4, 7.0 / 2)
print(2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2, 10.0 ** -2)
print((-8) ** 2, (-2.0) ** 3, (-2) ** -2, 0.5 ** -2)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan)
print(inf > 1e308, -inf < -1e308, 1 / inf, -1 / inf)
print(max(1, 2.0), min(1, 1.0), 1 == 1.0, 1.0 is not None)
print(3 + 4.5, 3 * 1.5, 7 // 2.5, 7 % 2.5, 2 ** 0.0)
print(float(10 ** 20), float(2 ** 53 + 1), int(1e20), int(-1.5e3))
print(0.1 + 0.7, 1 - 0.9, 100 * 1.1, 1.15 * 100, 4.35 * 100)
print(abs(-0.0), -0.0 + 0.0, 0.0 * -1, (-0.0) ** 2)
print(1e16 + 1, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074)
print(round(0.1 + 0.2, 10), 5 % 0.3, -5 % 0.3)
print(3.0 * 1.1, 0.3 / 0.1, 0.3 // 0.1, 1.0 % 0.1)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1 / 3) if False else "complex results are avoided")
print(float("0.1") * 3 == 0.30000000000000004, 1.0.hex() if False else 0.5.as_integer_ratio())
print((0.1).as_integer_ratio(), (2.5).is_integer(), (-3.0).is_integer())
print(float.fromhex("0x1.8p1") if False else 3.0, 9.0 ** 0.5, 27 ** (1/3))
