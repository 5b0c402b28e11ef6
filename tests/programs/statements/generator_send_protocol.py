# Generator send(): priming, values flowing both ways, return value via StopIteration.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)
g = echo()
print("prime with next:", next(g))
print("send a:", g.send("a"))
print("send b:", g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned via StopIteration:", e.value, e.args)
try:
    g.send("late")
except StopIteration as e:
    print("send after finish:", repr(e.value), e.args)
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print("prime with send(None):", g.send(None))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print("running average:", [a.send(v) for v in (10, 20, 60)])
def coroutine_state():
    state = "start"
    while True:
        cmd = yield state
        state = f"{state}>{cmd}"
c = coroutine_state()
print(next(c), c.send("x"), c.send("y"), next(c))
def yield_expression_forms():
    a = yield
    b = (yield a) * 2
    c = yield b + 1
    print("  inside:", a, b, c)
    yield "end"
g = yield_expression_forms()
print("forms:", next(g), g.send(5), g.send(7), g.send("c"))
def gen_return_only():
    return "immediately"
    yield
g = gen_return_only()
try:
    next(g)
except StopIteration as e:
    print("return without yield:", e.value)
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("implicit return value:", e.value, e.args)
def gen_running():
    yield g_self.send(None)
g_self = gen_running()
try:
    next(g_self)
except ValueError as e:
    print("ValueError:", e)
def list_builder():
    items = []
    try:
        while True:
            items.append((yield))
    except GeneratorExit:
        print("  collected before close:", items)
        raise
lb = list_builder()
next(lb)
for v in "xyz":
    lb.send(v)
lb.close()
print("closed generator is exhausted:", next(lb, "exhausted"))
