# The built-in containers' in-place operators: the mutable ones update the
# object itself (an alias sees the change); the immutable ones bind a new one.
def show(label, before, alias, after):
    print(label, after, "same object:", after is alias, "alias:", alias)

l = [1]; alias = l; l += (2, 3); show("list += tuple", None, alias, l)
l = [1]; alias = l; l += "ab"; show("list += str", None, alias, l)
l = [1]; alias = l; l += l; show("list += itself", None, alias, l)
l = [1, 2]; alias = l; l *= 3; show("list *= 3", None, alias, l)
l = [1, 2]; alias = l; l *= True; show("list *= True", None, alias, l)
l = [1, 2]; alias = l; l *= 0; show("list *= 0", None, alias, l)
l = [1, 2]; alias = l; l *= -2; show("list *= -2", None, alias, l)

b = bytearray(b"ab"); alias = b; b += b"cd"; show("bytearray += bytes", None, alias, b)
b = bytearray(b"ab"); alias = b; b += bytearray(b"!"); show("bytearray += bytearray", None, alias, b)
b = bytearray(b"ab"); alias = b; b *= 3; show("bytearray *= 3", None, alias, b)
b = bytearray(b"ab"); alias = b; b *= True; show("bytearray *= True", None, alias, b)
b = bytearray(b"ab"); alias = b; b *= 0; show("bytearray *= 0", None, alias, b)

for op in ["|=", "&=", "-=", "^="]:
    s = {1, 2}; alias = s
    exec(f"s {op} {{2, 3}}")
    show(f"set {op} set", None, alias, s)
    s = {1, 2}; alias = s
    exec(f"s {op} frozenset({{2, 3}})")
    show(f"set {op} frozenset", None, alias, s)
s = {1, 2}; alias = s; s |= {1: 2}.keys(); show("set |= keys", None, alias, s)

d = {"a": 1}; alias = d; d |= {"b": 2}; show("dict |= dict", None, alias, d)
d = {"a": 1}; alias = d; d |= [("c", 3)]; show("dict |= pairs", None, alias, d)

f = frozenset({1}); alias = f; f |= {2}; show("frozenset |= set", None, alias, f)
t = (1,); alias = t; t += (2,); show("tuple += tuple", None, alias, t)
t = (1,); alias = t; t *= 2; show("tuple *= 2", None, alias, t)
st = "a"; alias = st; st += "b"; show("str += str", None, alias, st)
by = b"a"; alias = by; by += b"b"; show("bytes += bytes", None, alias, by)

class MyList(list):
    pass
m = MyList([1]); alias = m; m += [2]; show("list subclass +=", None, alias, m); print(type(m).__name__)
class MySet(set):
    pass
m = MySet({1}); alias = m; m |= {2}; show("set subclass |=", None, alias, m); print(type(m).__name__)

for text in ["l = [1]; l += 5", "l = [1]; l *= 'x'", "l = [1]; l *= 1.5", "b = bytearray(); b += 'x'",
             "b = bytearray(); b += 5", "b = bytearray(); b *= 1.5", "s = {1}; s |= [2]", "s = {1}; s -= 'ab'",
             "d = {}; d |= 5", "d = {}; d |= [1]", "d = {}; d &= {}", "f = frozenset(); f -= [1]",
             "t = (); t += [1]", "x = 'a'; x += 1"]:
    try:
        exec(text)
        print(text, "-> no error")
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
