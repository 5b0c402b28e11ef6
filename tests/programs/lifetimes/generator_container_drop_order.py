# When a container holding several suspended generators is cleared or
# dropped, CPython releases them in a fixed order: lists and tuples from the
# last item to the first, dicts from the first entry to the last.
def gen(tag):
    try:
        yield tag
    finally:
        print("finally", tag)


def started(tag):
    g = gen(tag)
    next(g)
    return g


gens = [started("l0"), started("l1"), started("l2")]
gens.clear()
print("after list.clear()")

gens = [started("m0"), started("m1"), started("m2")]
gens = None
print("after the list was dropped")

gens = [started("n0"), started("n1"), started("n2")]
del gens[:]
print("after del gens[:]")

pair = (started("t0"), started("t1"), started("t2"))
pair = None
print("after the tuple was dropped")

pair = (started("p0"), started("p1"))
pair = None
print("after the pair was dropped")

table = {"a": started("d0"), "b": started("d1"), "c": started("d2")}
table.clear()
print("after dict.clear()")

table = {"a": started("e0"), "b": started("e1"), "c": started("e2")}
table = None
print("after the dict was dropped")

# A function's locals are released in the order they were declared.
def locals_order():
    first = started("first local")
    second = started("second local")
    third = started("third local")


locals_order()
print("after the function returned")
