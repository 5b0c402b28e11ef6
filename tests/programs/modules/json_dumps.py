# json.dumps / json.dump: CPython's exact output for every option, and its errors.
import json

data = {"name": "Gadget", "sizes": [1, 2.5, -3, 10 ** 30], "nested": {"a": [], "b": {}, "c": [{"d": None}]},
        "flags": (True, False), "text": "tab\there \"quoted\" back\\slash", "ratio": 1 / 3, "tiny": 5e-324}
print(json.dumps(data))
for indent in [0, 1, 4, -2, "", "--", "\t", True]:
    print(repr(indent), json.dumps(data, indent=indent))
print(json.dumps(data, sort_keys=True, indent=2, separators=(", ", " = ")))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, {"k": 2}], separators=[";", "="]))
print(json.dumps([[[[[]]]], [[[1]]], {"x": {"y": {}}}], indent=3))

print("--- scalars and floats")
for v in [0, -1, 2 ** 63, -(10 ** 25), 0.0, -0.0, 1.0, 1e16, 1e15, 123456789.125, 1e-5, 1e-4, 1.5e300, 2 ** 0.5,
          float("inf"), float("-inf"), float("nan"), True, False, None, "", "x", [], {}, ()]:
    print(json.dumps(v), json.dumps([v]), json.dumps({"k": v}, indent=1).replace("\n", "|"))

print("--- strings")
s = "é ü ß ñ 日本 😀 𝄞 \u0000 \u001f \u007f \u0080 \u2028 \u2029 \ufeff \b\f\n\r\t / \\ \""
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: s}, ensure_ascii=False, indent=2))
print(json.dumps(["\U0010ffff", "\U00010000", "\uffff", "\ud7ff"]))

print("--- keys")
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -3: "f", 10 ** 20: "g", 1e20: "h", float("inf"): "i"}))
print(json.dumps({"b": 1, "a": 2, "C": 3, "_": 4, "aa": 5}, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True), json.dumps({2.5: 1, 1: 2, -1: 3}, sort_keys=True))
print(json.dumps({"a": 1, (1, 2): 3, "b": 2, frozenset(): 4}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
for bad in [{(1, 2): "tuple"}, {frozenset(): 1}, {b"k": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [{2: 1, "1": 2}, {None: 1, 0: 2}]:
    for ind in [None, 2]:
        try:
            json.dumps(bad, sort_keys=True, indent=ind)
        except TypeError as e:
            print("TypeError:", e)

print("--- allow_nan")
for v in [float("inf"), [float("nan")], {"k": float("-inf")}, {float("nan"): 1}]:
    for ind in [None, 2]:
        try:
            print(json.dumps(v, allow_nan=False, indent=ind))
        except ValueError as e:
            print("ValueError:", e)
print(json.dumps([1.5, 2.0], allow_nan=False))

print("--- default and circular references")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps([Point(1, 2), {3, 1, 2}, {"p": Point(0, Point(5, 6))}], default=encode))
print(json.dumps({"when": Point(1, 1)}, default=lambda o: repr(type(o).__name__), indent=1))
print(json.dumps(Point(1, 2), default=vars, sort_keys=True))
for bad in [{1, 2}, Point(1, 2), b"bytes", object(), len]:
    try:
        json.dumps({"v": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps([object()], default=encode)
except TypeError as e:
    print("TypeError:", e)
loop = []
loop.append(loop)
d = {"a": 1}
d["self"] = d
for v in [loop, d, [d]]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(loop, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
def again(o):
    return o
try:
    json.dumps(Point(1, 2), default=again)
except ValueError as e:
    print("ValueError:", e)

print("--- subclasses")
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyStr(str):
    pass
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(json.dumps(MyList([1, MyDict(a=MyStr("s"))])), json.dumps([MyInt(7), MyFloat(2.5), MyStr("x")]))
print(json.dumps({MyStr("k"): 1, MyInt(3): 2, MyFloat(0.5): 3}))

print("--- argument errors")
for call in [lambda: json.dumps(), lambda: json.dumps(1, 2), lambda: json.dumps(1, foo=2), lambda: json.dumps(1, indent=2.0),
             lambda: json.dumps({"a": 1}, separators=(1, 2)), lambda: json.dumps({"a": 1}, separators=(",", 2)),
             lambda: json.dumps({"a": 1}, separators=(",", ":", "x")), lambda: json.dumps({"a": 1}, separators=(",",)),
             lambda: json.dump(1), lambda: json.dump(), lambda: json.dump(1, 2, 3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print("--- dump to a file object")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print(json.dump({"a": [1, 2], "b": "c"}, sink), "".join(sink.parts))
sink2 = Sink()
json.dump([1, {"z": None}], sink2, indent=2, sort_keys=True)
print("".join(sink2.parts))
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
print(json.load(Source("".join(sink2.parts))), json.load(Source('{"k": 1.5}'), parse_float=str))
