# Integer literals in every base, with underscores.
decimal = 1_000_000
hexa = 0x_ff
hexa_upper = 0XDEAD_BEEF
octal = 0o7_7_7
octal_upper = 0O17
binary = 0b1010_1010
binary_upper = 0B1
zero = 0
zeros = 000
zero_us = 0_0
big = 123_456_789_012_345_678_901_234_567_890
big_hex = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF
print(decimal, hexa, hexa_upper)
print(octal, octal_upper, binary, binary_upper)
print(zero, zeros, zero_us)
print(big)
print(big_hex)
print(type(big).__name__, type(0x10).__name__)
# Negative literals are unary minus applied to a literal.
print(-0x10, -0o10, -0b10, - 1_0)
print(0x7fffffffffffffff + 1)
print(-9223372036854775808 - 1)
# Literals followed by attribute access.
print(1 .bit_length(), (255).bit_length(), 0x100.bit_length())
print(10 .real, 10 .imag if False else 0)
# Literals in expressions without spaces.
print(1 if 1 else 2, 0x1 or 2)
print([0x1f,0o17,0b11,99])
print(sum([0b1, 0o1, 0x1, 1]))
print(0xabcdef == 11259375, 0o777 == 511, 0b1111 == 15)
print(int("1_000"), int("0x_ff", 16), int("0b1010", 0), int("0o17", 0))
print(int("  42  "), int("-0"), int("+7"))
