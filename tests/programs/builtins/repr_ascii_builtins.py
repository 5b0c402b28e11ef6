# repr() and ascii() of builtin values: quote choice, escapes, nesting, recursion, non-ASCII.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "nul\x00", "bell\x07",
           "del\x7f", "é", "日本", "\u200b", "\U0001F600", "\u2028", "\\", "", "'", '"']
for s in samples:
    print(repr(s), ascii(s))
print("bytes:", repr(b"abc"), repr(b"it's"), repr(b'"'), repr(b"'\""), repr(b"\x00\xff\n\t\\"), ascii(b"\x80"))
print("bytearray:", repr(bytearray(b"x'y")), repr(bytearray()))
print("numbers:", repr(1), repr(-0.0), repr(1e100), repr(2 ** 70), repr(True), repr(None), ascii(3.5))
print("containers:", repr([1, "a", None]), repr((1,)), repr(()), repr({"k": [1]}), repr({1, 2}), repr(set()), repr(frozenset({3})))
print("nested empty:", repr([[], {}, (), set()]), repr({(): []}))
print("range/slice:", repr(range(1, 5)), repr(slice(None, 3)), repr(...), repr(NotImplemented))
print("types:", repr(int), repr(type(None)), repr(ValueError), ascii(str))
print("ascii containers:", ascii(["é", {"ü": "ß"}]), ascii(("日",)))
l = [1, 2]
l.append(l)
d = {"a": 1}
d["self"] = d
t = ([],)
t[0].append(t)
print("recursive:", repr(l), repr(d), repr(t))
print("str vs repr of str in containers:", str(["a"]), str(("b",)), str({"c": "d"}))
print("exceptions:", repr(ValueError("x")), repr(KeyError("k")), ascii(ValueError("é")))
print("functions named:", repr(len), repr(print).startswith("<built-in function print"))
print("ascii of non-BMP in bytes-like escapes:", ascii("\U0010ffff"), ascii("\x9f"), ascii("\xa0"))
print("repr round-trips:", all(eval(repr(s)) == s for s in samples))
