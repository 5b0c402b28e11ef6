# Generator expressions: laziness, eager first iterable, single pass, errors surfacing late.
log = []
def src(n):
    log.append(f"src({n})")
    for i in range(n):
        log.append(f"yield {i}")
        yield i
g = (x * 10 for x in src(3))
print("created, nothing ran:", log)
print("first:", next(g), log)
print("rest:", list(g), log)
print("exhausted:", list(g), next(g, "default"))
def boom():
    raise ValueError("first iterable fails at creation")
try:
    g = (x for x in boom())
except ValueError as e:
    print("eager:", e)
g = (1 / x for x in [1, 0, 2])
print("first value:", next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("late error:", e)
print("generator finished after error:", next(g, "done"))
g = (x for x in range(3))
print("iter(g) is g:", iter(g) is g, type(g).__name__)
print("sole argument needs no parens:", sum(x for x in range(5)), max(x % 7 for x in range(20)))
print("with other args needs parens:", sorted((x for x in "cab"), reverse=True))
print("in:", 3 in (x for x in range(5)), 9 in (x for x in range(5)))
g = (x for x in range(10))
print("in consumes:", 3 in g, next(g))
print("any/all short-circuit:", any(x > 2 for x in range(10**9)), all(x < 5 for x in range(10**9)))
print("nested genexpr:", list((x, y) for x in range(2) for y in (x * 10 + z for z in range(2))))
def gen_of_gen():
    return (c for w in ["ab", "cd"] for c in w)
print("chained:", "-".join(gen_of_gen()))
g = (x for x in [1, 2, 3])
print("tuple/list/set/dict from gen:", tuple(g), list(g))
print("dict from pairs:", dict((str(k), k) for k in range(3)))
print("zip of gens:", list(zip((i for i in "ab"), (j for j in range(5)))))
xs = [1, 2, 3]
g = (x for x in xs)
xs.append(4)
print("iterates live list:", list(g))
xs = [1, 2, 3]
g = (x for x in xs)
xs = [9]
print("rebinding after creation has no effect:", list(g))
g = (x for x in range(3))
print("send None works like next:", g.send(None), next(g))
try:
    (x for x in range(3)).send(5)
except TypeError as e:
    print("TypeError:", e)
