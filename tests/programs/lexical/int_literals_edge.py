# Integer literals: bases, prefixes in upper case, underscores, huge literals, zeros.
print("bases:", 0b1010, 0B11, 0o17, 0O777, 0xff, 0XFF, 0xDeadBeef)
print("underscores:", 1_000_000, 0x_ff, 0b_1_0, 0o_7_7, 1_2_3, 0x_dead_beef)
print("zeros:", 0, 00, 0_0, 000_000, -0, +0)
print("huge:", 123456789012345678901234567890, 0xffffffffffffffffffffffffffffffff)
print("huge binary:", 0b1111111111111111111111111111111111111111111111111111111111111111111)
print("negative literal exprs:", -0x10, -0b1, -0o10, - 5, -(-5))
print("types:", type(0x10).__name__, type(1_0).__name__)
print("attribute on literal:", (5).bit_length(), 5 .bit_length(), 0x10.bit_length())
print("int():", int("0x_ff", 16), int("0b101", 0), int("0o17", 0), int("1_000"), int("ff", 16), int("z", 36))
print("int() base 0:", int("0", 0), int("00", 0), int("0_0", 0), int("0xff", 0))
for bad in ["1__0", "_1", "1_", "0x", "08", "0b2", "0o8", "1e_1"]:
    try:
        compile(bad, "<lit>", "eval")
        print("ok?", bad)
    except SyntaxError as e:
        print("SyntaxError for", repr(bad), "|", e.msg)
for bad in ["1__0", "_1", "1_", "0x", "0b2", "12a"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError:", e)
print("int base 16 with prefix:", int("0x1F", 16), int("0X1f", 16), int("  0b11  ", 2))
print("eval of literal:", eval("0x_AB"), eval("1_0"), eval("0o1_0"))
print("compare:", 0x10 == 16 == 0o20 == 0b10000)
print("sum:", sum([0b1, 0o1, 0x1, 1]))
