# math: exact integer functions on big ints, floor/ceil/trunc and prod.
import math

def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

print([math.factorial(n) for n in range(0, 25, 3)])
f100 = math.factorial(100)
print(f100, len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(sum(int(d) for d in str(math.factorial(500))), math.factorial(2000) // math.factorial(1998))
for expr in [
    "math.factorial()", "math.factorial(2.0)", "math.factorial(25.0)", "math.factorial(-1)", "math.factorial(-10**30)",
    "math.factorial(10**30)", "math.factorial(True)", "math.factorial('5')", "math.factorial(x=5)",
]:
    show(expr)

print("--- gcd / lcm")
big = 2 ** 100 * 3 ** 50
print(math.gcd(big, 6 ** 70), math.gcd(-big, 0), math.gcd(0, 0), math.gcd(), math.gcd(-7), math.gcd(12, -18, 30))
print(math.gcd(2 ** 64 + 1, 2 ** 64 - 1), math.gcd(10 ** 40, 10 ** 35 * 7), math.gcd(True, 4), math.gcd(1, 10 ** 50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(5, 0, 7), math.lcm(2 ** 70, 3 ** 40))
print(math.lcm(*range(1, 40)), math.lcm(-3, -4))
for expr in ["math.gcd(2.0)", "math.gcd(1, 'a')", "math.lcm(2.5, 1)", "math.gcd(x=1)", "math.lcm(1, None)"]:
    show(expr)

print("--- isqrt")
print([math.isqrt(n) for n in range(20)], math.isqrt(10 ** 20 + 5), math.isqrt(2 ** 64), math.isqrt(2 ** 64 - 1))
n = 12345678901234567890123456789 ** 3
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1), math.isqrt(10 ** 400) == 10 ** 200, math.isqrt(True))
for expr in ["math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt(-10**50)", "math.isqrt('9')"]:
    show(expr)

print("--- comb / perm")
print([math.comb(10, k) for k in range(12)], [math.perm(6, k) for k in range(8)], math.perm(6), math.perm(0))
print(math.comb(100, 50), math.comb(1000, 3), math.perm(50, 10), math.comb(10 ** 20, 2), math.perm(10 ** 20, 2))
print(math.comb(10 ** 30, 1), math.comb(10 ** 30, 10 ** 30 - 1), math.comb(5, 10 ** 30), math.perm(5, 10 ** 30))
print(math.perm(2 ** 64 - 1, 2), math.comb(2 ** 64 - 1, 3), math.perm(2 ** 64, 2), math.comb(2 ** 64 + 5, 2 ** 64 + 3))
print(math.comb(300, 150) == math.factorial(300) // math.factorial(150) ** 2, math.perm(7, None))
for expr in [
    "math.comb(1)", "math.comb(n=1, k=2)", "math.comb(-1, 2)", "math.comb(2, -1)", "math.comb(1.0, 1)",
    "math.comb(10**30, 10**20)", "math.perm()", "math.perm(1, 2, 3)", "math.perm(-1)", "math.perm(2.0)",
    "math.perm(5, -2)", "math.perm(10**30, 10**20)", "math.perm(n=3)",
]:
    show(expr)

print("--- floor / ceil / trunc")
vals = [2.7, -2.7, 2.5, -0.5, -0.0, 1e300, -1e300, 10 ** 30, -7, True, 2 ** 63, -(2 ** 63) - 1, 4.0]
print([math.floor(v) for v in vals])
print([math.ceil(v) for v in vals])
print([math.trunc(v) for v in vals])
print(type(math.floor(2.0)).__name__, type(math.ceil(True)).__name__, type(math.trunc(-1.5)).__name__)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floor__(self):
        return "floor:" + str(self.cents // 100)
    def __ceil__(self):
        return "ceil:" + str(-(-self.cents // 100))
    def __trunc__(self):
        return "trunc"
    def __float__(self):
        return self.cents / 100
class Ratio:
    def __float__(self):
        return 7.5
class MyFloat(float):
    pass
class MyInt(int):
    pass
print(math.floor(Money(250)), math.ceil(Money(250)), math.trunc(Money(250)), math.sqrt(Money(400)))
print(math.floor(Ratio()), math.ceil(Ratio()), math.floor(MyFloat(3.5)), math.ceil(MyFloat(-3.5)), math.floor(MyInt(9)))
for expr in [
    "math.floor(math.inf)", "math.floor(-math.inf)", "math.floor(math.nan)", "math.ceil(math.nan)",
    "math.trunc(math.inf)", "math.trunc(Ratio())", "math.trunc('1')", "math.floor(None)", "math.ceil([1])",
    "math.trunc(MyFloat(2.5))", "math.trunc(MyInt(4))",
]:
    show(expr)

print("--- prod")
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 30)), math.prod([2.5, 4]), math.prod([2, 0.5, 3]))
print(math.prod(range(1, 11), start=2), math.prod([], start=7.5), math.prod([1, 2], start=2.5), math.prod([3], start=10 ** 20))
print(math.prod([2 ** 40] * 4), math.prod([True, True]), math.prod(['a', 2], start=1), math.prod([2, 'ab']))
print(math.prod([], start='x'), math.prod(x for x in [1.5, 2, 2 ** 70]), math.prod([[1], 3]))
for expr in [
    "math.prod()", "math.prod([1], 2)", "math.prod([1], foo=2)", "math.prod(iterable=[1])", "math.prod(1)",
    "math.prod(['a', 'b'])", "math.prod([1, None])", "math.prod([1e308, 10])",
]:
    show(expr)

print("--- logs of big ints")
for n in [10 ** 400, 2 ** 2000, 2 ** 2000 - 1, 3 ** 1000, 10 ** 308, 7 ** 700 + 1]:
    print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.log(n, 10)), repr(math.log(n, 2 ** 100)))
for expr in ["math.log(-10**400)", "math.log(0)", "math.log2(-1)", "math.log10(10**400, 2)", "math.log(8, 2)", "math.log(100, 10.0)"]:
    show(expr)
