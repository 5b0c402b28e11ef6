# Subscripts and slices with steps and negative indices.
s = list(range(10))
print(s[0], s[-1], s[-10], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::2])
print(s[::-1], s[::-3], s[8:2:-2], s[-3:], s[:-3], s[-3:-1], s[2:2], s[5:2])
print(s[100:], s[-100:3], s[3:100], s[::100], s[10:0:-1], s[-1:-11:-1])
text = "hello, world"
print(text[0], text[-1], text[7:], text[::-1], text[::3], text[-5:-1], text[1:-1:2])
t = tuple(range(6))
print(t[1:4], t[::-2], t[-2:], t[4:1:-1])
b = b"abcdef"
print(b[2], b[2:4], b[::-1], b[-1:])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], list(r[::2]), r[1:4][1])
sl = slice(1, 8, 3)
print(s[sl], text[sl], sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1))
print(sl.indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(s[slice(None, None, -4)], s[slice(2, None)])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [row[1] for row in m], m[::2][1][::-1])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[1:2:3], p[::], p[:, 1], p[1, 2:3], p[...], p["k"])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(text[99])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(s["x"])
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False:True], "abc"[-0])
big = list(range(100))
print(big[10 ** 20:], big[-10 ** 20:2], big[::10 ** 20])
