# str.encode / bytes.decode: codecs, error handlers, and the exact Unicode error messages.
s = "héllo €"
for codec in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "cp1252"]:
    try:
        print(codec, "->", s.encode(codec))
    except UnicodeEncodeError as e:
        print(codec, "-> UnicodeEncodeError:", e)
print("latin-1 cannot do euro:", end=" ")
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(e, "| start/end:", e.start, e.end, "| object:", e.object)
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(f"ascii/{handler}:", s.encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(f"ascii/{handler}: UnicodeEncodeError:", e)
print("multi-char span:", end=" ")
try:
    "ab日本語cd".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
bad_bytes = [b"\xff", b"abc\x80def", b"\xe2\x82", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"ok\xe2\x82\xacok\xfe"]
for b in bad_bytes:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"decode {b!r}: {e}")
for handler in ["ignore", "replace", "backslashreplace"]:
    print(f"utf-8/{handler}:", repr(b"a\xffb\xe2\x82".decode("utf-8", handler)))
print("ascii decode error:", end=" ")
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print("latin-1 decodes everything:", b"caf\xe9 \xff".decode("latin-1"), len(bytes(range(256)).decode("latin-1")))
print("round trips:", "日本語".encode().decode(), "😀".encode("utf-8"), len("😀".encode("utf-8")), b"\xf0\x9f\x98\x80".decode())
print("keyword args:", "é".encode(encoding="utf-8", errors="strict"), b"\xc3\xa9".decode(encoding="utf-8"))
print("defaults are utf-8 strict:", "ü".encode(), b"\xc3\xbc".decode())
print("str(bytes, encoding):", str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print("bytes(str, encoding):", bytes("é", "utf-8"), bytes("é", "latin-1"), bytearray("é", "utf-8"))
for bad in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "x".encode("utf-8", "nohandler"),
            lambda: bytes("x"), lambda: str(b"x", 5), lambda: "é".encode("ascii", "nohandler")]:
    try:
        bad()
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__ + ":", e)
print("hierarchy:", UnicodeEncodeError.__mro__[1].__name__, UnicodeError.__mro__[1].__name__, issubclass(UnicodeDecodeError, ValueError))
