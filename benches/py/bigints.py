"""Arbitrary-precision integers: pi digits, factorials and big Fibonacci numbers.

Measures multiplication, addition, floor division and modulo of ints far
beyond 64 bits (thousands of digits), comparisons of big ints, pow with
three arguments, and conversion of big ints to decimal strings (kept under
CPython's 4300-digit limit).
"""


def pi_digits(n):
    # Gibbons' unbounded spigot algorithm.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def big_fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    s = 0
    chunk = 10 ** 18
    while n:
        n, r = divmod(n, chunk)
        s += r % 9
    return s


def main():
    digits = pi_digits(4000)
    pi_str = "".join(str(d) for d in digits)
    f_mod = 0
    for i in range(20):
        f = factorial(5000 + i)
        f_mod = (f_mod + f % 1000000007) % 1000000007
    fib = big_fib(120000)
    fib_low = str(fib % 10 ** 40)
    conv = 0
    big = 7 ** 5000
    for i in range(400):
        conv += len(str(big + i))
    dsum = digit_sum(factorial(3000)) + digit_sum(fib)
    m = 10 ** 300 + 7
    p = 0
    for i in range(200):
        p = (p + pow(3 + i, 10 ** 6, m)) % m
    ratio = factorial(1000) // factorial(990)
    print("bigints", pi_str[:20], pi_str[-20:], sum(digits), f_mod, fib_low, conv, dsum, p % 10 ** 20, ratio)


if __name__ == "__main__":
    main()
