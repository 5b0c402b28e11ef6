# Float literals: every form, underscores, overflow to inf, underflow to 0.0.
print("forms:", 1.0, 1., .5, 0.5, 1e3, 1E3, 1e+3, 1e-3, 1.5e2, .5e1, 5.e1)
print("underscores:", 1_0.0, 1_000.000_1, 1e1_0, 0.000_001, 1_0e-1_0)
print("exponent zero:", 1e0, 0e0, 0.0e10, 00.5, 007.5, 09.5)
print("overflow:", 1e400, -1e400, 1e308 * 10)
print("underflow:", 1e-400, 5e-324, 2e-324, 3e-324)
print("max:", 1.7976931348623157e308, 2.2250738585072014e-308)
print("types:", type(1.).__name__, type(1e0).__name__, type(.0).__name__)
print("attrs:", 1.5 .is_integer(), (2.0).is_integer(), 1e3.is_integer())
print("int-looking floats:", 10000000000000000.0, 1e16, 1e15, 123456789.0)
print("small:", 0.0001, 0.00001, 1e-5, 0.1e-3)
print("exact:", 0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 2.675)
for bad in ["1e", "1.e", "1_.0", "1._0", "1e+", "1__0.0", ".e1"]:
    try:
        compile(bad, "<lit>", "eval")
        print("compiled", repr(bad))
    except SyntaxError as e:
        print("SyntaxError for", repr(bad), "|", e.msg)
print("float():", float("1_0.5"), float(" .5 "), float("5."), float("1E5"), float("-1e-3"))
for bad in ["1__0.5", "_1.0", "1.0_", "1e", "", " ", "0x10", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
