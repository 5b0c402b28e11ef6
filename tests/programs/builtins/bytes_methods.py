# bytes and bytearray methods.
b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x  ".strip(), b.index(b"W"), b"a-b-c".rsplit(b"-", 1))
print(b"-".join([b"a", b"b"]), b.decode(), b.decode("ascii"), bytes("ü", "utf-8"), "ü".encode("utf-16-le"))
print(bytes(4), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"), bytes("abc", "ascii"), bytes())
print(b[0], b[-1], b[:5], b[::-1], list(b[:3]), len(b), b * 2, b + b"!", 72 in b, b"World" in b)
print(b.hex(), b.hex(":"), bytes.fromhex("deadbeef"), bytes.fromhex("00 ff"), b"\x00\x7f\x80\xff")
print(b"abc".isalpha(), b"123".isdigit(), b"a b".isspace(), b"ABC".isupper(), b"Ab".title(), b"ab".capitalize())
print(b"%s=%d" % (b"k", 5), b"x".center(5, b"-"), b"7".zfill(3), b"a\tb".expandtabs(4), b"k=v".partition(b"="))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.insert(0, 95)
ba[1] = 65
print(ba, len(ba), ba.pop(), ba, ba.pop(0), ba)
ba.remove(ord("c"))
ba.reverse()
print(ba, bytes(ba), ba.decode(), ba.upper(), ba + b"!", bytearray(3), bytearray([1, 2]))
ba[1:3] = b"XYZ"
del ba[0]
print(ba, ba.find(b"Z"), ba.count(b"X"), ba == b"XYZA", bytearray(b"x") * 3)
ba.clear()
print(ba, bool(ba), bytearray(b"hi").hex(), bytearray.fromhex("4142"))
for bad in [lambda: b"abc"[5], lambda: bytes([300]), lambda: bytearray(b"a").append(256),
            lambda: b"a" + "b", lambda: b"\xff\xfe".decode("ascii"), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"\xe2\x82\xac".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(sorted(b"hello"), max(b"az"), sum(b"\x01\x02"), bytes(reversed(b"abc")), b"abc" < b"abd")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"ab".join([b"1", b"2", b"3"]), list(iter(b"hi")))
print(b"A B  C".split(), b"a,b".split(b","), b"line1\nline2\r\n".splitlines(), b"abc".translate(None, b"b"))
