# print with sep, end, file and flush; str() and repr() of common values.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" -> continued")
print("x", "y", sep="\n", end="\n---\n")
print(*range(5), sep=" | ")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, {4}, b"by", sep=";")
print("to stdout", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
print(*[], sep="ignored")
print("", end="")
print("tabs\tand\nnewlines")
print("unicode: é ü ß 日本 😀")
print(repr("quote's"), repr('dq"'), repr("both'\""), str("plain"))
print([1.0, 0.1, -0.0, 1e100, float("inf")], (None,), [[]], [()])
print({1: [2, {3: (4,)}]}, {"nested": {"deep": {}}})
print(set(), frozenset(), frozenset({1}), range(3), range(1, 10, 2), slice(1, 2))
print(type(None), type(1), type("s"), type(print).__name__, type(len).__name__)
print(int, str, object, type, Exception, ValueError)
print(NotImplemented, Ellipsis, ..., None)
print(True, False, not True, bool(), int(), float(), str(), repr(str()))
class Item:
    def __init__(self, n): self.n = n
    def __str__(self): return f"Item-str({self.n})"
    def __repr__(self): return f"Item-repr({self.n})"
print(Item(1), [Item(2)], (Item(3),), {"k": Item(4)}, str(Item(5)), repr(Item(6)))
written = sys.stdout.write("raw write\n")
print(written)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("bytes:", b"\x00\n", bytearray(b"ab"), "done", sep=" ", end="!\n")
