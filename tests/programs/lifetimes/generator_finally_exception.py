# An exception that leaves a loop over a generator: the generator's finally
# runs while the exception propagates, before the handler that catches it.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")


try:
    for x in gen("module"):
        print("module raises")
        raise ValueError("boom")
except ValueError as e:
    print("module caught", e)
print("module after try")


def f():
    for x in gen("function"):
        print("function raises")
        raise KeyError("k")


try:
    f()
except KeyError as e:
    print("caught from function", e)

# An exception raised by the loop body through a called function.
def fail():
    raise ZeroDivisionError("deep")


def g():
    for x in gen("called"):
        fail()


try:
    g()
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)

# try/except inside the loop does not abandon the generator.
for x in gen("inner try"):
    try:
        raise IndexError(x)
    except IndexError as e:
        print("handled inside the loop", e)
print("inner try after the loop")

# The exception comes out of the generator itself: it is finished, its
# finally has run by the time the handler sees it.
def failing():
    try:
        yield 1
        raise RuntimeError("from the generator")
    finally:
        print("failing finally")


try:
    for x in failing():
        print("got", x)
except RuntimeError as e:
    print("caught", e)
