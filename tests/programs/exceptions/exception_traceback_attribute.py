# __traceback__ exists on raised exceptions; None on fresh ones; with_traceback; tb_lineno.
e = ValueError("fresh")
print("fresh exception traceback:", e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print("raised exception has traceback:", tb is not None, type(tb).__name__)
    print("tb_lineno is the raise line:", tb.tb_lineno)
def f():
    raise KeyError("deep")
def g():
    f()
try:
    g()
except KeyError as caught:
    tb = caught.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback chain line numbers:", lines)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z.with_traceback(None)
except ZeroDivisionError as caught:
    print("with_traceback(None) then raise: traceback present again:", caught.__traceback__ is not None)
saved = None
try:
    [][0]
except IndexError as caught:
    saved = caught
print("traceback kept after handler:", saved.__traceback__ is not None)
err = RuntimeError("x")
print("with_traceback returns same object:", err.with_traceback(None) is err)
try:
    err.__traceback__ = "not a traceback"
except TypeError as te:
    print("TypeError:", te)
