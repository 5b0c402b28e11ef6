# __format__: called by format(), f-strings and str.format with the raw spec; defaults.
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or not spec:
            return format(self.c, (spec[:-1] if spec else "") + "f") + "°C"
        raise ValueError(f"bad Temp format {spec!r}")
    def __str__(self):
        return f"Temp({self.c})"
t = Temp(21.5)
print("format():", format(t), format(t, ".1C"), format(t, ".0F"), format(t, ">10.2C"))
print("f-string:", f"{t}", f"{t:.2F}", f"{t!s}", f"{t!r:.9}", f"[{t!s:>12}]")
print("str.format:", "{0}|{0:.1F}|{0:.3C}".format(t))
w = 8
print("nested spec reaches __format__ resolved:", f"{t:>{w}.1C}", "{:{}.{}C}".format(t, 9, 2))
try:
    format(t, "x")
except ValueError as e:
    print("ValueError:", e)
class Plain:
    def __str__(self): return "plain-str"
print("object.__format__ with empty spec uses str():", format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Plain():d}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec): return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class Spy:
    def __format__(self, spec):
        return f"<spec={spec!r}>"
s = Spy()
print("spec passed verbatim:", f"{s:}", f"{s:abc}", f"{s:{'x'}{1}}", "{:>5}".format(s), format(s, "%Y-%m"))
print("conversion bypasses __format__:", f"{s!r:.3}", f"{s!s}" != "<spec=''>")
class SubInt(int):
    def __format__(self, spec):
        return "SubInt:" + super().__format__(spec)
print("subclass of int:", format(SubInt(255), "x"), f"{SubInt(7):03d}", "%d" % SubInt(5), str(SubInt(3)))
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        spec = spec or ",.2f"
        return "$" + format(self.v, spec)
print("default spec inside __format__:", f"{Money(1234567.891)}", f"{Money(5):.0f}", "{:>12,.1f}".format(Money(9999.99)))
print("format of builtins:", format(3.14159, ".2f"), format("s", "^5"), format(42), format([1, 2]), format(None))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
