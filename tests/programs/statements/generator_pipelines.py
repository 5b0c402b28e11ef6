# Generators as lazy pipelines; infinite generators; generator state and re-use.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def squares(it):
    for v in it:
        yield v * v
def evens(it):
    return (v for v in it if v % 2 == 0)
print("pipeline:", list(take(5, evens(squares(naturals())))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print("fib:", list(take(15, fib())))
g = fib()
print("manual next:", next(g), next(g), next(g), next(g))
print("resumes where it left off:", list(take(3, g)))
def chunked(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print("chunks:", list(chunked(range(7), 3)))
def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print("running sum:", list(running_sum([3, 1, 4, 1, 5])))
def windowed(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print("windows:", list(windowed("abcde", 3)))
def gen_with_state():
    yield "first"
    yield "second"
g = gen_with_state()
print("list consumes:", list(g), "second pass empty:", list(g))
def count_calls():
    count_calls.calls += 1
    yield count_calls.calls
count_calls.calls = 0
print("body runs only on iteration:", count_calls.calls, list(count_calls()), count_calls.calls)
def zip_longest_manual(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        va, vb = next(ia, fill), next(ib, fill)
        if va is fill and vb is fill:
            return
        yield va, vb
print("zip longest:", list(zip_longest_manual("abc", [1])))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print("interleave:", "".join(interleave("ace", "bdfgh")))
gen = (x for x in range(3))
print("generator type name:", type(gen).__name__, type(fib()).__name__)
print("sum of huge lazy range:", sum(take(1000, naturals())))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print("recursive generator:", list(permutations("abc")))
