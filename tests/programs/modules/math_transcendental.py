# math: transcendental functions, printed to 11 significant digits to stay libm-independent.
import math
def r(x):
    return 0.0 if abs(x) < 1e-11 else float(f"{x:.11g}")
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 4, 2.5]
for a in angles:
    print(r(a), r(math.sin(a)), r(math.cos(a)), r(math.tan(a)) if abs(math.cos(a)) > 1e-12 else "inf-ish")
for v in [-1, -0.5, 0, 0.5, 1]:
    print(v, r(math.asin(v)), r(math.acos(v)), r(math.atan(v)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0.0, 0.0), r(math.atan2(1, 0)))
for v in [0.5, 1, 2, 10, 100]:
    print(v, r(math.exp(v)) if v < 50 else "big", r(math.log(v)), r(math.log(v, 10)), r(math.log1p(v)), r(math.expm1(v / 10)))
for v in [0, 0.5, 1, 2]:
    print(v, r(math.sinh(v)), r(math.cosh(v)), r(math.tanh(v)), r(math.asinh(v)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0)), r(math.atanh(0.5)))
for v in [0.5, 1, 1.5, 2, 5, 10.5]:
    print(v, r(math.gamma(v)), r(math.lgamma(v)))
print(math.gamma(5), math.gamma(1), math.factorial(4) == math.gamma(5))
for v in [-2, -0.5, 0, 0.5, 2]:
    print(v, r(math.erf(v)), r(math.erfc(v)))
print(r(math.e ** 2), r(math.exp(2)), r(2 ** 0.5), r(math.sqrt(2)), r(math.pi ** 2 / 6))
print(math.sin(0.0), math.cos(0.0), math.tan(0.0), math.exp(0.0), math.log(1.0), math.sinh(0.0))
print(math.isnan(math.sin(math.inf)) if False else "sin(inf) raises", math.exp(-math.inf), math.atan(math.inf) == math.pi / 2)
try:
    math.sin(math.inf)
except ValueError as e:
    print("ValueError:", e)
total = 0.0
for k in range(1, 2001):
    total += 1.0 / (k * k)
print(round(total, 6), round(math.sqrt(6 * total), 4))
print(round(math.degrees(math.atan(1)), 9), round(math.hypot(1e200, 1e200) / 1e200, 12))
