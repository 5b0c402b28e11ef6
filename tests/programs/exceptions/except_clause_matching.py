# except clauses: classes, tuples, dynamic expressions, hierarchy, name unbinding after handler.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
def classify(exc):
    try:
        raise exc
    except DbError:
        return "db"
    except (NetError, TimeoutError):
        return "net-or-timeout"
    except AppError as e:
        return f"app: {e}"
    except LookupError:
        return "lookup"
    except Exception as e:
        return f"other {type(e).__name__}"
for exc in [DbError(), NetError(), TimeoutError(), AppError("generic"), KeyError(), IndexError(), ZeroDivisionError()]:
    print(type(exc).__name__, "->", classify(exc))
handlers = (ValueError, TypeError)
try:
    int("x")
except handlers as e:
    print("tuple from a variable:", type(e).__name__)
def pick():
    return KeyError
try:
    {}["missing"]
except pick() as e:
    print("expression evaluated as class:", repr(e))
try:
    try:
        raise ValueError("v")
    except (TypeError, (ValueError,)) as e:
        print("never: nested tuples are not accepted")
except TypeError as err:
    print("nested tuple -> TypeError:", err)
try:
    raise ValueError("not matched")
except TypeError:
    print("never")
except:
    print("bare except as last resort")
e = "outer value"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("name unbound after handler:", err)
def keep_exception():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print("save to another name:", repr(keep_exception()))
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    raise 5
except TypeError as err:
    print("raise non-exception:", err)
try:
    raise object
except TypeError as err:
    print("raise non-exception class:", err)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as err:
    print("raise user non-exception:", err)
try:
    raise ValueError
except ValueError as err:
    print("raise a class instantiates:", repr(err), err.args)
def unmatched_passes_clean():
    try:
        try:
            raise IndexError("i")
        except KeyError:
            return "wrong"
    except LookupError as e:
        return f"outer LookupError: {e!r}"
print(unmatched_passes_clean())
try:
    raise NetError("with args", 1, 2)
except AppError as err:
    print("args preserved:", err.args, str(err))
for exc_type in (ArithmeticError, LookupError, OSError, RuntimeError, ValueError):
    matches = [n for n, c in [("ZeroDivisionError", ZeroDivisionError), ("OverflowError", OverflowError),
               ("IndexError", IndexError), ("KeyError", KeyError), ("FileNotFoundError", FileNotFoundError),
               ("TimeoutError", TimeoutError), ("RecursionError", RecursionError),
               ("NotImplementedError", NotImplementedError), ("UnicodeDecodeError", UnicodeDecodeError)]
               if issubclass(c, exc_type)]
    print(f"except {exc_type.__name__} catches:", matches)
