# str.format(): every replacement-field form (auto/manual/named, attributes, indexes, conversions,
# nested specs, escaped braces), format_map, and the errors for malformed fields.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", "b"]
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
p = Pt(3, 4)
data = {"name": "Ada", "langs": ["en", "fr"], 1: "int key", "nested": {"k": "deep"}}
print("auto:", "{} {} {}".format(1, "two", 3.0))
print("manual:", "{2} {0} {1} {0}".format("a", "b", "c"))
print("named:", "{who} is {age}".format(who="Bo", age=7), "{x}{x}".format(x="rep"))
print("mixed manual and named:", "{0}-{name}-{1}".format("p0", "p1", name="n"))
print("attributes:", "{0.x},{0.y}".format(p), "{p.tags}".format(p=p), "{.x}".format(p))
print("indexes:", "{0[0]} {0[1]}".format(["i0", "i1"]), "{d[name]} {d[langs][1]}".format(d=data), "{0[1]}".format(data))
print("index vs key:", "{0[1]}".format({1: "int", "1": "str"}), "{0[name]}".format(data), "{0[-1]}".format({"-1": "str key"}))
print("chained:", "{0.tags[1]}".format(p), "{d[nested][k]}".format(d=data))
print("conversions:", "{!r}".format("s"), "{!s}".format(p), "{!a}".format("ü"), "{0!r:>10}".format("q"))
print("specs:", "{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"), "{:08.3f}".format(3.14159), "{:+,d}".format(1234567))
print("nested specs:", "{:{}}".format("x", 5) + "|", "{:{w}.{p}f}".format(2.71828, w=9, p=2), "{0:{1}{2}}".format("y", "^", 7) + "|")
print("nested spec by index:", "{0:{fill}>{width}}".format("z", fill="-", width=4))
print("escaped braces:", "{{}}".format(), "{{{0}}}".format("in"), "{{0}}".format("ignored"), "}}{{".format())
print("empty format string:", repr("".format(1, 2)), "extra args ignored:", "{}".format(1, 2, 3))
print("format_map:", "{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("format_map with __missing__:", "{known} {unknown}".format_map(Default(known="k")))
print("objects with __format__:", "{:>5}".format(True), "{:d}".format(True), "{}".format(None), "{!s:5}|".format(None))
print("numbers:", "{:x} {:#b} {:o} {:e} {:.2%} {:g}".format(255, 5, 8, 1234.5, 0.256, 1e-7))
errors = [
    ("{} {}", ("one",), {}), ("{0} {}", ("a", "b"), {}), ("{} {0}", ("a",), {}), ("{missing}", (), {}),
    ("{0[5]}", ([1],), {}), ("{0.nope}", (p,), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}),
    ("{0:d}", ("s",), {}), ("{:>{}}", ("x",), {}), ("{0[}", (1,), {}), ("{0!}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}),
    ("{a.}", (), {"a": 1}), ("{0[0]", ([1],), {}), ("{[x}", ({"x": 1},), {}), ("{0]}", (1,), {}),
]
for fmt, args, kwargs in errors:
    try:
        r = fmt.format(*args, **kwargs)
        print(f"{fmt!r} -> {r!r}")
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(f"{fmt!r} -> {type(e).__name__}: {e}")
