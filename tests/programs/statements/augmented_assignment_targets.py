# Augmented assignment: every operator, targets evaluated once, in-place vs rebinding.
x = 10
for op, val in [("+=", 5), ("-=", 3), ("*=", 4), ("/=", 8), ("//=", 2), ("%=", 2), ("**=", 3)]:
    exec(f"x {op} {val}")
    print(f"x {op} {val} ->", x)
n = 0b1010
n &= 0b0110; print("&=", n)
n |= 0b1000; print("|=", n)
n ^= 0b0011; print("^=", n)
n <<= 3; print("<<=", n)
n >>= 2; print(">>=", n)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
    def __repr__(self): return f"M({self.v})"
m = M(3)
m @= M(4)
print("@=", m)
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
print("subscript evaluated once:", d, calls)
class Obj:
    def __init__(self):
        self.count = 0
objs = [Obj()]
def pick():
    calls.append("pick")
    return objs[0]
calls.clear()
pick().count += 5
pick().count *= 3
print("attribute target evaluated once each:", objs[0].count, calls)
a = [1, 2]
b = a
a += [3]
print("list += mutates in place:", a, b, a is b)
a = a + [4]
print("list = list + ... rebinds:", a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print("tuple += rebinds:", t, u, t is u)
s = "ab"
s *= 3
print("str *=:", s)
st = {1, 2}
alias = st
st |= {3}
st -= {1}
print("set in-place:", st, alias is st)
dd = {"a": 1}
alias = dd
dd |= {"b": 2}
print("dict |=:", dd, alias is dd)
lst = [1, 2, 3]
lst[1:] += [9]
print("slice augmented:", lst)
lst[0] -= 1
lst[-1] **= 2
print("item augmented:", lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("tuple item += TypeError:", e, "| but mutated:", tup)
ba = bytearray(b"ab")
ba += b"cd"
ba *= 2
print("bytearray:", ba)
f = 1.5
f //= 0.5
f **= 2
print("float:", f)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
def local_aug():
    counter += 1
try:
    local_aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
