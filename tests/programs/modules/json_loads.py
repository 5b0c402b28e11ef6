# json.loads / json.load: values, numbers, strings, escapes and the hooks.
import json

doc = '''
{
  "int": 42, "neg": -17, "zero": 0, "negzero": -0, "big": 123456789012345678901234567890,
  "float": 3.25, "exp": 1e3, "Exp": 2E-3, "expplus": 1.5e+2, "negfloat": -0.5, "huge": 1e400, "tiny": 1e-400,
  "true": true, "false": false, "null": null,
  "list": [1, [2, [3, []]], {}], "empty": "", "ws": [ 1 ,	2 ,
  3 ]
}
'''
obj = json.loads(doc)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('"\\u00e9\\u65e5\\ud83d\\ude00\\n\\t\\r\\b\\f\\/\\\\\\""'))
print(json.loads('"\\uD834\\uDD1E and \\u0041\\u0062c"'), json.loads('"plain é 日本 😀 text"'))
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'), json.loads('[]'), json.loads('{}'), json.loads(' [ ] '))
print(json.loads("  \n\t 7 \r\n "), json.loads("1.0"), json.loads("-0.0"), json.loads("0.1e1"), json.loads("123e-2"))
print(json.loads("1" * 100), json.loads("9" * 30 + ".5"))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')), json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('"caf\xe9"'.encode("utf-8")), json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'[\x002\x00]\x00'))
print(json.loads('"a\tb"', strict=False), json.loads('{"k": "line\nbreak"}', strict=False))
deep = "[" * 200 + "]" * 200
print(len(json.dumps(json.loads(deep))))

print("--- hooks")
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}, "a": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('[1.5, 2, 1e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int), json.loads('[7]', parse_int=float))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"a": [1, {"b": 2}]}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def as_point(d):
    return Point(d["x"], d["y"]) if set(d) == {"x", "y"} else d
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
def fail(s):
    raise ValueError("refused " + s)
try:
    json.loads("[1, 2.5]", parse_float=fail)
except ValueError as e:
    print(type(e).__name__, e)

print("--- round trips")
values = [{"a": [1, 2, {"b": None}]}, [1.5, -2, "x\u2028y", True], "\U0001f600", 10 ** 40, -1e-300, {"": ""}]
for v in values:
    for kwargs in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
        assert json.loads(json.dumps(v, **kwargs)) == v, (v, kwargs)
print("round trips ok", json.loads(json.dumps(values)) == values)

print("--- load from a file-like object")
class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0
    def read(self):
        self.reads += 1
        return self.text
src = Source('{"from": "file", "n": [1, 2]}')
print(json.load(src), src.reads, json.load(Source(b'[true]')), json.load(Source("[1.25]"), parse_float=str))

print("--- argument errors")
for call in [lambda: json.loads(), lambda: json.loads(5), lambda: json.loads(None), lambda: json.loads("1", foo=2),
             lambda: json.loads("1", "2"), lambda: json.load(), lambda: json.load(Source(3)), lambda: json.loads(b'\xff'),
             lambda: json.loads(b'"\xc3"'), lambda: json.loads(b'[\x002\x00]'), lambda: json.loads(b'\xff\xfe\x00\x00[\x00\x00'), lambda: json.loads("1" * 5000)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
