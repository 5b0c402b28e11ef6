# Integer arithmetic: floor division and modulo toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (-1, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, (-2) ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -1)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(+5, -5, - -5, ~5, ~-5, ~0, -~3, ~~7)
print(7 - 10, 3 * -4, 100 // 7 * 7 + 100 % 7)
print(1 + 2 * 3 - 4 // 2 % 3, (1 + 2) * (3 - 4), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-7 // 2.0, -7 % 2.0, 7.5 // 2, 7.5 % -2, -0.0 % 5)
print(5 / 2, 4 / 2, -5 / 2, 1 / 3 * 3, 10 / 4)
print(True + True, True * 10, False - 1, -True, True // 2, True / 2)
print(3 * True, 2 ** True, 9 % True)
x = 17
x //= 3
print(x)
x %= 4
print(x)
x **= 5
print(x)
x -= 100
print(x, abs(x), x // 7, x % 7)
print(int(7.9), int(-7.9), int("-12"), int(True), round(7.5), round(-7.5))
print(10 % 3, -10 % 3, 10 % -3, -10 % -3)
print(1_000_000 // 3, 1_000_000 % 3, 123456789 * 987654321)
print(sum(range(101)), sum(i * i for i in range(10)))
for a, b in [(5.5, 2), (-5.5, 2), (5.5, -2), (1e10, 3)]:
    print(a // b, a % b)
