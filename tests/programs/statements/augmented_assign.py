# Augmented assignment on names, subscripts, attributes and mutables.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n /= 3; print(n)
n //= 2; print(n)
n %= 5; print(n)
n **= 3; print(n)
m = 0b1100
m &= 0b1010; print(m)
m |= 0b0001; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 1; print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
d = {"count": 0}
for _ in range(3):
    d["count"] += 1
print(d)
class C:
    total = 0
    def __init__(self):
        self.v = 1
c = C()
c.v += 10
C.total += 5
c.total += 1
print(c.v, C.total, c.total)
matrix = [[1, 2], [3, 4]]
matrix[1][0] *= 10
print(matrix)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(st)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError:", e)
print(t)
bs = b"x"
bs += b"y"
ba = bytearray(b"x")
ba += b"yz"
print(bs, ba)
