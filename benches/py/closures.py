"""Closures: nested functions, nonlocal state, decorators and lambdas.

Measures creating function objects at run time, reading and writing cell
variables (free variables and nonlocal), calling closures and lambdas,
function-wrapping decorators with *args/**kwargs, and higher-order
functions such as map, filter and sorted(key=).
"""


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def get_calls():
        return calls

    wrapper.get_calls = get_calls
    return wrapper


@counted
def scale(x, factor=2):
    return x * factor


def accumulate(values):
    total = 0

    def add(v):
        nonlocal total
        total += v

    for v in values:
        add(v)
    return total


def main():
    acc = 0
    for rep in range(150):
        counters = [make_counter(i) for i in range(1, 11)]
        for _ in range(2000):
            for c in counters:
                acc += c()
        adders = [make_adder(i) for i in range(50)]
        pipeline = adders[0]
        for a in adders[1:10]:
            pipeline = compose(a, pipeline)
        for i in range(3000):
            acc += pipeline(i)
        for i in range(5000):
            acc += scale(i) + scale(i, factor=3)
        acc += accumulate(range(20000))
        evens = list(filter(lambda v: v % 2 == 0, map(lambda v: v * 3, range(10000))))
        acc += len(evens) + sum(sorted(range(2000), key=lambda v: -v)[:10])
        acc %= 1000000007
    print("closures", acc, scale.get_calls())


if __name__ == "__main__":
    main()
