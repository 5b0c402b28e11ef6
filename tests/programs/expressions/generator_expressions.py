# Generator expressions: laziness, several for/if clauses, consumption.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101) if x % 2 == 0))
print(max(len(w) for w in ["a", "abcd", "ab"]), min((n for n in [5, 3, 8]), default=0))
print(list((x, y) for x in range(3) for y in range(3) if x != y if x + y < 4))
log = []
def noisy(n):
    log.append(n)
    return n
lazy = (noisy(i) for i in range(5))
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(any(noisy(i) > 1 for i in range(10)), log[-3:])
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c.upper() for c in "abc"), set(i % 3 for i in range(9)))
print("-".join(str(i) for i in range(5)))
print(sorted((x for x in [3, 1, 2]), reverse=True))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
def first_outer_evaluated():
    try:
        g = (x for x in 1 / 0)
    except ZeroDivisionError:
        return "outer iterable evaluated eagerly"
    return "lazy"
print(first_outer_evaluated())
def inner_lazy():
    g = (1 / x for x in [1, 0])
    out = [next(g)]
    try:
        next(g)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out
print(inner_lazy())
gen = (i for i in range(3))
print(list(zip(gen, gen)))
print(sum(1 for _ in range(1000)), list(reversed([i for i in range(4)])))
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
e = (i for i in [])
print(next(e, "empty default"))
print(list(enumerate(c for c in "xyz")))
