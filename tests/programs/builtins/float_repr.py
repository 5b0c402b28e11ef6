# repr/str of floats: shortest round-trip, exponent thresholds, special values.
values = [
    0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e15, 1e16, 1.5e16,
    123456789.123456789, 9007199254740993.0, 1e-4, 1e-5, 0.00012345, 1.23e-7, 5e-324,
    2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 1e23, 3.141592653589793,
    2.718281828459045, 1.1, 2.675, 0.5, 0.25, 0.125, 1234567890123456789.0, 4.35, 0.07,
    float(2 ** 53), float(2 ** 63), 1e100, 1.0000000000000002, 0.9999999999999999,
]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v!r}")
print([0.1, -0.5, 1e-7], (1.5,), {"f": 2.0})
print(float("inf"), float("-inf"), float("nan"), repr(float("inf")), str(-float("nan")))
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0, round(acc, 15))
print(1e16 - 1, 1e16 + 2, 2.0 ** 0.5 * 2.0 ** 0.5, 10.0 / 3.0, 1e-300 * 1e-300)
print(3 * 0.1, 0.1 * 3, 0.3 * 3, 1.1 * 1.1, 100 * 1.15, 0.57 * 100)
print(float(123), float(-0), float(10 ** 16), float(10 ** 22), float(2 ** 1023))
print(str(1e16), str(123456789012345.6), str(1234567890123456.7), str(0.0001), str(0.00001))
print(8.5 / 2.5, 7.0 // 0.1, 7.0 % 0.1, -7.0 % 0.1, 1e300 + 1e300 * 1e10)
halves = [i / 2 for i in range(-4, 5)]
print(halves, [round(h) for h in halves])
tenths = [i / 10 for i in range(11)]
print(tenths)
print([x * 0.1 for x in range(11)])
