# str.is* predicates and str.format.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "3.14", " ", "", "\t\n", "_id", "x y", "Ⅻ", "ǅ"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
             s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:10}", "".join("T" if f else "." for f in flags))
print("{} and {}".format("a", "b"), "{1} then {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Bo", age=7), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()), "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:_b} {:#o} {:e} {:%}".format(3.14159, 5, 10 ** 7, 255, 8, 12345.678, 0.25))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {{{}}}".format("in braces"))
print("{:{w}.{p}f}".format(2.718281828, w=10, p=3), "{:*^{}}".format("mid", 9))
print("{0:>{1}}".format("x", 5), "{:c}".format(65), "{:5}|{:<5}|".format(42, 42))
print("{:.3s}|{:10.2s}|".format("abcdef", "xyz"), "{:g} {:g} {:g}".format(1e-5, 123456789.0, 0.5))
print("{:n}".format(1234567), "{:x} {:X}".format(3054, 3054), "{:=+8.2f}".format(-3.5))
print(format(12.5, "08.2f"), format(5, "b"), format("s", "^5"), format(1234567.891, ",.2f"), format(0.1, ".17g"))
print("%-6s|%6.2f|%+i|%c|%o|%X|%e|%g" % ("ab", 2.345, 3, "z", 8, 255, 1500.0, 0.00001))
print("%(a)s-%(b)03d" % {"a": "key", "b": 7}, "%s" % (1,), "%s" % [1, 2], "%%")
print("%5.1f%%" % 12.345, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%d" % 3.99, "%s %s" % ("a", None))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
