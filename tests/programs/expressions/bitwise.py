# Bitwise operators on ints and bools.
vals = [0, 1, 5, 12, 255, -1, -6, 1024]
for v in vals:
    print(v, v & 0xF, v | 0x10, v ^ 0b1010, ~v, v << 3, v >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-8 >> 1, -7 >> 1, -1 >> 5, 1 << 0, 1 << 62, 1 << 63, 1 << 64)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(True & False, True | False, True ^ True, ~True, True << 2, type(True & True).__name__)
print(1 & 2 | 3 ^ 4, (1 & 2) | (3 ^ 4), 1 | 2 << 3, (1 | 2) << 3)
print(6 & 3 == 2, 6 & (3 == 2))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE | EXEC
print(flags)
flags <<= 4
print(flags)
flags >>= 2
print(flags)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (1 << 100).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (-7).bit_count())
