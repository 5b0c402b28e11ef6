# repr/str of floats: shortest round-trip digits, switch to exponent form, rounding artefacts.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1 + 2.2, 3 * 1.1, 100 * 1.1, 0.1 * 0.1,
        1e15, 1e16, 1e17, 123456789012345.6, 1234567890123456.7, 12345678901234567.0,
        1e-4, 1e-5, 0.00012345, 0.000012345, 1.5e-7, 9.999999999999999e22, 1e22, 1e23,
        2 ** 53, float(2 ** 53 + 1), 4.35, 2.675, 0.5e-323, 2.2250738585072014e-308,
        1.7976931348623157e308, 5e-324, -0.0, 1.0, 100.0, 1e100, 1.2345e-100]
for v in vals:
    print(repr(float(v)), str(float(v)))
print("inf/nan:", float("inf"), -float("inf"), float("nan"), float("-nan"), repr(float("Infinity")))
print("in containers:", [0.1, 1e16, -0.0], (1.5,), {2.5: 1e-7})
print("int-valued:", 3.0, -7.0, 1e5, 12345678.0, 1.0e+16 - 2)
print("arith artefacts:", 0.1 + 0.7, 1.0 - 0.9, 0.3 - 0.1, 1.15 * 100, 4.35 * 100, 1e16 + 1, 1e16 + 2)
print("round trip:", all(float(repr(v)) == v for v in vals))
print("format vs repr:", format(0.1, ".17g"), format(0.1, ".20f"), "%.17f" % 0.3, "%r" % 0.3)
print("str of sums:", sum([0.1] * 10), sum([0.1] * 3), 0.1 * 10)
print("division:", 10 / 3, 2 / 7, 1 / 7, 22 / 7, 1e300 * 1e8)
print("small ints as float:", float(1), float(-0), float(True), float("  -12.50  "))
print("float from big int:", float(10 ** 16), float(10 ** 17 + 1), float(2 ** 63), float(-(2 ** 64) + 1))
print("hex:", (0.1).hex(), (1.0).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"))
print("ratio:", (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
