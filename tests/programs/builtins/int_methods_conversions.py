# int: constructor forms and bases, methods (bit_length, bit_count, to_bytes, from_bytes,
# as_integer_ratio, conjugate), attributes, and conversion errors.
print("int():", int(), int(7), int(-7.9), int(7.9), int(True), int("  42  "), int("-0"), int("+5"), int("1_000"))
print("bases:", int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0), int("z", 36), int("Z", 36))
print("base 0 rules:", int("10", 0), int("0", 0), int("-0x10", 0), int(" 0b1 ", 0))
print("from float/bool/str:", int(1e20), int(-2.5), int(2 ** 53 + 0.0), int(b"12"), int(bytearray(b"34")))
print("unicode digits:", int("٣٤"), int("１２"), float("١.٥"))
for n in [0, 1, 5, 255, 256, -1, -256, 2 ** 64, -(2 ** 64)]:
    print(f"{n}: bit_length={n.bit_length()} bit_count={n.bit_count()}")
print("to_bytes:", (1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, byteorder="big"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print("to_bytes default (3.11):", (65).to_bytes(), (258).to_bytes(2))
print("from_bytes:", int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b""), int.from_bytes(b"\x01"))
print("round trip:", int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
print("ratio/conjugate/attrs:", (6).as_integer_ratio(), (-4).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print("bool subclass methods:", True.bit_length(), True.as_integer_ratio(), True.to_bytes(1, "big"))
print("int() of an __index__ object:", int(type("I", (), {"__index__": lambda s: 9})()))
errors = [
    lambda: int("1.5"), lambda: int(""), lambda: int("0x10"), lambda: int("10", 1), lambda: int("10", 37),
    lambda: int(10, 10), lambda: int("9", 8), lambda: int(float("inf")), lambda: int(float("nan")),
    lambda: int([1]), lambda: int(None), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("str", "big"), lambda: (1).to_bytes(-1, "big"),
    lambda: int("1e5"), lambda: int("١x"), lambda: int("0b", 0), lambda: int("  "),
]
for bad in errors:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("int is immutable; methods return new values:", (5).__add__(1), (5).__neg__(), (5).__pow__(2))
print("class methods:", int.from_bytes(b"\x10", "big"), type(int.from_bytes(b"\x01", "big")).__name__)
