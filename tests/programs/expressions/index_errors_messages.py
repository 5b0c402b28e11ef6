# Indexing with negative indices, and the exact IndexError/TypeError messages per type.
seqs = {"list": [10, 20, 30], "tuple": (10, 20, 30), "str": "abc", "range": range(3), "bytes": b"abc", "bytearray": bytearray(b"abc")}
for name, s in seqs.items():
    print(name, s[0], s[-1], s[-3], s[len(s) - 1])
for name, s in seqs.items():
    for i in (3, -4, 10 ** 20):
        try:
            s[i]
        except IndexError as e:
            print(f"{name}[{i}]: IndexError: {e}")
for name, s in seqs.items():
    try:
        s["1"]
    except TypeError as e:
        print(f"{name}['1']: TypeError: {e}")
    try:
        s[1.0]
    except TypeError as e:
        print(f"{name}[1.0]: TypeError: {e}")
lst = [1, 2, 3]
pair2 = (1, 2)
for op in ["lst[5] = 0", "del lst[5]", "lst.pop(7)", "[].pop()", "lst.insert(100, 4)", "pair2[None]"]:
    try:
        exec(op)
        print(op, "-> ok", lst)
    except (IndexError, TypeError) as e:
        print(op, "->", type(e).__name__ + ":", e)
try:
    lst[9] = 1
except IndexError as e:
    print("assign:", e)
try:
    del lst[-9]
except IndexError as e:
    print("delete:", e)
try:
    bytearray(b"x")[3] = 1
except IndexError as e:
    print("bytearray assign:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("str assign:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("tuple assign:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("str delete:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("int subscript:", e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print("None subscript:", e)
try:
    pair = {1, 2}
    pair[0]
except TypeError as e:
    print("set subscript:", e)
print("bool index:", [10, 20][True], "ab"[False])
print("big negative ok:", [1, 2, 3][-1], "xyz"[-2])
