# Bytes literals and their escapes.
b1 = b"hello"
b2 = b'\x00\x01\xfe\xff'
b3 = b"\n\t\r\\\'\"\a\b\f\v"
b4 = b"\101\102\103"
b5 = rb"\x00 stays"
b6 = b"abc" b"def"
b7 = b"""multi
line"""
print(b1, b2, b3)
print(b4, b5, b6, b7)
print(len(b2), len(b3), len(b5))
print(list(b2), b1[0], b1[-1], b1[1:3])
print(b"\u00e9", len(b"\u00e9"), b"\N")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b""))
print(bytes(range(0, 256, 37)))
print(b1 + b2, b1 * 2, b"l" in b1, 108 in b1)
print(b1.decode(), b"caf\xc3\xa9".decode("utf-8"))
print(bytearray(b"xyz"), bytearray(b"\x80"), type(b1).__name__)
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159, b"%x" % 255)
print(b1 == "hello", b1 == b"hello", b1 < b"help")
print(b1.hex(), bytes.fromhex("68 65 6c"), b1.upper())
