# `return` from inside a loop over a generator: the generator's finally runs
# before the caller sees the return value.
def items(log):
    try:
        yield "a"
        yield "b"
        yield "c"
    finally:
        log.append("finally")
        print("items finally")


def first_match(wanted):
    log = []
    for item in items(log):
        if item == wanted:
            print("returning", item, "log", log)
            return item, log
    return None, log


result, log = first_match("b")
print("caller got", result, "log", log)

# The return value is computed before the loop is left: it sees the log
# empty, and the list it returned is filled in by the time the caller looks.
def peek():
    log = []
    for item in items(log):
        return len(log), log


n, log = peek()
print(n, log)

# Nested functions: each level returns out of its own loop.
def outer():
    for x in items([]):
        return inner(x)


def inner(x):
    for y in items([]):
        return x + y


print("outer returned", outer())

# return inside try/finally inside the loop: the function's own finally
# runs first, then the generator's when the frame is left.
def both():
    for x in items([]):
        try:
            return x
        finally:
            print("function finally")


print("both returned", both())
