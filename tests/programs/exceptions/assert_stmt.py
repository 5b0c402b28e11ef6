# assert statements, messages, and AssertionError attributes.
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args, str(e) == "")
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never evaluated " + 1 / 0
assert "non-empty"
assert [0]
calls = []
def msg():
    calls.append("msg")
    return "lazy message"
assert True, msg()
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
def validate(record):
    errors = []
    for field, rule in [("name", str), ("age", int)]:
        try:
            assert field in record, f"missing {field}"
            assert isinstance(record[field], rule), f"{field} must be {rule.__name__}"
        except AssertionError as e:
            errors.append(str(e))
    return errors
print(validate({"name": "x", "age": 3}))
print(validate({"name": 5}))
print(validate({}))
try:
    assert (1, 2) == (1, 3), "tuples differ"
except AssertionError as e:
    print(e)
