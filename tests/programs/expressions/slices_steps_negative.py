# Slicing with every combination of start/stop/step, negative steps, clamping, slice objects.
s = list(range(10))
t = "abcdefghij"
for sl in [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
           (1, 8, 2), (8, 1, -2), (None, None, -1), (None, None, -3), (-1, -11, -1), (5, 5, None),
           (20, 30, None), (-20, 3, None), (3, -20, -1), (9, None, -4), (None, 0, -1), (0, None, -1)]:
    sob = slice(*sl)
    print(sl, s[sob], t[sob], tuple(s)[sob], list(range(10)[sob]))
print("range slice repr:", range(10)[1:8:3], range(10)[::-1], range(0, 20, 5)[1:], range(5)[10:])
print("bytes slices:", b"hello"[1:4], b"hello"[::-1], b"hello"[::2], bytearray(b"hello")[1:3])
print("big bounds:", s[-10 ** 20:10 ** 20], s[10 ** 20:], s[::10 ** 20], s[::-(10 ** 20)])
print("copies:", s[:] == s, s[:] is s, t[:] == t)
print("empty:", s[5:2], t[5:2], s[2:5:-1], s[-1:0:1])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    t[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5:]
except TypeError as e:
    print("TypeError:", e)
print("None parts:", s[None:None], s[None:3:None])
class Idx:
    def __index__(self):
        return 2
print("__index__ in slices:", s[Idx():], t[:Idx()], s[::Idx()])
sl = slice(1, 10, 3)
print("slice attributes:", sl.start, sl.stop, sl.step, sl, slice(5), slice(None, None))
print("indices:", slice(None).indices(5), slice(-3, None).indices(5), slice(None, None, -1).indices(5), slice(1, 100, 2).indices(10))
print("slice equality:", slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("indices ValueError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("hash TypeError:", e)
print("nested:", [[1, 2, 3], [4, 5, 6]][1][::-1], "abc"[::-1][1:])
print("step slices of strings:", "0123456789"[::3], "0123456789"[1::3], "0123456789"[-2::-3])
