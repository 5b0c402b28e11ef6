# float: constructor from strings (inf/nan spellings, whitespace, underscores), methods
# (is_integer, as_integer_ratio, hex, fromhex, conjugate), attributes, and errors.
print("float():", float(), float(3), float(-0), float(True), float(" 1.5 "), float("1_000.5"), float("-.5e1"), float("+1E-2"))
print("special spellings:", float("inf"), float("-Infinity"), float("INF"), float("nan"), float("-NaN"), float("+inf"))
print("big ints:", float(10 ** 20), float(2 ** 100), float(-(10 ** 300)))
print("is_integer:", (1.0).is_integer(), (1.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer(), float("nan").is_integer(), (1e300).is_integer())
print("as_integer_ratio:", (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio(), (1e-3).as_integer_ratio()[1] % 2)
print("hex:", (1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), float("inf").hex(), (5e-324).hex(), (1.7976931348623157e308).hex())
print("fromhex:", float.fromhex("0x1p0"), float.fromhex("0x1.8p1"), float.fromhex("-0x.8p0"), float.fromhex("0x10"), float.fromhex(" 0xAp-2 "), float.fromhex("inf"), float.fromhex("0x1p-1074"))
print("round trip hex:", all(float.fromhex(x.hex()) == x for x in (0.1, 1 / 3, 1e300, 5e-324, -2.5)))
print("conjugate/real/imag:", (2.5).conjugate(), (2.5).real, (2.5).imag)
print("int() truncates toward zero:", int(2.9), int(-2.9), int(1e16), int(-0.5))
print("comparisons with ints:", 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1.0 == 1, 2 ** 53 == 2.0 ** 53)
nan = float("nan")
print("nan:", nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan])
inf = float("inf")
print("inf arithmetic:", inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 10 ** 400)
print("negative zero:", -0.0, 0.0 == -0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), str(-0.0))
print("float division results:", 1 / 2, 3 / 1, -7 / 2, 1e308 * 10, -1e308 * 10, 2.0 ** -1074, 2.0 ** -1075)
errors = [
    lambda: float("abc"), lambda: float(""), lambda: float("1.5.2"), lambda: float("in f"), lambda: float("0x1p1"),
    lambda: float([1]), lambda: float(None), lambda: float(10 ** 400), lambda: float.fromhex("xyz"),
    lambda: float.fromhex("0x1p99999"), lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(),
    lambda: float("1e500").__int__(), lambda: (1.5).hex(1), lambda: float("1_"),
]
for bad in errors:
    try:
        print("no error:", bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("float of bytes:", float(b"2.5"), float(bytearray(b" 3 ")))
