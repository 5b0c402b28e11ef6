# f-strings compared with format() and str.format(): identical results for every spec form,
# !r/!s/!a before specs, expressions with calls/indexing/attributes, and = with specs.
values = [0, 7, -7, 255, 10 ** 12, 3.14159, -0.5, 1e-9, 2.5e10, float("inf"), "text", "é", True, None]
specs = ["", ">8", "<8", "^8", "*^9", "+", " ", "08", ",", "_", ".3", ".2f", "e", "g", "%", "x", "#b", "s", "d"]
for v in values:
    row = []
    for spec in specs:
        try:
            a = f"{v:{spec}}"
            b = format(v, spec)
            c = ("{:" + spec + "}").format(v)
            row.append(a if a == b == c else f"MISMATCH {a!r} {b!r} {c!r}")
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(repr(v), "|".join(row))
s = "quote's é"
print("conversions then spec:", f"{s!r:>20}|", f"{s!s:^15}|", f"{s!a:<20}|")
print("repr of numbers with spec:", f"{3.0!r:>6}", f"{10 ** 20!s:.5}")
class Obj:
    attr = {"key": [10, 20, 30]}
    def method(self, n):
        return n * 2
o = Obj()
print("expressions:", f"{o.attr['key'][1]:>5}", f"{o.method(21):x}", f"{len(o.attr):03}", f"{'-'.join(['a', 'b'])}")
print("arithmetic in field:", f"{2 ** 10:,}", f"{7 / 2:.1f}", f"{-7 // 2}", f"{7 % -3}")
print("conditional and lambda:", f"{'big' if 10 > 5 else 'small':>6}", f"{(lambda x: x + 1)(1)}")
print("dict and set displays need spaces or parens:", f"{ {'a': 1}['a'] }", f"{ {1, 2} }", f"{({'k': 'v'})}")
width, prec = 12, 4
print("dynamic width/precision:", f"[{3.14159265:{width}.{prec}f}]", f"[{'left':<{width}}]", f"[{42:^{width}d}]")
print("= with spec and conversion:", f"{width=:>5}", f"{prec=!r}", f"{s=!a}")
print("nested quotes:", f"{'single'}", f'{"double"}', f"""{'''triple'''}""", f"{'a' + 'b'!r}")
total = sum(
    [1, 2, 3])
print("f-string of result:", f"{total:>4}", f"{total!r}")
