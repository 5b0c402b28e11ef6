"""Tuples and unpacking: packing, swapping, starred targets, tuple keys,
tuple comparison and sorting.

Measures building and indexing tuples, multiple assignment and swap,
nested and starred unpacking in assignments and for loops, zip and
enumerate with unpacking, tuples as dict keys, tuple hashing and
lexicographic comparison, and returning several values from a function.
"""


def divmod_pairs(n):
    out = []
    for i in range(1, n):
        q, r = divmod(i * 7919, i + 13)
        out.append((q, r, i))
    return out


def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def main():
    acc = 0
    for rep in range(40):
        pairs = divmod_pairs(30000)
        for q, r, i in pairs:
            acc += q - r + i
        a, b = 0, 1
        for _ in range(30000):
            a, b = b, (a + b) & 0xFFFF
        acc += a
        x, y, z = 1, 2, 3
        for _ in range(30000):
            x, y, z = z, x, y
        acc += x * 100 + y * 10 + z
        first, *middle, last = list(range(100))
        acc += first + last + len(middle)
        for head, *tail in [(i, i + 1, i + 2) for i in range(10000)]:
            acc += head + len(tail)
        for (i, (p, q)) in enumerate(zip(range(20000), range(20000, 0, -1))):
            acc += (p ^ q) + i
        grid = {}
        for i in range(150):
            for j in range(150):
                grid[(i, j)] = i * j
        tot = 0
        for i in range(1, 149):
            for j in range(1, 149):
                tot += grid[(i - 1, j)] + grid[(i + 1, j)] - grid[(i, j - 1)] - grid[(i, j + 1)]
        acc += tot
        recs = [((i * 37) % 101, (i * 11) % 7, i) for i in range(20000)]
        recs.sort()
        acc += recs[0][2] + recs[-1][2] + recs[10000][2]
        lo, hi = minmax([(r[1], r[0]) for r in recs])
        acc += lo[0] + hi[1]
        t = tuple(range(50))
        acc += t[10] + t[-1] + len(t[5:25]) + t.index(33) + t.count(7)
        acc += 1 if (1, 2, 3) < (1, 2, 4) else 0
        acc %= 1000000007
    print("tuples", acc)


if __name__ == "__main__":
    main()
