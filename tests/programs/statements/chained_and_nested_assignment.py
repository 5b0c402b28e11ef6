# Chained assignment, nested unpacking targets, evaluation order of targets.
a = b = c = []
a.append(1)
print("chained share one object:", a, b, c, a is b is c)
x = y = 5
x += 1
print("ints rebound independently:", x, y)
(p, q), r = (1, 2), 3
print("nested tuple:", p, q, r)
[s, [t, u]] = "a", ["b", "c"]
print("nested list targets:", s, t, u)
(m, n), (o, z) = "ab", range(2)
print("strings and ranges unpack:", m, n, o, z)
k1, k2 = {"first": 1, "second": 2}
print("dict unpacks keys:", k1, k2)
g1, g2, g3 = (i * i for i in range(3))
print("generator unpack:", g1, g2, g3)
first = second = (1, 2)
one, two = pair = first
print("chained with unpacking:", one, two, pair)
a, b = b, a = 1, 2
print("chained tuple targets:", a, b)
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
    def __setattr__(self, k, v):
        log.append(("setattr", k, v))
rec = Rec()
def val(v):
    log.append(("eval", v))
    return v
rec[val("key")] = rec.attr = val("value")
print("order: rhs first, then targets left to right:", log)
log.clear()
rec[val(1)], rec[val(2)] = val("x"), val("y")
print("tuple targets order:", log)
i = 0
items = [10, 20, 30]
i, items[i] = 2, 99
print("target uses updated name:", i, items)
lst = [0, 0, 0]
lst[0], lst[1:] = "a", ["b", "c", "d"]
print("slice target in tuple:", lst)
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "(a, b), c = [1, 2, 3], 4", "a, b = 'xyz'", "[a] = []"]:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
class Obj:
    pass
o = Obj()
o.x, o.y = 1, 2
o.pair = o.x, o.y
print("attribute targets:", o.x, o.y, o.pair)
d = {}
d["a"] = d["b"] = d
print("self-referencing dict:", d.keys(), d["a"] is d)
w = [1, 2]
w[0] = w
print("recursive list repr:", w)
