# Widths and precisions in %-formatting, format(), str.format and f-strings
# that ask for a string no machine can hold: MemoryError, or the
# OverflowError/ValueError CPython raises for a number too large for its C
# types; the program goes on.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("'%*d' % (10**15, 1)", lambda: "%*d" % (10**15, 1))
attempt("'%-*d' % (10**15, 1)", lambda: "%-*d" % (10**15, 1))
attempt("'%*s' % (2**62, 'x')", lambda: "%*s" % (2**62, "x"))
attempt("'%*s' % (2**63, 'x')", lambda: "%*s" % (2**63, "x"))
attempt("'%10000000000000000d' % 1", lambda: "%10000000000000000d" % 1)
attempt("'%.*f' % (10**15, 1.0)", lambda: "%.*f" % (10**15, 1.0))
attempt("'%.*d' % (2**31 - 1, 1)", lambda: "%.*d" % (2**31 - 1, 1))
attempt("'%.10000000000000000d' % 1", lambda: "%.10000000000000000d" % 1)
attempt("'%.1000000000000000f' % 1.0", lambda: "%.1000000000000000f" % 1.0)
attempt("b'%*d' % (10**15, 1)", lambda: b"%*d" % (10**15, 1))

attempt("format(1, '10000000000000000')", lambda: format(1, "10000000000000000"))
attempt("format(1, '010000000000000000')", lambda: format(1, "010000000000000000"))
attempt("format(2**100, '10000000000000000')", lambda: format(2**100, "10000000000000000"))
attempt("format(10**20, '10000000000000000,')", lambda: format(10**20, "10000000000000000,"))
attempt("format('x', '>10000000000000000')", lambda: format("x", ">10000000000000000"))
attempt("format(1.5, '10000000000000000.2f')", lambda: format(1.5, "10000000000000000.2f"))
attempt("format(1.0, '.10000000000000000f')", lambda: format(1.0, ".10000000000000000f"))
attempt("'{:{}}'.format('x', 10**15)", lambda: "{:{}}".format("x", 10**15))
attempt("'{:10000000000000000}'.format(1)", lambda: "{:10000000000000000}".format(1))
w = 2**62
attempt("f'{\"x\":>{w}}'", lambda: f'{"x":>{w}}')
attempt("f'{1.0:{w}.2f}'", lambda: f"{1.0:{w}.2f}")
attempt("f'{1.0:.{w}f}'", lambda: f"{1.0:.{w}f}")

print("%5d|%-4s|%.2f" % (42, "ab", 3.14159), format(7, "03"), f"{'x':>3}")
print("still running:", sum(range(100)))
