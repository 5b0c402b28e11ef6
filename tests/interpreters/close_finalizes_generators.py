# interp.close() finalizes the suspended generators the interpreter holds:
# each runs its finally before close() returns. Here the finallys send on a
# channel and write a file (through objects in the generator's own frame,
# so the order in which the interpreter's globals are torn down does not
# matter), and the main interpreter reads both after close().
import interpreters

PATH = "close_finalizes_generators.tmp"
r, s = interpreters.create_channel()
interp = interpreters.create()
interp.prepare_main(out=s, path=PATH)
interp.exec("""
def gen(tag, out):
    try:
        yield 1
        yield 2
    finally:
        out.send(tag + ' finally')


g = gen('global', out)
next(g)
held = [gen('in a list', out)]
next(held[0])


def keep():
    global kept
    kept = gen('stored by a function', out)
    next(kept)


keep()


def writer(f):
    try:
        yield
    finally:
        f.write('written by a finally')


w = writer(open(path, 'w'))
next(w)

# A generator that was exhausted, and one never started: no finally to run.
done = gen('exhausted', out)
for _ in done:
    pass
fresh = gen('never started', out)
""")
print("before close:", r.recv_nowait(None) == "exhausted finally", r.recv_nowait(None))
interp.close()
got = []
while True:
    value = r.recv_nowait(None)
    if value is None:
        break
    got.append(value)
print("after close:", sorted(got))
print(repr(open(PATH).read()))

# Several interpreters, each with a suspended generator, closed in another
# order than they were created: each finally runs at its own close().
r3, s3 = interpreters.create_channel()
subs = [interpreters.create() for _ in range(3)]
for i, sub in enumerate(subs):
    sub.prepare_main(out=s3, number=i)
    sub.exec("""
def gen(number, out):
    try:
        yield
    finally:
        out.send(number)


g = gen(number, out)
next(g)
""")
for sub in reversed(subs):
    sub.close()
    print("closed", r3.recv_nowait(None))

# A generator in the middle of a `with` block: its __exit__ runs too.
r2, s2 = interpreters.create_channel()
interp = interpreters.create()
interp.prepare_main(out=s2)
interp.exec("""
class Managed:
    def __init__(self, out):
        self.out = out

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.out.send('__exit__ saw ' + exc_type.__name__)


def rows(out):
    with Managed(out):
        yield 1
        yield 2


it = rows(out)
next(it)
""")
interp.close()
print(r2.recv_nowait(None))

# A generator whose finally prints: the output is on stdout before close()
# returns.
interp = interpreters.create()
interp.exec("""
def talker():
    try:
        yield
    finally:
        print('talker finally (in the sub-interpreter)')


t = talker()
next(t)
""")
print("closing")
interp.close()
print("closed")
