# Dict and set lookups decide most key equalities without running Python
# code; these must agree with ==, and an __eq__ that must run runs in order.

d = {1: "int", "1": "str", b"1": "bytes", (1, "a"): "tuple", None: "none", 2.5: "float", ...: "ellipsis"}
for k in (1, 1.0, True, "1", b"1", (1, "a"), (1.0, "a"), (True, "a"), None, 2.5, ..., (1,), 10**30):
    print(repr(k), d.get(k))

s = {frozenset({1, 2}), (1, (2, 3)), "x", 0}
print(frozenset({2, 1}) in s, (1, (2, 3)) in s, (1, (2.0, 3)) in s, False in s, 0.0 in s, "x" in s, b"x" in s)
print({1: 1, True: 2, 1.0: 3}, {"a": 1, b"a": 2}, len({(1, 2), (1.0, 2.0), (True, 2)}))


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other if not isinstance(other, Key) else other.name)
        return isinstance(other, Key) and self.h == other.h


a, b = Key("a", 7), Key("b", 7)
table = {(1, a): "found"}
print(table.get((1, b)), table.get((2, b)), table.get((1, a)))
print(7 in {Key("c", 7)}, Key("d", 7) in {7})


class Plain:
    pass


p, q = Plain(), Plain()
print({p: 1}.get(p), {p: 1}.get(q), p in [q, p], print in {print: 1}, len in [print])
print(None == None, None == 0, 1 == 1.0, "a" == b"a", (1, 2) == [1, 2], [1] == (1,), b"ab" == bytearray(b"ab"))
print(int == int, int == float, {int: 1}.get(int), {type(None): 2}.get(type(None)))
