# The ** operator: ints, negative exponents (floats), zero powers, precedence, errors; pow().
print("ints:", 2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** -1, 2 ** 100)
print("negative exponents:", 2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3, type(2 ** -1).__name__)
print("floats:", 2.0 ** 10, 4 ** 0.5, 2 ** 0.5, 0.0 ** 0, (-8.0) ** 3, 1.5 ** 2)
print("precedence:", -2 ** 2, (-2) ** 2, 2 ** -1 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
print("unary inside:", 2 ** -2, 2 ** +2, 2 ** ~1)
print("bool:", True ** 5, False ** 0, 2 ** True)
print("big:", 3 ** 50, (-3) ** 51, 7 ** 77 % 1000)
print("pow():", pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5))
print("pow mod big:", pow(2, 10**6, 10**9 + 7), pow(123456789, 987654321, 1000000007))
print("pow inverse:", pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print("pow kwargs:", pow(base=2, exp=5), pow(2, 5, mod=3))
print("float inf:", float("inf") ** 2, 1.0 ** float("inf"), float("inf") ** 0)
cases = ["0 ** -1", "0.0 ** -1", "0 ** -2.5", "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)",
         "pow(2, 0.5, 5)", "10.0 ** 400", "2.0 ** 10000", "pow(0, -1)", "pow(1, 2, 3, 4)"]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r)
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
x = 3
x **= 4
print("augmented:", x)
print("int power stays int:", type(10 ** 20).__name__, 10 ** 20)
print("float power:", 10.0 ** 20, 10 ** 20.0, 2 ** 0.0, 0.5 ** -1)
