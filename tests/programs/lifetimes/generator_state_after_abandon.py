# The state a generator's finally leaves behind is visible in the very next
# statement after the loop, with no call in between.
log = []


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append(tag)


for x in gen("first"):
    break
print(log[0])

for x in gen("second"):
    break
x = log[-1]
print(x)

for x in gen("third"):
    break
n = len(log)
print(n)

for x in gen("fourth"):
    break
assert log[-1] == "fourth", log
print("assert passed")

for x in gen("fifth"):
    break
if log[-1] == "fifth":
    print("if saw fifth")

for x in gen("sixth"):
    break
y = [t for t in log if t.startswith("s")]
print(y)

# Module state set by the finally.
done = False


def flagging():
    global done
    try:
        yield 1
    finally:
        done = True


for x in flagging():
    break
print("done:", done)

# An attribute set by the finally.
class State:
    closed = False


state = State()


def closing(s):
    try:
        yield s
    finally:
        s.closed = True


for s in closing(state):
    break
print("closed:", state.closed)

# Inside a function, reading a local list right after the loop.
def f():
    events = []

    def g():
        try:
            yield 1
        finally:
            events.append("finally")

    for v in g():
        break
    events.append("after the loop")
    return events


print(f())

# While loop with an explicit iterator and del in the middle of an expression.
events = []


def counter():
    try:
        yield 0
    finally:
        events.append("closed")


it = counter()
events.append(next(it))
del it
events.append("deleted")
print(events)
