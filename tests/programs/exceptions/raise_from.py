# raise ... from ..., implicit chaining, __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
try:
    load({}, "port")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise RuntimeError("clean") from None
try:
    suppressed()
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
def from_class():
    raise TypeError("outer") from KeyError
try:
    from_class()
except TypeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError:
        raise TypeError("c")
try:
    chain3()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from "not an exception"
except TypeError as err:
    print("TypeError:", err)
fresh = RuntimeError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__traceback__, fresh.__suppress_context__)
try:
    raise fresh
except RuntimeError as caught:
    print(caught is fresh, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
def context_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            return repr(inner.__context__)
print(context_in_handler())
