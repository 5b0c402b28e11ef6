# printf-style % formatting: every conversion type and flag, width/precision (also '*'),
# mapping keys, tuple vs single argument rules, bytes %, and the error messages.
v = 42
for conv in "d i o u x X e E f F g G c r s a %".split():
    fmt = "%" + conv
    try:
        arg = () if conv == "%" else ("A" if conv == "c" else (3.5 if conv in "eEfFgG" else v))
        print(f"{fmt!r:6} -> {fmt % arg!r}")
    except TypeError as e:
        print(f"{fmt!r:6} -> TypeError: {e}")
print("flags on ints:", "%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (7, 7, 7, 7, 7, 7, 7))
print("alternate forms:", "%#o %#x %#X %#.0f %#g %#e" % (8, 255, 255, 2.0, 1.0, 1.0))
print("precision:", "%.2f|%.0f|%.3e|%.3g|%.1s|%.10d|%.3x" % (3.14159, 2.5, 12345.6789, 0.000123456, "abc", 42, 15))
print("width and precision:", "[%8.3f]" % 3.14159, "[%-8.2e]" % 1234.5, "[%10.4s]" % "truncate")
print("star width:", "[%*d]" % (6, 42), "[%-*s]" % (5, "ab"), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (8, 1, 2.25))
print("mapping keys:", "%(name)s is %(age)d" % {"name": "Bo", "age": 7}, "%(x)05.1f|%(x)r" % {"x": 2.5})
print("negative numbers:", "%d %x %o %e" % (-42, -255, -8, -0.5), "%05d" % -42, "% d" % -3)
print("big and bool:", "%d" % (10 ** 25), "%x" % (2 ** 70), "%d %s %r" % (True, False, True))
print("float conversions of ints:", "%f %e %g" % (1, 10 ** 20, 123456789))
print("int conversions of floats:", "%d %i" % (3.99, -3.99), "%d" % 1e20)
print("special floats:", "%f %e %g %F" % (float("inf"), float("-inf"), float("nan"), float("nan")))
print("%c forms:", "%c%c" % ("x", 10004), "%c" % 65)
print("%s of objects:", "%s %s %s" % ([1], {"k": 1}, None), "%r" % "quote's", "%a" % "é")
print("single non-tuple argument:", "%s" % "str", "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
print("dict as single argument with %s:", "%s" % {"a": 1})
print("literal percent:", "100%%" % (), "%%d" % ())
print("bytes %:", b"%d-%s-%x-%c-%b" % (5, b"bs", 255, 65, b"bb"), b"%5.1f|%-4d|" % (2.25, 3), b"%(k)s" % {b"k": b"v"})
errors = [
    ("%d", ("x",)), ("%d", ([],)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%", ()),
    ("%(k)s", ("not a mapping",)), ("%(k)s", ({},)), ("%c", ("ab",)), ("%c", (-1,)), ("%x", (1.5,)),
    ("%*d", ("w", 1)), ("%.*f", (1.5, 2.0)), ("%d %(k)s", ({"k": 1},)), ("%f", ("1.5",)), ("%i", (None,)),
]
for fmt, args in errors:
    try:
        print(f"{fmt!r} % {args!r} -> {fmt % args!r}")
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r} % {args!r} -> {type(e).__name__}: {e}")
try:
    b"%s" % "str"
except TypeError as e:
    print("bytes % str -> TypeError:", e)
try:
    "%s" % ()
except TypeError as e:
    print("empty tuple -> TypeError:", e)
try:
    "%(missing)s" % {"present": 1}
except KeyError as e:
    print("missing mapping key -> KeyError:", e)
