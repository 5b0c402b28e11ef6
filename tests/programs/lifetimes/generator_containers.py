# Suspended generators held by containers: each is finalized when the
# container lets go of it (clear, pop, item replaced, del of an item, the
# container itself dropped).
def gen(tag):
    try:
        yield tag
    finally:
        print("finally", tag)


def started(tag):
    g = gen(tag)
    next(g)
    return g


gens = [started("clear")]
print("list built")
gens.clear()
print("after clear", gens)

gens = [started("p0"), started("p1")]
gens.pop()
print("after pop")
del gens[0]
print("after del gens[0]")

gens = [started("s0"), started("s1")]
gens[0] = None
print("after gens[0] = None")
gens[1:] = []
print("after slice assignment")
gens = [started("remove")]
gens.remove(gens[0])
print("after remove")

table = {"a": started("d1")}
print("dict built")
table["a"] = started("d2")
print("after the value was replaced")
table.pop("a")
print("after pop")
table["b"] = started("d3")
del table["b"]
print("after del table['b']")
table.update(c=started("d4"))
table.update(c=1)
print("after update")
table = {"e": started("d5")}
table.clear()
print("after dict clear")
table = {"f": started("d6")}
table = {}
print("after the dict was dropped")

box = (started("tuple"),)
print("tuple built")
box = None
print("after the tuple was dropped")

s = {1: started("nested")}
outer = [s, [s]]
del s
print("still held by outer")
outer = None
print("after outer = None")

members = {started("set")}
members.clear()
print("after set clear")
