# Arbitrary-precision integers.
a = 2 ** 100
b = 3 ** 64
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, -b), (-a) // b, (-a) % b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(a ** 3)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)), f % 1_000_000_007, f.bit_length())
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
print(9223372036854775807 * 9223372036854775807)
print((2 ** 127 - 1) % 1000, pow(2, 127) - 1 == 2 ** 127 - 1)
print(a >> 90, a << 10, a & (2 ** 64 - 1), a | 1, a ^ a, ~a)
print(-a >> 3, -(a >> 3), (-a) & 0xFFFF, (-1) >> 100)
print(hex(a), oct(b), bin(2 ** 70))
print(int("1" * 40), int("-" + "9" * 30), int("f" * 20, 16))
print(a == 1267650600228229401496703205376, a > b, -a < -b, a == float(a))
print(float(a), float(2 ** 1000) > 1e300, 2 ** 1000 // 10 ** 290)
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[100])
print(sum(fib), max(fib) // min(fib[1:]))
print(abs(-a), -(-a), +a, a // 1, a * 0, a ** 0, 0 ** a)
print(10 ** 30 // 10 ** 29, 10 ** 30 / 10 ** 29, (10 ** 40 + 1) / 10 ** 40)
print(round(12345678901234567890, -5), round(-12345678901234567890, -10))
print(divmod(10 ** 25 + 7, 10 ** 12), pow(3, 10 ** 18, 10 ** 9 + 7))
x = 1
for _ in range(200):
    x = x * 3 + 1
print(x % 10 ** 20, len(str(x)))
print((1 << 200) - 1 == 2 ** 200 - 1, (1 << 64) >> 64, 12345678901234567890123 % -97)
print(int.__name__, (2 ** 90).__class__.__name__, isinstance(2 ** 90, int))
