# Re-raising: bare raise, raise e, raising in finally, exceptions in handlers.
log = []
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        log.append("wrapper saw it")
        raise
try:
    wrapper(-1)
except ValueError as e:
    print("outer:", e, log)
def reraise_named():
    try:
        {}["k"]
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print("named reraise:", repr(e))
def bare_raise_outside():
    raise
try:
    bare_raise_outside()
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    raise_in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
try:
    handler_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__))
def reraise_after_other():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except ValueError as e:
    print("bare raise restores:", repr(e))
