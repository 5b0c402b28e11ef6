# except with tuples, bare except, 'as' binding and its scope, exception attributes.
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"type/value: {e}"
    except LookupError as e:
        return f"lookup ({type(e).__name__}): {e}"
    except ArithmeticError:
        return "arithmetic"
    except:
        return "bare except"
for exc in [TypeError("t"), ValueError("v"), KeyError("k"), IndexError("i"),
            ZeroDivisionError(), OverflowError(), SystemExit(3), KeyboardInterrupt()]:
    print(classify(exc))
try:
    raise ValueError("bound")
except ValueError as err:
    saved = err
print(saved, "err" in dir())
err = "reassigned"
try:
    raise KeyError("x")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
e = ValueError(1, "two", [3])
print(e.args, str(e), repr(e))
print(str(ValueError("only")), repr(ValueError("only")), str(ValueError()), repr(ValueError()))
print(str(KeyError("key")), repr(KeyError("key")), str(KeyError(1, 2)))
handlers = (IndexError, KeyError)
try:
    [1][5]
except handlers as caught:
    print("dynamic tuple caught", type(caught).__name__)
def which(x):
    try:
        if x == 1:
            raise IndexError
        if x == 2:
            raise TypeError
        return "none"
    except IndexError as ie:
        return repr(ie)
    except TypeError as te:
        return repr(te)
print(which(0), which(1), which(2))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise OSError("disk")
    except (FileNotFoundError, TimeoutError):
        print("wrong")
except OSError as e:
    print("OSError:", e, type(e).__name__)
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError), e)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except UnicodeError as e:
    print(type(e).__name__, "|", e)
class Custom(Exception):
    pass
try:
    raise Custom
except Exception as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
