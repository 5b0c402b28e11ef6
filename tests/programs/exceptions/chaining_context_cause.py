# Exception chaining: implicit __context__, explicit __cause__, from None, nested handlers.
def show(e):
    cause = repr(e.__cause__) if e.__cause__ is not None else None
    ctx = repr(e.__context__) if e.__context__ is not None else None
    return f"{e!r} cause={cause} context={ctx} suppress={e.__suppress_context__}"
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print("implicit:", show(e))
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    print("explicit:", show(e))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    print("from None:", show(e))
try:
    raise ValueError("no handler active") from TypeError("unrelated cause")
except ValueError as e:
    print("cause without context:", show(e))
try:
    raise RuntimeError("cause is a class") from IndexError
except RuntimeError as e:
    print("cause class instantiated:", show(e))
try:
    raise RuntimeError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        try:
            raise OSError("level 1")
        except OSError:
            raise LookupError("level 2")
    except LookupError:
        raise ArithmeticError("level 3")
except ArithmeticError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__context__
    print("context chain:", chain)
def handler_reraises():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    handler_reraises()
except ValueError as e:
    print("bare raise keeps no self-context:", show(e))
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError:
            raise first
except ValueError as e:
    print("re-raising the earlier one:", show(e))
err = None
try:
    try:
        1 / 0
    finally:
        err = "finally ran"
        raise NameError("from finally")
except NameError as e:
    print("finally raise gets context:", show(e), err)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        b = TypeError("b")
        b.__context__ = None
        raise b
except TypeError as e:
    print("context set automatically even if cleared before raise:", show(e))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print("manual cause sets suppress:", e.__suppress_context__, show(e))
e2 = ValueError("fresh")
print("fresh exception:", show(e2))
def gen():
    try:
        yield
    except KeyError:
        raise IndexError("in generator")
g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except IndexError as e:
    print("generator throw chaining:", show(e))
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        raise v from v
except ValueError as e:
    print("self cause:", e.__cause__ is e, e.__context__ is None)
