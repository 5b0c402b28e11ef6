# interp.close() finalizes objects held by reference cycles in the
# sub-interpreter, and the files they hold are complete on disk when
# close() returns: a cycle still reachable from a global, cycles already
# unreachable but not yet collected (the automatic collector is off), a
# file in a suspended generator's frame, and a suspended generator in a
# cycle whose finally sends on a channel.
import interpreters

PREFIX = "close_flushes_cycles_"


def read(name):
    return open(PREFIX + name + ".tmp").read()


r, s = interpreters.create_channel()
interp = interpreters.create()
interp.prepare_main(prefix=PREFIX, out=s)
interp.exec("""
import gc
gc.disable()


class Node:
    pass


reachable = Node()
reachable.me = reachable
reachable.f = open(prefix + 'reachable_cycle.tmp', 'w')
reachable.f.write('held by a reachable cycle')

lost = Node()
lost.me = lost
lost.f = open(prefix + 'unreachable_cycle.tmp', 'w')
lost.f.write('held by an unreachable cycle')
lost = None

box = [open(prefix + 'list_cycle.tmp', 'w')]
box.append(box)
box[0].write('held by a list that holds itself')
box = None


def writer(f):
    f.write('held by a suspended generator')
    yield


w = writer(open(prefix + 'generator.tmp', 'w'))
next(w)


def in_cycle(keep, out):
    try:
        yield
    finally:
        out.send('finally of a generator in a cycle')


keep = []
g = in_cycle(keep, out)
keep.append(g)
next(g)
keep = g = None
""")
interp.close()
for name in ["reachable_cycle", "unreachable_cycle", "list_cycle", "generator"]:
    print(name, repr(read(name)))
print(r.recv_nowait(None))
print(r.recv_nowait(None))
