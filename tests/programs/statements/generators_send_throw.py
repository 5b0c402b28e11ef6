# Generator send, throw and close.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("bad value")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "closed after error"))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally on close")
cl = closable()
print(next(cl))
cl.close()
cl.close()
print(next(cl, "done"))
unstarted = closable()
unstarted.close()
print("closing an unstarted generator runs nothing")
