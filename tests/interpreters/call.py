# interp.call(): the function's code is shared, it runs with the target's
# own globals, and arguments and result cross as shareable values.
import interpreters

interp = interpreters.create()
counter = 100


def add(a, b=10, *, scale=1):
    return (a + b) * scale


def bump():
    global counter
    counter = counter + 1 if "counter" in globals() else 1
    return counter


def info():
    import sys
    return (__name__, "interpreters" in sys.modules)


def fails(n):
    return 10 // n


print(interp.call(add, 1))
print(interp.call(add, 1, 2))
print(interp.call(add, 1, b=5, scale=3))
print(interp.call(add, 2 ** 100, 1))
print(interp.call(bump), interp.call(bump), "main counter:", counter)
print(interp.call(info))
print(interp.call(len, "four"))
print(interp.call(str.upper, "up") if interpreters.is_shareable(str.upper) else "skip")

try:
    interp.call(fails, 0)
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)
    print(e.excinfo.errdisplay)


def make_closure():
    y = 1

    def inner():
        return y
    return inner


try:
    interp.call(make_closure())
except ValueError as e:
    print("closure:", e)

try:
    interp.call(add, [1], 2)
except interpreters.NotShareableError as e:
    print("argument:", e)


def returns_list():
    return [1, 2]


try:
    interp.call(returns_list)
except interpreters.NotShareableError as e:
    print("result:", e)

try:
    interp.call(object())
except interpreters.NotShareableError as e:
    print("callable:", e)

t = interp.call_in_thread(bump)
t.join()
print(interp.call(bump))
interp.close()
