# A suspended generator caught in a reference cycle is not freed by its
# count; gc.collect() finds the cycle and runs the generator's finally
# (PEP 442) before returning.
import gc

gc.disable()
print("enabled:", gc.isenabled())


def gen(tag, keep):
    try:
        yield keep
    finally:
        print("finally", tag)


# The generator's frame holds a list that holds the generator.
holder = []
g = gen("list cycle", holder)
holder.append(g)
next(g)
del g, holder
print("cycle dropped, not collected yet")
gc.collect()
print("after the first collect")

# An object whose attribute is a generator that refers back to the object.
class Node:
    pass


node = Node()
node.it = gen("object cycle", node)
next(node.it)
node = None
print("second cycle dropped")
gc.collect()
print("after the second collect")

# A generator that refers to itself through its own frame.
def selfish():
    me = yield
    try:
        yield me
    finally:
        print("finally selfish")


g = selfish()
next(g)
g.send(g)
del g
print("third cycle dropped")
gc.collect()
print("after the third collect")

# A cycle that is still reachable is not touched.
keep = []
g = gen("reachable", keep)
keep.append(g)
next(g)
gc.collect()
print("reachable survived")
gc.enable()
print("enabled:", gc.isenabled())
keep = None
g = None
gc.collect()
print("after the last collect")
