# int <-> str conversion and CPython 3.11's 4300-digit limit.
import sys
print(int("1" * 4300) % 1000, len(str(10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("ValueError (print):", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError (f-string):", e)
print(hex(big)[:12], len(hex(big)), big.bit_length(), big % 999983)
print(int("f" * 5000, 16) % 1000, int("1" * 10000, 2) % 1000)
print(str(2 ** 14000 % 10 ** 50))
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
print(int("-" + "9" * 4300) % 7, repr(10 ** 4299)[:5])
print(int("  +0012  "), int("0"), int("0000"), int("1_2_3"), int("٣"), int("\u0661\u0662"))
for bad in ["", " ", "1__2", "_1", "1_", "0x", "12a", "1.5", "+-1", "٣x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for text, base in [("777", 8), ("zz", 36), ("0b101", 0), ("0o17", 0), ("0x1F", 0), ("10", 2), ("-ff", 16)]:
    print(text, base, int(text, base))
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("012", 0)
except ValueError as e:
    print("ValueError:", e)
print(str(0), str(-0), str(10 ** 20), repr(-123), "%d" % (10 ** 25), format(10 ** 25, ","))
