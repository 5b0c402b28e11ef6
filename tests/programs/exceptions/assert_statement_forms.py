# assert: messages of any type, evaluation laziness, AssertionError args, in functions.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        return "passed"
    except AssertionError as e:
        return f"AssertionError args={e.args!r} str={str(e)!r}"
print(check(True))
print(check(1 == 1, "never shown"))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "message"]))
print(check("", 42))
print(check(None, None))
print(check({}, ("tuple", "message")))
print(check(False, f"formatted {1 + 1}"))
calls = []
def expensive():
    calls.append("called")
    return "expensive message"
assert True, expensive()
print("message not evaluated when passing:", calls)
try:
    assert False, expensive()
except AssertionError as e:
    print("evaluated on failure:", calls, e)
def positive(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
try:
    positive(-5)
except AssertionError as e:
    print("in function:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("no message: repr", repr(e), "args", e.args)
try:
    pair = (False, "tuple is truthy so this passes")
    assert pair
    print("assert on non-empty tuple passes")
except AssertionError:
    print("never")
x = 5
try:
    assert x < 3 and x > 0, "compound condition"
except AssertionError as e:
    print(e)
try:
    assert isinstance(x, str), type(x)
except AssertionError as e:
    print("class as message:", e, e.args[0] is int)
class Message:
    def __str__(self):
        return "custom object message"
try:
    assert False, Message()
except AssertionError as e:
    print("object message:", e, type(e.args[0]).__name__)
print("AssertionError is an Exception:", issubclass(AssertionError, Exception), AssertionError.__bases__[0].__name__)
try:
    raise AssertionError("raised directly", 2)
except AssertionError as e:
    print("raised directly:", e.args)
