# abs, round, divmod, pow (3-arg), bin/oct/hex, int/float conversion, format.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), round(7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3), round(-1.25, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(12345.6789, -2), round(1e20, 2), round(5.5, 0), round(2.5, None), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(10, 100, 97), pow(0, 0))
print(pow(2, 100, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007), pow(5, 0, 1), pow(-2, 3, -5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(2 ** 64))
print(int("ff", 16), int("0xff", 16), int("-101", 2), int("z", 36), int("0o17", 0), int("  12  "), int("1_000"))
print(int(3.99), int(-3.99), int(True), int("-0"), int(1e10), int(2 ** 70 + 0.0))
print(float("3.5"), float(" -2 "), float("1e3"), float(7), float("-inf"), float("nan") != float("nan"), float("1_000.5"))
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(1e6, ",.1f"), format(0.5, ".0%"))
print(format(1234.5, "e"), format(-7, "+05d"), format(7, " d"), format(12, "^6"), format("s"), format(3))
print(max(divmod(17, 5)), sum(divmod(17, 5)), abs(complex_free := -9), complex_free)
print(sum([0.1] * 10), sum(range(10), 100), sum([[1], [2]], []), sum([1.5, 2.5]), sum([], 0.0))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print((10).bit_length(), (3.75).as_integer_ratio(), (7).conjugate(), (2.5).is_integer(), int.__name__)
print(bool(0), bool(0.0), bool(-1), bool(""), int("7") + float("0.5"), 7 // 2 * 2 + 7 % 2)
for v in [0.0, 1.0, -1.5, 1e-10, 123.456, 1e300]:
    print(v, round(v), round(v, 1), int(v), f"{v:.3g}")
