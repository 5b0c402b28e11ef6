# dict methods in every calling form and their error messages.
d = dict(a=1)
print("constructors:", dict(), dict({"x": 1}, y=2), dict([("k", "v"), ["k2", "v2"]]), dict(zip("ab", [1, 2])), dict([(1, 2)], a=3), dict(dict(q=1)))
print("fromkeys:", dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)), dict.fromkeys("aa", 1))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print("fromkeys shares the value:", shared)
print("get:", d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print("setdefault:", d.setdefault("b"), d.setdefault("c", 3), d.setdefault("a", 100), d)
print("pop:", d.pop("b"), d.pop("zz", "dflt"), d.pop("zz", None), d)
e = {}
e.update({"a": 1})
e.update([("b", 2)])
e.update(c=3)
e.update({"a": 10}, d=4)
e.update(zip("ef", (5, 6)))
e.update()
print("update forms:", e)
print("copy is shallow:", (lambda src: (src.copy()["k"].append(2), src)[1])({"k": [1]}))
print("clear:", (lambda x: (x.clear(), x)[1])({"a": 1}))
print("popitem:", {"x": 1, "y": 2}.popitem())
print("keys/values/items:", list(e.keys())[:2], list(e.values())[:2], list(e.items())[:2])
print("merge operators:", {"a": 1} | {"a": 2, "b": 3}, {"b": 3} | {"a": 1})
print("in/len/bool:", "a" in e, 10 in e, len(e), bool({}), bool({0: 0}))
print("keys of any hashable type:", {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "None", frozenset({1}): "fs", b"b": "bytes"})
print("nested:", {"outer": {"inner": [1, {"deep": True}]}}["outer"]["inner"][1]["deep"])
print("dict comparison:", {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {1: 2} == dict([(1, 2)]))
print("equality with other mappings:", {"a": 1} == {"a": 1}.items(), dict({"a": 1}.items()) == {"a": 1})
errors = [
    lambda: {}["missing"], lambda: {}.pop("missing"), lambda: {}.popitem(), lambda: {[1]: 2},
    lambda: {}.setdefault([1]), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(5),
    lambda: {}.update(5), lambda: {}.update([(1,)]), lambda: {"a": 1} < {"b": 2}, lambda: {}.get(),
    lambda: {} | [("a", 1)], lambda: dict.fromkeys(5), lambda: {(1, [2]): 3}, lambda: {}.pop(),
    lambda: dict({}, {}), lambda: {1: 2}[[1]], lambda: {}.get([1]),
]
for bad in errors:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print("KeyError with tuple key:", e, e.args)
try:
    {}[""]
except KeyError as e:
    print("KeyError with empty string:", e)
class K:
    def __repr__(self):
        return "K()"
try:
    {}[K()]
except KeyError as e:
    print("KeyError shows repr:", e)
