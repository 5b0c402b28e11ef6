# del of names, items, slices, attributes, tuples of targets; errors for each.
x = 1
del x
try:
    x
except NameError as e:
    print("after del name:", e)
try:
    del x
except NameError as e:
    print("del undefined:", e)
a, b, c = 1, 2, 3
del a, b
print("del several:", "a" in globals(), "b" in globals(), c)
lst = list(range(10))
del lst[0]
del lst[-1]
print("del items:", lst)
del lst[1:3]
print("del slice:", lst)
del lst[::2]
print("del extended slice:", lst)
del lst[:]
print("del all:", lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("del dict key:", d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    cls = "class attr"
o = O()
o.attr = 1
del o.attr
print("del attribute:", hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls
except AttributeError as e:
    print("del class attr via instance:", e)
del O.cls
print("del class attribute:", hasattr(O, "cls"))
nested = {"k": [1, 2, {"deep": 3}]}
del nested["k"][2]["deep"], nested["k"][0]
print("del nested targets:", nested)
(p, q) = 1, 2
del (p, q)
print("del parenthesised tuple:", "p" in globals())
[r, s] = 3, 4
del [r, s]
print("del list of targets:", "r" in globals())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    z = 5
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
for target in ["del (1)", "del f()", "del a + b", "del [1, 2]"]:
    try:
        compile(target, "<del>", "exec")
    except SyntaxError as e:
        print(target, "-> SyntaxError:", e.msg)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
r = range(5)
try:
    del r[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
print("loop variable deleted:", "i" in globals())
