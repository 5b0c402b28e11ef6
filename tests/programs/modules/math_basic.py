# math: exact functions (integer-valued and correctly rounded results).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.isqrt(10 ** 20 + 5), math.isqrt(99))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(5), math.floor(-0.5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.3), math.ldexp(0.75, 4), math.ldexp(1, -1074))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1.0]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11), start=2))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) ** 2)
print(math.degrees(math.pi), math.radians(180), math.radians(90) == math.pi / 2)
print(math.log2(8), math.log2(1024), math.log10(1000), math.log10(1e-5), math.log(1), math.log(8, 2), math.exp(0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(4, -1))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e16), math.ulp(0.0))
print(round(math.cbrt(27), 9), round(math.cbrt(-8), 9), math.exp2(10), math.exp2(-1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.exp(1000),
            lambda: math.pow(0, -1), lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.fmod(1, 0),
            lambda: math.acos(2), lambda: math.gcd(1.5, 2), lambda: math.ldexp(1.0, 10000)]:
    try:
        print("no error:", bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.0), math.copysign(1, -0.0), math.fabs(-0.0))
