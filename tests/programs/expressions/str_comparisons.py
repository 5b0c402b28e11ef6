# Comparisons of two strs run inline in the frame loop; they must order by
# code point as CPython does, and leave str subclasses to their methods.
words = ["", "a", "A", "ab", "abc", "b", "é", "e\u0301", "z", "ä", "€", "𝄞", "\x00", "a\x00", "Z", "aa"]
for x in words:
    print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in words])
print(sorted(words))
joined = "".join(["ab", "c"])
print(joined == "abc", joined != "abc", joined < "abd")


class Loud(str):
    def __eq__(self, other):
        return "custom eq"

    def __lt__(self, other):
        return "custom lt"


s = Loud("abc")
print(s == "abc", "abc" == s, s < "b", "b" > s)
i = 0
hits = 0
while i < 100:
    hits += ("k%d" % (i % 10)) == "k3"
    i += 1
print(hits)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "a" != None)
