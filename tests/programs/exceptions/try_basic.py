# try/except/else/finally in all combinations.
def attempt(fn):
    out = []
    try:
        out.append("try")
        fn()
        out.append("after call")
    except ZeroDivisionError:
        out.append("except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        out.append(f"except lookup {type(e).__name__}")
    except Exception as e:
        out.append(f"except Exception {e!r}")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(attempt(lambda: None))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: int("x")))
def only_finally():
    try:
        return "returned"
    finally:
        print("finally runs before return completes")
print(only_finally())
def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    else:
        print("no else")
nested()
