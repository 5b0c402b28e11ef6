# Generator close(): ignoring GeneratorExit, returning on close, finally blocks, throw before start.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return"
r = returns_on_close()
next(r)
print(r.close())
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo received", received)
e = echo()
next(e)
for word in ["a", "b", "c"]:
    print(e.send(word))
e.close()
t = accumulator()
try:
    t.throw(ValueError("before start"))
except ValueError as err:
    print("thrown into unstarted:", err)
print(next(t, "finished"))
