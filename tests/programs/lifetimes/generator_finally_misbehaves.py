# A generator whose cleanup misbehaves when it is abandoned: CPython reports
# the problem on stderr ("Exception ignored in: ...") and the program goes
# on; what reaches stdout, and when, is the same every time.
def yields_again(log):
    try:
        yield 1
    finally:
        log.append("finally started")
        print("yields_again finally, yielding again")
        yield 2
        print("never printed")


log = []
for x in yields_again(log):
    break
print("after the loop", log)

def raises_in_finally():
    try:
        yield 1
    finally:
        print("raises_in_finally finally, raising")
        raise ValueError("raised while closing")


for x in raises_in_finally():
    break
print("after the second loop: the ValueError did not escape")

def swallows():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("swallows GeneratorExit and keeps looping")


for x in swallows():
    break
print("after the third loop")

# Catching GeneratorExit and returning is fine and silent.
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returns_on_exit saw GeneratorExit")
        return


for x in returns_on_exit():
    break
print("after the fourth loop")

# An explicit close() of a generator that yields in its finally raises the
# RuntimeError in the caller instead.
g = yields_again([])
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close() raised", type(e).__name__, e)
g = None
print("done")
