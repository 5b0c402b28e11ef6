"""Nested while and for loops over small-int arithmetic.

Measures the frame loop itself: local variable loads and stores, int
+ - * // % & ^ >> and comparisons, conditional jumps, range iteration and
while loops. No calls in the inner loops and no containers beyond range.
"""


def collatz_total(limit):
    total = 0
    longest = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
        n += 1
    return total, longest


def triple(n):
    s = 0
    for i in range(n):
        for j in range(n):
            ij = i * j
            for k in range(n):
                s += (ij ^ k) % 7
                if s > 1000000:
                    s -= 999983
    return s


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        for b in range(1, n):
            x = a
            y = b
            while y:
                x, y = y, x % y
            s += x
    return s


def main():
    total, longest = collatz_total(200000)
    t = triple(120)
    g = gcd_sum(400)
    print("loops", total, longest, t, g)


if __name__ == "__main__":
    main()
