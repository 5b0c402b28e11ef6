# Bitwise operators on negative and arbitrary-precision ints; shifts; error cases.
print("and:", 12 & 10, -12 & 10, 12 & -10, -12 & -10)
print("or:", 12 | 10, -12 | 10, 12 | -10, -12 | -10)
print("xor:", 12 ^ 10, -12 ^ 10, 12 ^ -10, -12 ^ -10)
print("shift left:", 1 << 0, 1 << 10, 1 << 100, -1 << 70, 5 << 64)
print("shift right:", 1024 >> 3, -1024 >> 3, -1 >> 100, -5 >> 1, 5 >> 100, (1 << 100) >> 99)
big = (1 << 200) - 1
print("big masks:", big & 0xFF, big | 1, big ^ big, (big ^ (1 << 100)) >> 99, big.bit_length())
print("negative big:", -big & 0xFFFF, -big | 0, -(1 << 100) & ((1 << 101) - 1))
print("mixed sizes:", (1 << 80) & -1 == 1 << 80, ((1 << 80) | 5) & 7, ~(1 << 80) & 0xF)
print("bool:", True & False, True | False, True ^ True, type(True & True).__name__, True << 3)
print("precedence:", 1 | 2 ^ 3 & 4, 1 + 2 << 3, 1 << 2 + 3, 8 >> 1 - 1, 1 & 3 == 1)
for expr in ["1 << -1", "1 >> -1", "1 << 1.0", "1.0 & 1", "'a' | 1", "[1] ^ [2]", "1 << (1 << 100)"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
x = 0b1100
x &= 0b1010; print("&=", bin(x))
x |= 0b0001; print("|=", bin(x))
x ^= 0b1111; print("^=", bin(x))
x <<= 4; print("<<=", bin(x))
x >>= 2; print(">>=", bin(x))
print("bin of negatives:", bin(-5), bin(-5 & 0xFF), hex(-255), oct(-8))
print("two's complement trick:", (-5) & ((1 << 8) - 1), ~5 & 0xFF, (1 << 64) - 1 == ~(-(1 << 64)))
