# Constant folding as CPython 3.11's AST optimizer does it.
s = {10 ** 20, 1, 2 ** 64, -5, 123456789}
big = 2 ** 65
t = (1, -2.5, "a" * 3, (4, 5) * 2)
n = -(2 ** 63), ~7, not 0, 1 << 100, 7 // -2, -7.5 % 2, 1 / 4, 2 ** -1
kept = 1 / 0, "%s" % 5, "a" * 4097
idx = "abc"[-1], b"ab"[0], (1, 2, 3)[1]
lst = [1, 2, 3]
if x in [1, y] or x not in {1, 2, 3}:
    pass
for i in [1, 2]:
    pass
z = not (x is None)
