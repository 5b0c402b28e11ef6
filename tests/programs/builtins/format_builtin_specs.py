# format() with the format-spec mini-language: fill, align, sign, #, 0, width, grouping, precision, types.
ints = [("d", 42), ("5d", 42), ("<5d", 42), ("^5d", 42), ("=+6d", 42), ("+d", 42), (" d", 42), ("-d", -42),
        ("05d", -42), ("x", 255), ("#x", 255), ("X", 255), ("#X", 255), ("o", 8), ("#o", 8), ("b", 5), ("#b", 5),
        ("#010b", 5), (",", 1234567), ("_", 1234567), ("_x", 0xdeadbeef), ("_b", 255), ("c", 97), ("n", 1234),
        ("*^9,", 1234567), ("e", 12345), (".2f", 7), ("%", 1), ("g", 10 ** 20), ("", -7), ("08,d", 12345)]
for spec, v in ints:
    print(f"format({v!r}, {spec!r}) = {format(v, spec)!r}")
floats = [("", 1.5), ("f", 1.5), (".0f", 2.5), (".0f", 3.5), (".3f", 3.14159), ("10.2f", -3.14159), ("<10.1f", 2.25),
          ("+.2e", 12345.678), ("E", 0.000123), ("g", 123456789.0), ("g", 1e-5), ("G", 1e-20), (".3g", 0.0001234),
          ("#g", 1.0), ("%", 0.1234), (".1%", 0.5), (",.2f", 1234567.891), ("_.1f", 9876543.21), ("08.3f", -1.5),
          ("=+10.2f", 3.0), ("z.1f", -0.04), (".2", 3.14159), (".10", 1 / 3), ("", 1e16), ("n", 1.5), ("f", float("inf")),
          ("F", float("nan")), ("e", float("-inf")), ("010.1f", float("inf")), ("#.0f", 3.0), ("g", 0.0), ("", -0.0)]
for spec, v in floats:
    print(f"format({v!r}, {spec!r}) = {format(v, spec)!r}")
strs = [("", "abc"), ("5", "abc"), (">5", "abc"), ("^6", "abc"), ("*<6", "abc"), (".2", "abc"), ("^7.1", "abc"), ("s", "é"), ("-^5", "")]
for spec, v in strs:
    print(f"format({v!r}, {spec!r}) = {format(v, spec)!r}")
print("bool:", format(True), format(True, "d"), format(False, ">6"), format(True, "x"))
print("None:", format(None), format(None, ""))
errors = [(1.5, "d"), ("s", "d"), (5, "s"), (5, ".2d"), ("s", "+"), ("s", "="), (5, "=,5c"), (5, "abc"), (1.5, ",x"), (-1, "c"), (0x110000, "c"), (5, ",_"), ("s", ","), (None, "5")]
for v, spec in errors:
    try:
        format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        print(f"format({v!r}, {spec!r}) -> {type(e).__name__}: {e}")
