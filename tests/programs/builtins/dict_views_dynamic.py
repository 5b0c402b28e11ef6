# dict views: live updates, set operations, reversed, repr, membership, comparisons, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print("repr:", k, v, i)
d["d"] = 4
del d["a"]
print("views are live:", k, v, i, len(k), len(v), len(i))
print("membership:", "b" in k, "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, ("c", 3) in i)
n = {1: "x", 2: "y", 3: "z"}
nk = n.keys()
print("keys set ops:", nk & {2, 3, 4}, nk | {0}, nk - {1}, nk ^ {3, 4}, {2, 9} & nk, type(nk & {1}).__name__)
print("keys compare like sets:", nk == {1, 2, 3}, nk <= {1, 2, 3, 4}, nk < {1, 2}, nk >= {1}, nk.isdisjoint({7, 8}))
print("items set ops:", n.items() & {(1, "x"), (2, "q")}, n.items() - {(1, "x"), (2, "y")})
print("values are not set-like:", end=" ")
try:
    n.values() & {1}
except TypeError as e:
    print(e)
print("values equality is identity-based:", n.values() == n.values(), list(n.values()) == ["x", "y", "z"])
print("reversed views:", list(reversed(n.keys())), list(reversed(n.values())), list(reversed(n.items())))
print("iteration order follows insertion:", list(k), [key for key, _ in i])
d2 = {}
for key in [5, 3, 9, 1]:
    d2[key] = None
d2[3] = "updated in place"
print("update keeps position:", list(d2.items()))
del d2[5]
d2[5] = "re-inserted"
print("delete+insert moves to end:", list(d2))
d3 = dict.fromkeys("abc", 0)
d3.update(b=1, d=2)
d3 |= {"a": 9, "e": 5}
print("update and |= order:", d3)
print("popitem is LIFO:", d3.popitem(), d3.popitem(), list(d3))
print("equality ignores order:", {"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
print("views of empty dict:", {}.keys(), {}.values(), {}.items(), list({}.items()))
print("sorted/len/any on views:", sorted(k), len(i), any(v), max(n.values()))
m = {"p": 1, "q": 2}
try:
    for key in m.keys():
        m["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
m = {"p": 1, "q": 2}
for key in list(m.keys()):
    m[key + key] = 0
print("iterate over a copy to mutate:", m)
it = iter(m.items())
print("view iterator:", next(it), type(it).__name__)
print("items unpack in loop:", [f"{a}={b}" for a, b in {"x": 1, "y": 2}.items()])
mixed = {1: "a", "1": "b", 1.5: "c", (1,): "d", None: "e", True: "f"}
print("mixed keys:", mixed, len(mixed))
print("dict from view:", dict(n.items()), set(n.keys()) == set(n))
