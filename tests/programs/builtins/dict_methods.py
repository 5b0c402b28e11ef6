# dict methods, views, ordering.
d = {"one": 1, "two": 2}
d["three"] = 3
d.update({"four": 4}, five=5)
d.update([("six", 6)])
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("one"), d.get("zzz"), d.get("zzz", "default"), d.setdefault("one", 100), d.setdefault("seven", 7))
print(d.pop("two"), d.pop("missing", None), d.popitem(), d)
d["one"] = "replaced keeps position"
del d["three"]
d["three"] = "re-added goes last"
print(d)
print("one" in d, "two" in d, 1 in d.values(), ("four", 4) in d.items())
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys, list(keys)[-1])
print(dict(), dict(a=1), dict([("x", 1)]), dict({"y": 2}, z=3), dict(zip("ab", range(2))), dict.fromkeys([1, 2], "v"))
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())}, sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
c = d.copy()
c["new"] = 1
print(len(c), len(d), c == d, {"a": 1, "b": 2} == {"b": 2, "a": 1})
merged = {"a": 1} | {"b": 2, "a": 3}
merged |= {"c": 4}
print(merged)
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"x": 1}.items())))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key", None: "none key", -1: "neg"})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d.clear()
print(d, bool(d), dict.fromkeys("ab"))
ks = {"a": 1, "b": 2}.keys()
print(ks & {"a", "z"}, sorted(ks | {"c"}), ks - {"a"}, isinstance(ks, type({}.keys())))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], repr(nested))
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())), {i: i for i in range(3)}.items())
