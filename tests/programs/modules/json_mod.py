# json.dumps / json.loads with CPython's exact output format.
import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True,
        "dims": {"w": 1, "h": 2.5}, "ratio": 1e-7, "big": 10 ** 20, "neg": -0.0, "empty": [], "obj": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps("unicode: é ü 日本 😀"), json.dumps("unicode: é", ensure_ascii=False))
print(json.dumps("quotes \" and \\ backslash \n newline \t tab \x01 control \u2028"))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e100), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
print(json.dumps(3), json.dumps("s"), json.dumps(None), json.dumps(False), json.dumps([]), json.dumps({}, indent=2))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t"), json.dumps({"k": [1]}, indent=0))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00", "f": 1E3}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__, type(obj["f"]).__name__)
print(json.loads("[]"), json.loads("  42  "), json.loads('"str"'), json.loads("null"), json.loads("-0"), json.loads("1.5e-3"))
print(json.loads('{"dup": 1, "dup": 2}'), json.loads("[1e400, -1e400]"), json.loads("NaN") != json.loads("NaN"))
print(json.loads(json.dumps(data)) == data, json.loads(b'{"bytes": true}'))
for bad in ["", "[1, 2", "{'single': 1}", '{"a" 1}', "[1,]", "tru", '"unterminated', "[1] x", '{"a": 1,}', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:20} -> {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
nested = json.loads('{"users": [{"id": 1, "roles": ["admin"]}, {"id": 2, "roles": []}]}')
print([u["id"] for u in nested["users"] if u["roles"]], json.dumps(nested["users"][1], sort_keys=True))
multi = '{\n  "x": 1,\n  "y": [\n    true,\n    oops\n  ]\n}'
try:
    json.loads(multi)
except ValueError as e:
    print("multi-line error:", e)
