# bytes: constructors, indexing returns ints, methods mirroring str, comparisons, and errors.
print("constructors:", bytes(), bytes(3), bytes([1, 255]), bytes(b"ab"), bytes(bytearray(b"cd")), bytes("é", "utf-8"), bytes(range(65, 70)))
b = b"Hello World"
print("index/slice:", b[0], b[-1], b[1:4], b[::-2], type(b[0]).__name__, type(b[0:1]).__name__)
print("iteration gives ints:", list(b"AZ"), [c for c in b"hi"], tuple(b"\x00\x01"))
print("case:", b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hELLO".capitalize())
print("search:", b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.count(108), b"o" in b, 111 in b)
print("split/join:", b.split(), b.split(b"o"), b.split(b"o", 1), b.rsplit(maxsplit=1), b"-".join([b"a", bytearray(b"b")]), b"a\nb\r\nc".splitlines(True))
print("strip:", b"  x  ".strip(), b"xxhixx".strip(b"x"), b"..a".lstrip(b"."), b"a..".rstrip(b"."))
print("replace/partition:", b.replace(b"l", b"L", 2), b.partition(b" "), b.rpartition(b"o"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print("predicates:", b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print("padding:", b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"-3".zfill(4), b"a\tb".expandtabs(4))
print("hex:", b"\x01\xab".hex(), b"\x01\xab".hex(" "), bytes.fromhex("01 AB ff"), bytes.fromhex(""))
print("startswith/endswith tuples:", b.startswith((b"x", b"He")), b.endswith(b"ld", 0, 11))
print("translate:", b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"a"))
print("ops:", b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" < b"b", b"ab" < b"abc", b"" == bytes(), b"a" == "a")
print("hash/keys:", {b"k": 1}[b"k"], b"k" in {b"k"}, hash(b"x") == hash(bytes(b"x")))
print("decode:", b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print("repr:", repr(b"\x00\x7f\x80 'q'"), repr(b'"'), str(b"x"), bytes([92]))
print("min/max/sum/sorted:", min(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"), sorted(b"cab"), bytes(sorted(b"cab")))
errors = [
    lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes([1.0]),
    lambda: b"abc"[3], lambda: b"abc".index(b"z"), lambda: b"a".join(["b"]), lambda: b"a" + "b", lambda: b"x".decode("ascii", "bogus"),
    lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: b"abc".split(b""), lambda: b"a".center(3, b"ab"),
    lambda: b"a".replace("a", "b"), lambda: 256 in b"a", lambda: "a" in b"a", lambda: b"a"[0].__setitem__, lambda: b"abc".count(300),
]
for bad in errors:
    try:
        r = bad()
        print("no error:", type(r).__name__)
    except (ValueError, TypeError, IndexError, LookupError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
