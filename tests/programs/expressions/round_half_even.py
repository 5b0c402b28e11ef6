# round(): banker's rounding for ints and floats, ndigits, negative ndigits, return types.
print("halves:", [round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5)])
print("types:", type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(7)).__name__)
print("ndigits:", round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print("more ndigits:", round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print("int ndigits negative:", round(1234, -1), round(1235, -1), round(1245, -1), round(-1245, -1), round(15, -1), round(25, -1))
print("int big:", round(10 ** 20 + 5 * 10 ** 9, -10), round(-(10 ** 20) - 15, -1), round(5, -1000))
print("int positive ndigits:", round(1234, 2), round(-7, 5))
print("float tiny:", round(1e-20, 5), round(-1e-20, 5), round(0.0, 3), round(-0.0), round(-0.4))
print("float huge ndigits:", round(1.5, 400), round(1e300, -299), round(123.456, -400))
print("bool:", round(True), round(False, 2), type(round(True)).__name__)
print("none ndigits:", round(2.5, None), round(7, None))
print("near half:", round(0.49999999999999994), round(2.5000000000000004), round(1e16 + 2.0))
print("negative zero result:", round(-0.4), round(-0.4, 1), round(-0.04, 1))
for expr in ["round(float('inf'))", "round(float('nan'))", "round(-float('inf'))", "round(1.5, 1.0)", "round('1.5')", "round(float('inf'), 2)", "round(float('nan'), 1)"]:
    try:
        print(expr, "->", eval(expr))
    except (OverflowError, ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print("__round__:", round(R()), round(R(), 3))
