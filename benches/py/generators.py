"""Generators: pipelines of generator functions and generator expressions.

Measures creating and resuming generator frames: yield, yield from,
generator expressions consumed by sum/any/all/max, chained filter/map
stages, a generator driven with send(), and a generator closed early.
"""


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunked):
    for c in chunked:
        yield from c


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000000007


def main():
    acc = 0
    for rep in range(40):
        acc += sum(squares(evens(count_up(100000))))
        acc += sum(len(c) for c in chunks(count_up(50000), 7))
        acc += sum(flatten(chunks(count_up(50000), 16)))
        acc += sum(x * 3 for x in range(100000) if x % 5 == 1)
        acc += max(x % 1013 for x in range(50000))
        acc += 1 if any(x > 99998 for x in range(100000)) else 0
        acc += 1 if all(x >= 0 for x in range(100000)) else 0
        rm = running_mean()
        next(rm)
        last = 0
        for v in range(40000):
            last = rm.send(v)
        rm.close()
        acc += last
        g = fib_gen()
        for _ in range(30000):
            acc += next(g)
        g.close()
        acc %= 1000000007
    print("generators", acc)


if __name__ == "__main__":
    main()
