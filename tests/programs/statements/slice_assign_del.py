# Slice assignment and deletion; del of names, items, attributes.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = "ABCDEF"
print(a)
a[1:3] = []
print(a)
a[:] = range(5)
print(a)
a[3:1] = [9, 9]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
del b[0]
del b[-1]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = list(range(8))
c[::-1] = c
print(c)
c[-2:] = "zz"
print(c)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o), hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
p, q, r = 1, 2, 3
del p, q
print("r" in dir(), "p" in dir())
nested = [[1, 2, 3], [4, 5, 6]]
del nested[0][1], nested[1][::2]
print(nested)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
del ba[5:]
print(ba)
try:
    del a[50]
except IndexError as e:
    print("IndexError:", e)
