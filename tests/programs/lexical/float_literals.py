# Float literals: exponent forms, leading/trailing dots, underscores.
values = [
    1.0, 1., .5, 0.5, 1e3, 1E3, 1e-3, 1.5e+2, 1_0.0, 1_000.000_1,
    3.14_15, 1e1_0, .0, 0.0, 00.5, 0e0, 1_2e-1_0, 6.02214076e23,
    1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
]
for v in values:
    print(repr(v), str(v))
print(type(1.).__name__, type(1e0).__name__)
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1.5 .is_integer(), 2.0.is_integer())
print(float("1_0.5"), float("  -3.25  "), float("inf"), float("-Infinity"))
print(float("1e-5"), float("nan") != float("nan"))
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5)
print(0.000001, 0.0000001, 1/3, 2/3, 100.0)
print(-0.0, 0.0 == -0.0, 1e22, 1e21, 1e23)
print(1_000.5e-3, 0_0.1, 9_9e0_1, 1.0e+0_0)
print(.1e1, 1.e1, 0e-0, 00000.00001)
lst = [1.5, .25, 3e2]
print(sum(lst), max(lst), [x * 2 for x in lst])
