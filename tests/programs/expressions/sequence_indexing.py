# seq[i] on exact lists and tuples is read inline in the frame loop; all
# the edges still behave as in CPython.
xs = [10, 20, 30]
t = ("a", "b")
for i in [0, 1, 2, -1, -2, -3]:
    print(i, xs[i], t[i % 2], t[-1 - i % 2])
for bad in [3, -4, 2**62, -2**62, 2**63 - 1, -2**63]:
    for seq in (xs, t):
        try:
            print(seq[bad])
        except IndexError as e:
            print("IndexError:", e)
try:
    xs[2**64]
except IndexError as e:
    print("IndexError:", e)
print(xs[True], t[False], xs[-True])
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)


class Shifted(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)


s = Shifted([1, 2, 3])
print(s[1], s[3], [s[i] for i in range(1, 4)])


class Pair(tuple):
    def __getitem__(self, i):
        return "pair item %d" % i


print(Pair((1, 2))[0])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
total = 0
i = 0
while i < 300:
    total += grid[i % 3][(i // 3) % 3] + grid[-1][-1]
    i += 1
print(total)
xs[0] = "changed"
print(xs[0], xs[-3])
